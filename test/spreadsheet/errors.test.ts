import { describe, expect, it } from 'vitest';
import { workbookTemplate } from '../../src/spreadsheet/template.js';
import { exportWorkbook, importWorkbook } from '../../src/spreadsheet/workbook.js';
import { validateRegion } from '../../src/config/load.js';
import type { ValidRegion } from '../../src/config/valid-region.js';
import { importCsv, exportCsv } from '../../src/spreadsheet/csv.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import { editWorkbook, sheet } from './helpers.js';

const minimal = parse(readFileSync('test/fixtures/minimal.yaml', 'utf8')) as RegionAnswers;
/** A filled workbook (the export of the minimal fixture): row 2 of every sheet is real data. */
const filled = async (): Promise<Uint8Array> => exportWorkbook((validateRegion(minimal, { lang: 'id' }) as { value: ValidRegion }).value);

describe('importWorkbook with wrong cells', () => {
  it('reports every wrong cell at once, naming sheet, row and column', async () => {
    const bad = await editWorkbook(await filled(), (workbook) => {
      sheet(workbook, 'Wilayah').getCell('B6').value = 'provinsi'; // region.kind
      sheet(workbook, 'Instansi').getCell('E2').value = 'dua'; // plannedCounters
      sheet(workbook, 'Lantai').getCell('C2').value = 1.5; // level must be whole
      const services = sheet(workbook, 'Layanan');
      services.getCell('E2').value = 'banyak'; // visitorsPerDay
      services.addRow(['ktp-el', 'tidak-ada', 'Layanan kembar', null, 5, null, 7]);
      services.getCell('Z1').value = 'Kolom aneh';
      sheet(workbook, 'Loket').getCell('C2').value = 'ktp-el, hilang';
      sheet(workbook, 'JamBuka').getCell('B2').value = '25:99';
      sheet(workbook, 'JamBuka').addRow(['Senin', '09:00', '10:00']);
    });
    const result = await importWorkbook(bad, { lang: 'id', file: 'salah.xlsx' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const found = result.issues.map((i) => `${i.path} ${i.code}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'Wilayah!B6 sheet-not-allowed',
        'Instansi!E2 sheet-not-number',
        'Lantai!C2 sheet-not-integer',
        'Layanan!E2 sheet-not-number',
        'Layanan!A4 duplicate-id',
        'Layanan!B4 unknown-agency',
        'Layanan!Z1 sheet-unknown-column',
        'Loket!C2 unknown-service',
        'JamBuka!B2 schema-pattern',
        'JamBuka!A4 sheet-duplicate-day',
      ]),
    );
    for (const issue of result.issues) {
      expect(issue.file).toBe('salah.xlsx');
      expect(issue.path).toMatch(/^[A-Za-z]+!([A-Z]+\d+|\d+:\d+)$/);
    }
    const kind = result.issues.find((i) => i.path === 'Wilayah!B6');
    expect(kind?.message).toContain('"provinsi" tidak termasuk pilihan: kabupaten, kota');
    expect(kind?.message).toContain('region.kind');
  });

  it('speaks English when asked', async () => {
    const bad = await editWorkbook(await workbookTemplate('en'), (workbook) => {
      sheet(workbook, 'Services').getRow(3).values = ['x', 'dukcapil', 'X', null, null, null, 'ten'];
    });
    const result = await importWorkbook(bad, { lang: 'en' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining({ path: 'Services!G3', code: 'sheet-not-number', message: expect.stringContaining('"ten" is not a number') }));
  });

  it('locates schema errors on the cell of the field (required value left empty)', async () => {
    const bad = await editWorkbook(await filled(), (workbook) => {
      sheet(workbook, 'Layanan').getCell('C2').value = null; // service name
      sheet(workbook, 'Wilayah').getCell('B9').value = null; // mpp.name
    });
    const result = await importWorkbook(bad, { lang: 'id' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['Layanan!C2', 'Wilayah!B9']));
  });

  it('refuses bytes that are not a workbook, without throwing', async () => {
    const result = await importWorkbook(new TextEncoder().encode('not a zip'), { lang: 'id', file: 'x.xlsx' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'sheet-not-xlsx', message: expect.stringMatching(/^x\.xlsx bukan buku kerja Excel/) });
  });
});

describe('importCsv', () => {
  it('derives agencies from a services CSV (semicolon-separated, English headers) into a base region', () => {
    const csv = [
      'ID;Agency;Service name;Handling minutes;Visitors per day;Agency name;Agency kind;Planned counters;Requirements',
      'kk;dukcapil;Kartu Keluarga;12;40;Dinas Kependudukan dan Pencatatan Sipil;opd;2;"Formulir F-1.01\nSurat nikah"',
      'izin-usaha;;Izin usaha;20;10;Dinas Penanaman Modal;opd;1;',
    ].join('\r\n');
    const result = importCsv(csv, { lang: 'en', base: minimal });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.agencies.map((a) => a.id)).toEqual(['dukcapil', 'samsat', 'dinas-penanaman-modal']);
    expect(result.value.agencies[0]).toEqual({ id: 'dukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil', kind: 'opd', plannedCounters: 2 });
    expect(result.value.services.map((s) => s.id)).toEqual(['ktp-el', 'pkb', 'kk', 'izin-usaha']);
    expect(result.value.services[2].standard).toEqual({ requirements: ['Formulir F-1.01', 'Surat nikah'] });
  });

  it('reports wrong cells, conflicting agency columns and duplicate ids with sheet, row and column', () => {
    const csv = [
      'ID,Instansi,Nama layanan,Lama pelayanan (menit),Pengunjung per hari,Nama instansi,Jenis instansi,Loket rencana',
      'a,dinkes,Layanan A,lima,10,Dinas Kesehatan,opd,1',
      'a,dinkes,Layanan B,5,10,Dinas Kesehatan,bumn,1',
    ].join('\n');
    const result = importCsv(csv, { lang: 'id', base: minimal, file: 'layanan.csv' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => `${i.path} ${i.code}`)).toEqual(
      expect.arrayContaining(['Layanan!D2 sheet-not-number', 'Layanan!A3 duplicate-id', 'Layanan!G3 sheet-agency-conflict']),
    );
  });

  it('reports an unclosed quote with its line', () => {
    const result = importCsv('ID,Nama layanan\n"a,b\n', { lang: 'en' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'sheet-csv-quote', line: 2 });
  });

  it('neutralizes formulas in the CSV it writes, and reads them back as the same names', () => {
    const region = structuredClone(minimal);
    region.services[0].name = '=HYPERLINK("http://x","klik")';
    region.agencies[0].name = '@Dinas';
    const csv = exportCsv(region);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(csv).toContain(`'@Dinas`);
    for (const line of csv.split('\r\n')) for (const field of line.split(',')) expect(field).not.toMatch(/^[=+@]/);
    const back = importCsv(csv, { lang: 'id', base: region });
    expect(back.ok && back.value).toEqual(region);
  });
});
