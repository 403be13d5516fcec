import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { planChecklist } from '../../src/checklist/plan.js';
import { renderChecklistFiles } from '../../src/checklist/render.js';
import { renderChecklistCsv } from '../../src/checklist/render-csv.js';
import { TextParts } from '../../src/render/text-parts.js';
import { parseChecklistYaml } from '../../src/checklist/parse.js';
import { checklistValidators } from '../../src/checklist/schemas.js';
import type { ChecklistFile } from '../../src/generated/checklist.types.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import { HOSTILE_NAMES, hostileRegion, minimalRegion } from './helpers.js';
import { parseCsv } from '../helpers/csv.js';

const FILES = ['checklist/checklist.csv', 'checklist/checklist.html', 'checklist/checklist.md', 'checklist/checklist.xlsx', 'checklist/checklist.yaml'];

async function render(region: RegionAnswers, lang: 'id' | 'en' = 'id', edit?: (c: ChecklistFile) => void) {
  const checklist = planChecklist(region);
  edit?.(checklist);
  return { checklist, files: await renderChecklistFiles(checklist, region, lang) };
}

function text(files: Record<string, string | Uint8Array>, path: string): string {
  const value = files[path];
  if (typeof value !== 'string') throw new Error(`${path} is not text`);
  return value;
}


