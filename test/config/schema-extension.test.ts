/**
 * A field and an enum value added to (a copy of) the region schema reach the interview, the spreadsheet
 * template (with its drop-down) and the docs reference without touching any of them: they all read the
 * schema through src/config/schema-fields.ts.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import regionSchema from '../../schemas/region.schema.json' with { type: 'json' };
import { schemaFields } from '../../src/config/schema-fields.js';
import { runInterview } from '../../src/interview/interview.js';
import { typicalAgencies } from '../../src/interview/typical-agencies.js';
import { sheetsFor } from '../../src/spreadsheet/columns.js';
import { workbookTemplate } from '../../src/spreadsheet/template.js';
import { scriptedAsk, type Asked } from '../helpers/ask.js';
// @ts-expect-error plain ESM script without type declarations
import { renderSchemaPage } from '../../docs/scripts/lib/schema-page.mjs';

type Node = Record<string, any>;

/** The region schema with a new MPP field, a new service field and a new facility. */
function extendedSchema(): Node {
  const schema = structuredClone(regionSchema) as Node;
  schema.$defs.mpp.properties.parkingSpaces = {
    type: 'integer', minimum: 0, maximum: 5000,
    description: 'Jumlah tempat parkir pengunjung. (EN) Number of visitor parking spaces.',
    'x-prompt': { id: 'Berapa tempat parkir pengunjung?', en: 'How many visitor parking spaces?', default: 40 },
  };
  schema.$defs.service.properties.appointmentOnly = {
    type: 'boolean',
    description: 'Hanya dengan janji temu. (EN) By appointment only.',
    'x-prompt': { id: 'Hanya dengan janji temu?', en: 'By appointment only?' },
  };
  schema.$defs.facility.enum.push('drinking-water');
  return schema;
}

describe('a field and an enum value added to the region schema', () => {
  const schema = extendedSchema();
  const fields = schemaFields(schema);

  it('reach the interview: the new questions are asked and their answers land in the answers', async () => {
    const log: Asked[] = [];
    let added = 0;
    const answers = await runInterview(
      scriptedAsk({
        region_name: 'Contoh', region_province: 'Bali', mpp_address: 'Jl. Satu', typicalAgencies: ['dukcapil'],
        addAgency: () => added++ === 0, agencies_name: 'Dinas Baru', services_name: 'Layanan Baru',
        mpp_parkingSpaces: '120', services_appointmentOnly: true, facilities: ['drinking-water', 'ramp'],
      }, log),
      'en',
      typicalAgencies(),
      fields,
    );
    const parking = log.find((a) => a.question.name === 'mpp_parkingSpaces');
    expect(parking?.question.message).toBe('How many visitor parking spaces?');
    expect(parking?.question.default).toBe('40');
    expect(parking?.question.validate?.('-3')).toBe('Enter a whole number of at least 0 and at most 5000.');
    expect(log.find((a) => a.question.name === 'facilities')?.question.choices?.map((c) => c.value)).toContain('drinking-water');
    expect((answers.mpp as Record<string, unknown>).parkingSpaces).toBe(120);
    expect(answers.services.find((s) => s.name === 'Layanan Baru')).toMatchObject({ appointmentOnly: true });
    expect(answers.facilities).toEqual(['drinking-water', 'ramp']);
  });

  it('reach the spreadsheet template: a row and a column with their notes, and the facility drop-down offers the value', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await workbookTemplate('en', sheetsFor(fields))) as unknown as ArrayBuffer);
    const region = workbook.getWorksheet('Region')!;
    const labels = region.getColumn(1).values.map(String);
    const row = labels.indexOf('mpp.parkingSpaces');
    expect(row).toBeGreaterThan(1);
    expect(String(region.getCell(row, 1).note)).toContain('Number of visitor parking spaces.');
    const services = workbook.getWorksheet('Services')!;
    const headers = (services.getRow(1).values as unknown[]).map(String);
    const column = headers.indexOf('appointmentOnly');
    expect(column).toBeGreaterThan(0);
    expect(String(services.getCell(1, column).note)).toContain('By appointment only.');
    // The facility column's drop-down points at the list of values on the hidden choices sheet.
    const facilities = workbook.getWorksheet('Facilities')!;
    const validation = facilities.getCell('A2').dataValidation as { type: string; formulae: string[] };
    expect(validation.type).toBe('list');
    const [, sheet, from, to] = /^'?([^'!]+)'?!\$?([A-Z]+\$?\d+):\$?([A-Z]+\$?\d+)$/.exec(validation.formulae[0]) ?? [];
    const choices = workbook.getWorksheet(sheet)!;
    expect(choices.state).toBe('hidden');
    const values: unknown[] = [];
    const [col, first] = [from.replace(/[$\d]/g, ''), Number(from.replace(/\D/g, ''))];
    for (let r = first; r <= Number(to.replace(/\D/g, '')); r++) values.push(choices.getCell(`${col}${r}`).value);
    expect(values).toContain('drinking-water');
    expect(values).toContain('information-desk');
  });

  it('reach the docs reference page, in both languages', () => {
    for (const lang of ['id', 'en'] as const) {
      const page: string = renderSchemaPage(schema, 'region.schema.json', lang, 1);
      expect(page).toContain('`mpp.parkingSpaces`');
      expect(page).toContain('`services[].appointmentOnly`');
      expect(page).toContain('"drinking-water"');
      expect(page).toContain(lang === 'en' ? 'How many visitor parking spaces?' : 'Berapa tempat parkir pengunjung?');
    }
  });
});
