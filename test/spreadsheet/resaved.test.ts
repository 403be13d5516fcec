import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../src/spreadsheet/workbook.js';
import { workbookTemplate } from '../../src/spreadsheet/template.js';
import { EXAMPLE_MARKER } from '../../src/spreadsheet/examples.js';
import { AGENCIES_SHEET } from '../../src/spreadsheet/columns.js';
import { columnLetters } from '../../src/spreadsheet/grid.js';
import { ROOT } from '../helpers/cli.js';
import { editWorkbook, sheet } from './helpers.js';

const RESAVED = join(ROOT, 'test', 'fixtures', 'spreadsheet', 'resaved');
const read = (file: string) => new Uint8Array(readFileSync(file));

describe('workbooks saved again by other programs (fixtures made once, see the README beside them)', () => {
  it.each(['template-openpyxl.xlsx', 'template-libreoffice.xlsx'])('%s: reads without a library error and imports none of the example rows', async (file) => {
    const result = await importWorkbook(read(join(RESAVED, file)), { lang: 'en', file });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.issues.map((i) => i.message).join('\n');
    expect(text).not.toMatch(/TypeError|Cannot read properties|comments/);
    // Only "required" problems of an empty region: no example agency, service, counter or floor was read.
    expect(result.issues.map((i) => i.path).sort()).toEqual(['Instansi', 'Layanan', 'Wilayah']);
  });

  it('imports the Pangkalpinang list after LibreOffice rewrote all its notes', async () => {
    const result = await importWorkbook(read(join(ROOT, 'test/fixtures/real-lists/pangkalpinang/services-libreoffice.xlsx')), { lang: 'id' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.services.map((s) => s.agency)).toEqual(['pln', 'kementerian-agama', 'atr-bpn', 'bank-sumselbabel', 'samsat-kota-pangkalpinang']);
  });
});

describe('template examples', () => {
  it('are marked by a cell value after the last column, and kept out of the import', async () => {
    const bytes = await workbookTemplate('id');
    let marker: unknown;
    await editWorkbook(bytes, (workbook) => {
      const agencies = sheet(workbook, 'Instansi');
      marker = agencies.getRow(2).getCell(agencies.getRow(1).cellCount + 1).value;
    });
    expect(marker).toBe(EXAMPLE_MARKER.id);
    const untouched = await importWorkbook(bytes, { lang: 'id' });
    expect(untouched.ok).toBe(false);
  });

  it('report a marked example row that someone typed over, instead of dropping it', async () => {
    const bytes = await editWorkbook(await workbookTemplate('id'), (workbook) => {
      const region = sheet(workbook, 'Wilayah');
      const set = (label: string, value: string) => region.eachRow((row) => { if (row.getCell(1).value === label) row.getCell(2).value = value; });
      set('Nama kabupaten/kota', 'Contoh');
      set('Jenis daerah', 'kota');
      set('Provinsi', 'Bali');
      set('Nama MPP', 'MPP Kota Contoh');
      set('Penyelenggara', 'DPMPTSP Kota Contoh');
      const agencies = sheet(workbook, 'Instansi');
      agencies.getRow(2).getCell(2).value = 'Dinas Kesehatan';
    });
    const result = await importWorkbook(bytes, { lang: 'en' });
    expect(result.ok).toBe(false);
    const markerCell = `Instansi!${columnLetters(AGENCIES_SHEET.columns.length)}2`;
    if (!result.ok) expect(result.issues.find((i) => i.code === 'sheet-example-changed')).toMatchObject({ path: markerCell, message: expect.stringContaining(`delete the mark in ${markerCell}`) });
  });
});