describe('renderChecklistFiles', () => {
  it('writes the five files, deterministically (xlsx bytes included)', async () => {
    const a = await render(minimalRegion());
    expect(Object.keys(a.files).sort()).toEqual(FILES);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip timestamps have 2-second steps
    const b = await render(minimalRegion());
    for (const path of FILES) expect(b.files[path], path).toEqual(a.files[path]);
  });

  it('writes a YAML that starts with the schema line, validates, and parses back', async () => {
    const { checklist, files } = await render(minimalRegion());
    const yaml = text(files, 'checklist/checklist.yaml');
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/checklist.schema.json');
    const { checklist: validate } = checklistValidators();
    expect(validate(parse(yaml)), JSON.stringify(validate.errors)).toBe(true);
    expect(parseChecklistYaml(yaml)).toEqual(checklist);
    const custom = await renderChecklistFiles(checklist, minimalRegion(), 'id', { schemaRef: 'https://example.org/c.json' });
    expect(text(custom, 'checklist/checklist.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=https://example.org/c.json');
  });

  it('writes a standalone A4 HTML page in the chosen language', async () => {
    const id = text((await render(minimalRegion(), 'id')).files, 'checklist/checklist.html');
    const en = text((await render(minimalRegion(), 'en')).files, 'checklist/checklist.html');
    expect(id).toMatch(/^<!DOCTYPE html>/);
    expect(id).toContain('@page { size: A4');
    expect(id).toContain('<html lang="id">');
    expect(en).toContain('<html lang="en">');
    expect(id).toContain('Wajib sebelum peluncuran');
    expect(en).toContain('Required before launch');
    expect(id).not.toMatch(/(src|href)\s*=|@import|url\(/i);
    expect(id).toContain('Nota kesepahaman dan perjanjian kerja sama dengan Samsat');
    expect(id).toContain('Peraturan Ombudsman 61/2025');
    expect(id).not.toContain('Peraturan Ombudsman 17/2015');
  });

  it('renders hostile names as text in HTML, Markdown, CSV and XLSX', async () => {
    const region = hostileRegion();
    const { checklist, files } = await render(region, 'id', (c) => {
      c.items[0].notes = '=cmd|"/c calc"!A1 <img src=x onerror=alert(1)> {notes}';
    });
    const html = text(files, 'checklist/checklist.html');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Dinas {A}');
    expect(html.match(/<\/?[a-z]+[^>]*>/g)?.every((tag) => !/script|svg|<b>|<i>|img/.test(tag))).toBe(true);

    const md = text(files, 'checklist/checklist.md');
    const mdBody = md.replace(/`[^`\n]*`/g, '');
    expect(mdBody).not.toMatch(/[<>{}]/);
    expect(md).not.toMatch(/^(---|# x)/m);
    expect(md).toContain('&#60;script&#62;');

    const csv = parseCsv(text(files, 'checklist/checklist.csv'));
    expect(csv).toHaveLength(checklist.items.length + 1);
    expect(csv.every((row) => row.length === csv[0].length)).toBe(true);
    expect(csv[0].slice(0, 3)).toEqual(['No', 'Tahap', 'Kegiatan']);
    for (const row of csv) for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@]/);
    const notesColumn = csv[0].indexOf('Catatan');
    expect(csv[1][notesColumn]).toBe(`'${checklist.items[0].notes}`);
    const gapRows = csv.filter((row) => row[csv[0].indexOf('Kode butir')].startsWith('standar-pelayanan-instansi/'));
    expect(gapRows.map((row) => row[2])).toEqual(HOSTILE_NAMES.map((name) => `Lengkapi Standar Pelayanan ${name}`));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(files['checklist/checklist.xlsx'] as Uint8Array));
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(checklist.items.length + 1);
    const values: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => {
      values.push(cell.value);
      expect(cell.type === ExcelJS.ValueType.Formula).toBe(false);
    }));
    expect(values).toContain(checklist.items[0].notes);
    for (const name of HOSTILE_NAMES) expect(values).toContain(`Lengkapi Standar Pelayanan ${name}`);
  });

  it('hands checklist.csv on in pieces, one complete row each, that are the CSV written', async () => {
    const { checklist, files } = await render(hostileRegion(), 'en');
    const csv = renderChecklistCsv(checklist, 'en');
    expect(csv).toBeInstanceOf(TextParts);
    const pieces = [...csv.pieces()];
    expect(pieces).toHaveLength(checklist.items.length + 1);
    expect(pieces.join('')).toBe(text(files, 'checklist/checklist.csv'));
    const rows = parseCsv(pieces.join(''));
    // A cell may hold a line break (quoted): each piece is still exactly one row of the file.
    pieces.forEach((piece, i) => expect(parseCsv(piece), piece).toEqual([rows[i]]));
    expect(pieces.join('')).toContain(HOSTILE_NAMES[0].replaceAll('"', '""'));
  });

  it('writes an XLSX a spreadsheet reads back, with the civil-servant columns and fixed dates', async () => {
    const { checklist, files } = await render(minimalRegion(), 'id', (c) => {
      c.items[1].status = 'selesai';
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(files['checklist/checklist.xlsx'] as Uint8Array));
    expect(workbook.created.toISOString()).toBe('2027-03-01T00:00:00.000Z');
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Daftar periksa');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['No', 'Tahap', 'Kegiatan', 'Rincian', 'Dasar hukum', 'Penanggung jawab', 'Bukti', 'Wajib sebelum peluncuran', 'Tenggat', 'Status', 'Catatan', 'Kode butir', 'Bukti diberikan', 'Pemeriksa']);
    const second = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(second[0]).toBe(2);
    expect(second[2]).toBe(checklist.items[1].title.id);
    expect(second[9]).toBe('Selesai');
    expect(second[11]).toBe(checklist.items[1].id);
  });

  it('writes Markdown with a summary, phases and the rules cited', async () => {
    const md = text((await render(minimalRegion(), 'en')).files, 'checklist/checklist.md');
    expect(md).toMatch(/^# MPP readiness checklist, Kabupaten Contoh/);
    expect(md.replace(/\\/g, '')).toMatch(/\*\*\d+ applicable items, 0 done, \d+ launch-blocking items still open\.\*\*/);
    expect(md.match(/^## /gm)).toHaveLength(9);
    const plain = md.replace(/\\/g, '');
    expect(plain).toContain('UU 25/2009');
    expect(plain).toContain('PermenPUPR 14/PRT/M/2017 (to confirm)');
    expect(md).not.toContain('23/2017');
  });
});
