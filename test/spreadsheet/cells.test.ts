import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import { decodeCellText, decodeListText, encodeCellText, encodeListText } from '../../src/spreadsheet/cell-text.js';
import { decodeCell } from '../../src/spreadsheet/cell-decode.js';
import { SERVICES_SHEET, REGION_SHEET, HOURS_SHEET, SHEETS } from '../../src/spreadsheet/columns.js';
import { exportWorkbook } from '../../src/spreadsheet/workbook.js';
import { CSV_COLUMNS } from '../../src/spreadsheet/csv.js';
import { normalizeHeader } from '../../src/spreadsheet/headers.js';
import { normalizeZipTimestamps } from '../../src/render/zip-timestamps.js';
import { HOSTILE_NAMES, longTextArbitrary } from './arbitrary.js';

const RUNS = Number(process.env.FC_RUNS ?? 200);
const column = (path: string) => [...SERVICES_SHEET.columns, ...REGION_SHEET.fields, ...HOURS_SHEET.columns].find((c) => c.path === path)!;

describe('cell texts', () => {
  it('formula protection is undone exactly, and no encoded text starts a formula', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...HOSTILE_NAMES), fc.string().map((s) => `'=${s}`), fc.string().map((s) => `''-${s}`)), (text) => {
        const cell = encodeCellText(text);
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(decodeCellText(cell)).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('lists read back exactly, one per line when possible, JSON otherwise', () => {
    fc.assert(
      fc.property(fc.array(longTextArbitrary(), { minLength: 1, maxLength: 5 }), (items) => {
        expect(decodeListText(encodeListText(items))).toEqual(items);
      }),
      { numRuns: RUNS },
    );
    expect(encodeListText(['Kartu Keluarga', 'KTP'])).toBe('Kartu Keluarga\nKTP');
    expect(encodeListText(['two\nlines', 'x'])).toBe('["two\\nlines","x"]');
    expect(decodeListText('  KK \r\n\r\n- KTP\n')).toEqual(['KK', '- KTP']);
  });

  it('reads typed cells as people type them', () => {
    expect(decodeCell('0,8', column('mpp.serviceLevel.targetShare'), 'id')).toEqual({ ok: true, value: 0.8 });
    expect(decodeCell(' 12 ', column('visitorsPerDay'), 'id')).toEqual({ ok: true, value: 12 });
    expect(decodeCell('Ya', column('online'), 'id')).toEqual({ ok: true, value: true });
    expect(decodeCell(false, column('online'), 'id')).toEqual({ ok: true, value: false });
    expect(decodeCell(new Date(Date.UTC(2027, 2, 1)), column('mpp.launchDate'), 'id')).toEqual({ ok: true, value: '2027-03-01' });
    expect(decodeCell('1/3/2027', column('mpp.launchDate'), 'id')).toEqual({ ok: true, value: '2027-03-01' });
    expect(decodeCell(new Date(Date.UTC(1899, 11, 30, 8, 30)), column('open'), 'id')).toEqual({ ok: true, value: '08:30' });
    expect(decodeCell(0.5, column('open'), 'id')).toEqual({ ok: true, value: '12:00' });
    expect(decodeCell('8.00', column('open'), 'id')).toEqual({ ok: true, value: '08:00' });
    expect(decodeCell("Jum'at", column('day'), 'id')).toEqual({ ok: true, value: 'friday' });
    expect(decodeCell('12:00 - 13:00\n15:00–15:15', column('breaks'), 'id')).toEqual({ ok: true, value: [{ start: '12:00', end: '13:00' }, { start: '15:00', end: '15:15' }] });
    expect(decodeCell('  ', column('name'), 'id')).toEqual({ ok: true, value: undefined });
    expect(decodeCell('12 orang', column('visitorsPerDay'), 'en')).toMatchObject({ ok: false, code: 'sheet-not-number' });
    expect(decodeCell('mungkin', column('online'), 'id')).toMatchObject({ ok: false, code: 'sheet-not-boolean' });
    expect(decodeCell('PERIZINAN', column('category'), 'id')).toEqual({ ok: true, value: 'perizinan' });
  });

  it('headers match case-, space- and language-insensitively, and no two columns of a sheet collide', () => {
    expect(normalizeHeader('  Lama Pelayanan (Menit) ')).toBe(normalizeHeader('lama pelayanan menit'));
    for (const sheet of SHEETS) {
      const columns = sheet.kind === 'keyValue' ? sheet.fields : sheet.columns;
      const keys = columns.flatMap((c) => [c.header.id, c.header.en, c.path].filter(Boolean).map(normalizeHeader));
      const perColumn = columns.map((c) => new Set([c.header.id, c.header.en, c.path].filter(Boolean).map(normalizeHeader)));
      for (const key of new Set(keys)) expect(perColumn.filter((set) => set.has(key)).length, `${sheet.name.id}: ${key}`).toBe(1);
    }
    const csvHeaders = CSV_COLUMNS.flatMap((c) => [c.header.id, c.header.en].map(normalizeHeader));
    expect(new Set(csvHeaders).size).toBe(CSV_COLUMNS.length * 2 - CSV_COLUMNS.filter((c) => normalizeHeader(c.header.id) === normalizeHeader(c.header.en)).length);
  });
});

describe('exported workbook', () => {
  it('writes hostile names as plain text cells with formulas neutralized', async () => {
    const region = parse(readFileSync('test/fixtures/minimal.yaml', 'utf8')) as RegionAnswers;
    region.agencies[0].name = '=cmd|" /C calc"!A0';
    region.services[0].name = '+62 <script>{x}</script>';
    region.region.name = '@SUM(1)';
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await exportWorkbook(region)) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Instansi')!.getCell('B2').value).toBe(`'=cmd|" /C calc"!A0`);
    expect(workbook.getWorksheet('Layanan')!.getCell('C2').value).toBe("'+62 <script>{x}</script>");
    expect(workbook.getWorksheet('Wilayah')!.getCell('B5').value).toBe("'@SUM(1)");
    workbook.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))));
  });

  it('zip timestamp normalization refuses bytes that are not a zip', () => {
    const junk = new TextEncoder().encode('hello');
    expect(() => normalizeZipTimestamps(junk)).toThrow(/not a zip/);
  });
});
