import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { stringify } from 'yaml';
import { workbookTemplate } from '../../src/spreadsheet/template.js';
import { importWorkbook } from '../../src/spreadsheet/workbook.js';
import { SHEETS } from '../../src/spreadsheet/columns.js';
import { loadRegionText } from '../../src/config/load.js';
import { editWorkbook, sheet } from './helpers.js';

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
          def.fields.forEach((field, index) => {
            expect(ws.getCell(index + 2, 1).value).toBe(field.header[lang]);
            expect(String(ws.getCell(index + 2, 1).note ?? '').length).toBeGreaterThan(5);
          });
          continue;
        }
        def.columns.forEach((column, index) => {
          expect(ws.getCell(1, index + 1).value).toBe(column.header[lang]);
          expect(String(ws.getCell(1, index + 1).note ?? '').length).toBeGreaterThan(5);
        });
        expect(ws.getRow(2).cellCount).toBeGreaterThan(0);
      }
      const services = sheet(workbook, lang === 'id' ? 'Layanan' : 'Services');
      const note = String(services.getCell('B1').note);
      expect(note).toContain(lang === 'id' ? 'Pengenal instansi' : 'Identifier of the agency');
    }
  });

  it('gives the same bytes every time', async () => {
    const first = await workbookTemplate('id');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(Buffer.from(await workbookTemplate('id')).equals(Buffer.from(first))).toBe(true);
  });

  it('imports untouched as a valid region (the example rows agree with each other)', async () => {
    const result = await importWorkbook(await workbookTemplate('id'), { lang: 'id' });
    expect(result.ok).toBe(true);
  });

  it('filled in with exceljs, imports into a region that loads as a valid mpp.yaml', async () => {
    const filled = await editWorkbook(await workbookTemplate('id'), (workbook) => {
      const region = sheet(workbook, 'Wilayah');
      region.getCell('B5').value = 'Gianyar';
      region.getCell('B7').value = 'Bali';
      region.getCell('B8').value = 'gianyar';
      const agencies = sheet(workbook, 'Instansi');
      agencies.addRow(['samsat', 'Samsat Gianyar', null, 'instansi-vertikal', 3]);
      const services = sheet(workbook, 'Layanan');
      services.getCell('C2').value = '=Perekaman KTP-el (nama diawali =)';
      services.addRow(['pkb', 'samsat', 'Pembayaran PKB', 'non-perizinan', null, 14, 6, 'ya']);
      services.getCell('K3').value = 'STNK asli\nKTP pemilik';
      const hours = sheet(workbook, 'JamBuka');
      hours.addRow(['Selasa', '08:00', '14:30']);
      hours.addRow(['friday', '08:00', '11:00']);
      sheet(workbook, 'Sarana').addRow(['ramp']);
    });
    const result = await importWorkbook(filled, { lang: 'id', file: 'gianyar.xlsx' });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const region = result.value;
    expect(region.region).toEqual({ name: 'Gianyar', kind: 'kabupaten', province: 'Bali', slug: 'gianyar' });
    expect(region.agencies.map((a) => a.id)).toEqual(['dukcapil', 'samsat']);
    expect(region.services[0].name).toBe('=Perekaman KTP-el (nama diawali =)');
    expect(region.services[1]).toEqual({
      id: 'pkb', agency: 'samsat', name: 'Pembayaran PKB', category: 'non-perizinan', peakArrivalsPerHour: 14, handlingMinutes: 6, online: true,
      standard: { requirements: ['STNK asli', 'KTP pemilik'] },
    });
    expect(Object.keys(region.mpp.openingHours)).toEqual(['monday', 'tuesday', 'friday']);
    expect(region.facilities).toEqual(['information-desk', 'ramp']);
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
