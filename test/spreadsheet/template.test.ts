import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { stringify } from 'yaml';
import { workbookTemplate } from '../../src/spreadsheet/template.js';
import { importWorkbook } from '../../src/spreadsheet/workbook.js';
import { SHEETS } from '../../src/spreadsheet/columns.js';
import { loadRegionText } from '../../src/config/load.js';
import { editWorkbook, sheet } from './helpers.js';
import { EXAMPLE_HEADER, EXAMPLE_MARKER } from '../../src/spreadsheet/examples.js';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('workbookTemplate', () => {
  it('has every sheet, headers in the chosen language, a note per header cell and an example row', async () => {
    for (const lang of ['id', 'en'] as const) {
      const workbook = await open(await workbookTemplate(lang));
      // The visible sheets; the drop-down lists live on one hidden sheet.
      expect(workbook.worksheets.filter((w) => w.state !== 'hidden').map((w) => w.name)).toEqual(SHEETS.map((s) => s.name[lang]));
      for (const def of SHEETS) {
        const ws = sheet(workbook, def.name[lang]);
        if (def.kind === 'keyValue') {
          expect(ws.getCell(1, 3).value).toBe(EXAMPLE_HEADER[lang]);
          def.fields.forEach((field, index) => {
            expect(ws.getCell(index + 2, 1).value).toBe(field.header[lang]);
            expect(ws.getCell(index + 2, 2).value).toBeNull();
            expect(String(ws.getCell(index + 2, 1).note ?? '').length).toBeGreaterThan(5);
          });
          continue;
        }
        def.columns.forEach((column, index) => {
          expect(ws.getCell(1, index + 1).value).toBe(column.header[lang]);
          expect(String(ws.getCell(1, index + 1).note ?? '').length).toBeGreaterThan(5);
        });
        expect(ws.getRow(2).cellCount).toBeGreaterThan(0);
        expect(ws.getCell(2, def.columns.length + 1).value).toBe(EXAMPLE_MARKER[lang]);
        expect(ws.getCell(2, 1).font?.italic).toBe(true);
      }
      const services = sheet(workbook, lang === 'id' ? 'Layanan' : 'Services');
      const note = String(services.getCell('B1').note);
      expect(note).toContain(lang === 'id' ? 'Pengenal atau nama instansi' : 'Identifier or name of the agency');
    }
  });

  it('gives the same bytes every time', async () => {
    const first = await workbookTemplate('id');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(Buffer.from(await workbookTemplate('id')).equals(Buffer.from(first))).toBe(true);
  });

  it('imports nothing from an untouched template: its examples are never data', async () => {
    const result = await importWorkbook(await workbookTemplate('id'), { lang: 'id' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path).sort()).toEqual(['Instansi', 'Layanan', 'Wilayah']);
  });

  it('filled in with exceljs, imports into a region that loads as a valid mpp.yaml', async () => {
    const filled = await editWorkbook(await workbookTemplate('id'), (workbook) => {
      const region = sheet(workbook, 'Wilayah');
      region.getCell('B5').value = 'Gianyar';
      region.getCell('B6').value = 'kabupaten';
      region.getCell('B7').value = 'Bali';
      region.getCell('B9').value = 'MPP Kabupaten Gianyar';
      region.getCell('B10').value = 'DPMPTSP Kabupaten Gianyar';
      const agencies = sheet(workbook, 'Instansi');
      agencies.getRow(3).values = [null, 'Dinas Kependudukan dan Pencatatan Sipil'];
      agencies.getRow(4).values = ['samsat', 'Samsat Gianyar', null, 'kantor-bersama', 3];
      const services = sheet(workbook, 'Layanan');
      services.getRow(3).values = [null, 'Dinas Kependudukan dan Pencatatan Sipil', '=Perekaman KTP-el (nama diawali =)'];
      services.getRow(4).values = ['pkb', 'samsat', 'Pembayaran PKB', 'non-perizinan', null, 14, 6, 'ya'];
      services.getCell('K4').value = 'STNK asli\nKTP pemilik';
      services.getCell('N4').value = 'Rp350.000 / Rp650.000';
      const hours = sheet(workbook, 'JamBuka');
      hours.addRow(['Selasa', '08:00', '14:30']);
      hours.addRow(['friday', '08:00', '11:00']);
      sheet(workbook, 'Sarana').addRow(['ramp']);
    });
    const result = await importWorkbook(filled, { lang: 'id', file: 'gianyar.xlsx' });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const region = result.value;
    expect(region.region).toEqual({ name: 'Gianyar', kind: 'kabupaten', province: 'Bali', slug: 'gianyar' });
    expect(region.agencies.map((a) => a.id)).toEqual(['dinas-kependudukan-dan-pencatatan-sipil', 'samsat']);
    expect(region.services[0]).toEqual({ id: 'perekaman-ktp-el-nama-diawali', agency: 'dinas-kependudukan-dan-pencatatan-sipil', name: '=Perekaman KTP-el (nama diawali =)' });
    expect(region.services[1]).toEqual({
      id: 'pkb', agency: 'samsat', name: 'Pembayaran PKB', category: 'non-perizinan', peakArrivalsPerHour: 14, handlingMinutes: 6, online: true,
      standard: { requirements: ['STNK asli', 'KTP pemilik'], fee: { text: 'Rp350.000 / Rp650.000' } },
    });
    expect(Object.keys(region.mpp.openingHours ?? {})).toEqual(['tuesday', 'friday']);
    expect(region.facilities).toEqual(['ramp']);
    // What `mpp import --out mpp.yaml` would write loads again as a valid answers file.
    const loaded = loadRegionText(stringify(region), { lang: 'id' });
    expect(loaded.ok).toBe(true);
  });

  it('imports the committed filled-in fixture (made from the template)', async () => {
    const bytes = new Uint8Array(readFileSync('test/fixtures/spreadsheet/filled.xlsx'));
    const result = await importWorkbook(bytes, { lang: 'id', file: 'filled.xlsx' });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.agencies.length).toBe(2);
    expect(result.value.services.map((s) => s.agency)).toEqual(['dukcapil', 'samsat']);
    expect(loadRegionText(stringify(result.value), { lang: 'en' }).ok).toBe(true);
  });
});
