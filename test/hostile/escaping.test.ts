import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mpp, tempDir } from '../helpers/cli.js';
import { xmlProblems } from '../helpers/xml.js';
import { parseCsv } from '../helpers/csv.js';

const source = parse(readFileSync('test/fixtures/hostile.yaml', 'utf8')) as { agencies: Array<{ name: string }> };
const NAMES = source.agencies.map((a) => a.name);
let out = '';

function files(dir: string, suffix: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(suffix)) found.push(path);
    }
  };
  walk(dir);
  return found.sort();
}


describe('hostile names reach every output format as text', () => {
  beforeAll(() => {
    out = join(tempDir(), 'hostile');
    const result = mpp(['new', '--answers', 'test/fixtures/hostile.yaml', '--out', out]);
    expect(result.stderr).not.toMatch(/internal/i);
    expect(result.code).toBe(0);
  });

  it('YAML and JSON (serializers) give the names back exactly', () => {
    const answers = parse(readFileSync(join(out, 'mpp.yaml'), 'utf8'));
    expect(answers.agencies.map((a: { name: string }) => a.name)).toEqual(NAMES);
    const config = readFileSync(join(out, 'app', 'app-config.json'), 'utf8');
    const text = JSON.stringify(JSON.parse(config));
    for (const name of NAMES) expect(text).toContain(JSON.stringify(name).slice(1, -1));
    const layout = parse(readFileSync(join(out, 'layout', 'layout.yaml'), 'utf8'));
    expect(JSON.stringify(layout)).toContain('ᬩᬤᬸᬂ Badung 🏛️');
  });

  it('Markdown (and so MDX) never carries a raw tag, expression or block opener from a name', () => {
    const mdFiles = files(out, '.md');
    expect(mdFiles.length).toBeGreaterThan(3);
    for (const file of mdFiles) {
      const prose = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '').replace(/(`+)[^`]*?\1/g, '');
      const where = relative(out, file);
      expect(prose, where).not.toMatch(/<script|<\/svg|\{A\}|\{\{B\}\}/);
      expect(prose, where).not.toMatch(/^(---|# heading|=SUM)/m);
    }
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('HTML escapes names and loads no script', () => {
    const html = readFileSync(join(out, 'checklist', 'checklist.html'), 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<svg onload/i);
  });

  it('every SVG is well-formed and shows the names as text', () => {
    const svgs = files(join(out, 'layout'), '.svg');
    expect(svgs.length).toBeGreaterThan(0);
    for (const file of svgs) {
      const svg = readFileSync(file, 'utf8');
      expect(xmlProblems(svg), relative(out, file)).toEqual([]);
      expect(svg).not.toMatch(/<script|<svg onload/);
    }
  });

  it('CSV cells never start a formula', () => {
    const rows = parseCsv(readFileSync(join(out, 'checklist', 'checklist.csv'), 'utf8').replace(/^\ufeff/, ''));
    expect(rows.length).toBeGreaterThan(5);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.flat().some((cell) => cell.includes("'=SUM(A1:A9)"))).toBe(true);
  });

  it('XLSX holds text cells only, never formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(out, 'checklist', 'checklist.xlsx')) as never);
    const texts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          // An xlsx string cell is data, whatever it starts with; only formula cells would run.
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeUndefined();
          if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      ),
    );
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.some((text) => text.includes('=SUM(A1:A9)'))).toBe(true);
    expect(texts.some((text) => text.includes('<script>alert(1)</script>'))).toBe(true);
  });
});
