/**
 * The small pieces of the gallery and the reference: what a deployment holds and how each file is
 * shown, the facts a card reads (each through one function), example values for the reference, and
 * field blocks (every field of the region schema, both languages).
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
// @ts-expect-error plain ESM script without type declarations
import { comparePaths, fileKind, formatSize, pagePaths } from '../scripts/lib/deployment-files.mjs';
// @ts-expect-error plain ESM script without type declarations
import { dashboardFile, estimatedShare, floorPlanFiles, keyFigures, launchStatus, readinessScore, simulationFiles } from '../scripts/lib/region-facts.mjs';
// @ts-expect-error plain ESM script without type declarations
import { PREVIEW_LIMIT, csvTable, previewText, renderFilePage } from '../scripts/lib/file-page.mjs';
// @ts-expect-error plain ESM script without type declarations
import { svgTitle } from '../scripts/lib/svg-title.mjs';
// @ts-expect-error plain ESM script without type declarations
import { exampleAt, pathSegments, valuesAt } from '../scripts/lib/schema-examples.mjs';
// @ts-expect-error plain ESM script without type declarations
import { renderSchemaPage } from '../scripts/lib/schema-page.mjs';
// @ts-expect-error plain ESM script without type declarations
import { walkSchema } from '../scripts/lib/schema-walk.mjs';
// @ts-expect-error plain ESM script without type declarations
import { siteLocations } from '../scripts/lib/gallery.mjs';

const REPO = resolve(import.meta.dirname, '..', '..');

describe('deployment files', () => {
  test('page paths are route-safe and unique, whatever the names', () => {
    const pages = pagePaths(['README.md', 'readme.md', 'readme-md', 'a b/C.D.json', '2024-x/y.svg', '<x>.md']);
    expect([...pages.values()]).toEqual(['readme-md', 'readme-md-2', 'readme-md-3', 'a-b/c-d-json', '2024-x/y-svg', 'x-md']);
  });

  test('kinds by extension, then by content: text when it decodes as UTF-8 without NUL', () => {
    expect(fileKind('a/b.MD')).toBe('markdown');
    expect(fileKind('x.yml')).toBe('yaml');
    expect(fileKind('dashboard.html')).toBe('html');
    expect(fileKind('NOTES', Buffer.from('catatan ü'))).toBe('text');
    expect(fileKind('data.bin', Buffer.from([0x50, 0x00, 0x01]))).toBe('binary');
    expect(fileKind('x.xlsx', Buffer.from([0xff, 0xfe, 0xfd]))).toBe('binary');
  });

  test('files of a folder come before its sub-folders; sizes read in the page language', () => {
    expect(['b/z.md', 'README.md', 'b/a/x.md', 'a.md'].sort(comparePaths)).toEqual(['README.md', 'a.md', 'b/z.md', 'b/a/x.md']);
    expect(formatSize(500, 'id')).toBe('500 B');
    expect(formatSize(12_600, 'id')).toBe('12 KB');
    expect(formatSize(2_600, 'en')).toBe('2.5 KB');
    expect(formatSize(2_600, 'id')).toBe('2,5 KB');
  });
});

describe('region facts, each read by one function', () => {
  const answers = {
    mpp: { launchStatus: 'launched', launchDate: '2024-12-12' },
    agencies: [{ plannedCounters: 2, estimate: true }, { plannedCounters: 1 }],
    services: [{ visitorsPerDay: 10, handlingMinutes: 5, estimate: true }, { peakArrivalsPerHour: 4, handlingMinutes: 3 }],
  };

  test('share of estimated figures: planned counters, visitors and handling times not given by the region, from the review', () => {
    const review = { figures: { agencies: 2, services: 2, estimates: { loadOnEstimates: 0.4, handlingMinutes: 1, visitorsPerDay: 1, plannedCounters: 1, agenciesWithoutServices: 0 } } };
    expect(estimatedShare({ answers, review })).toEqual({ estimated: 3, total: 6, share: 0.5 });
    expect(estimatedShare({ answers, review: undefined })).toBeUndefined();
    expect(estimatedShare({ answers, review: { figures: { agencies: 0, services: 0, estimates: { handlingMinutes: 0, visitorsPerDay: 0, plannedCounters: 0 } } } })).toBeUndefined();
  });

  test('readiness score and counters come from the review; counts fall back to the answers', () => {
    const review = { score: 71, figures: { agencies: 2, services: 2, plannedCounters: 3, neededCounters: 5 } };
    expect(readinessScore({ review })).toBe(71);
    expect(readinessScore({ review: undefined })).toBeUndefined();
    expect(keyFigures({ answers, review })).toEqual({ agencies: 2, services: 2, plannedCounters: 3, neededCounters: 5 });
    expect(keyFigures({ answers, review: undefined })).toEqual({ agencies: 2, services: 2, plannedCounters: 3, neededCounters: undefined });
  });

  test('launch status: launched with its date, or planned (the schema default)', () => {
    expect(launchStatus({ answers })).toEqual({ status: 'launched', date: '2024-12-12' });
    expect(launchStatus({ answers: { mpp: {} } })).toEqual({ status: 'planned' });
    // An operating MPP with only the year of its launch (the Badung example).
    expect(launchStatus({ answers: { mpp: { launchStatus: 'operating', launchDate: '2018' } } })).toEqual({ status: 'launched', date: '2018' });
  });

  test('floor plans, the simulated day and the dashboard are found by what the deployment holds', () => {
    const files = ['dashboard.html', 'layout/floorplan-lt1.svg', 'layout/floorplan-lt2.svg', 'layout/simulasi.md', 'layout/simulasi-antrean.svg', 'layout/sizing.md', 'app/x/dashboard.html'];
    expect(floorPlanFiles({ files })).toEqual(['layout/floorplan-lt1.svg', 'layout/floorplan-lt2.svg']);
    expect(simulationFiles({ files })).toEqual({ reports: ['layout/simulasi.md'], charts: ['layout/simulasi-antrean.svg'] });
    expect(dashboardFile({ files })).toBe('dashboard.html');
    expect(simulationFiles({ files: ['layout/floorplan-a.svg'] })).toEqual({ reports: [], charts: [] });
    expect(dashboardFile({ files: [] })).toBeUndefined();
  });
});

describe('file pages', () => {
  const site = (lang: string) => siteLocations('contoh', lang, ['README.md', 'layout/sizing.md', 'big.json', 'x.csv', 'a.yaml', 'b.csv', 'c.svg'], 'Kabupaten Contoh');

  test('CSV rows keep quoted commas, quotes and line breaks; a ragged row is padded; a broken file is not a table', () => {
    expect(csvTable('\uFEFFa,b\n1,"x, ""y""\nz"\n2\n')).toEqual({ columns: ['a', 'b'], rows: [['1', 'x, "y"\nz'], ['2', '']] });
    expect(csvTable('a,"b\n')).toBeUndefined();
  });

  test('a long file shows its beginning, cut after a whole line, and says so', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `"line ${i}": ${i},`).join('\n');
    const preview = previewText(text);
    expect(preview.partial).toBe(true);
    expect(Buffer.byteLength(preview.text)).toBeLessThanOrEqual(PREVIEW_LIMIT);
    expect(Buffer.byteLength(preview.text)).toBeGreaterThan(PREVIEW_LIMIT - 100);
    expect(text.startsWith(`${preview.text}\n`)).toBe(true);
    const page = renderFilePage({ path: 'big.json', kind: 'json', bytes: Buffer.from(text) }, site('id'), 'id', '_big-json.json');
    expect(page.source).toMatch(/Berkas ini panjang: halaman ini menampilkan 3[0-9] KB pertama dari 3[0-9]{2} KB/);
    expect(page.source).toContain('import data from "./_big-json.json";');
    expect(page.source).toContain('<CodeBlock language={"json"}>{data.text}</CodeBlock>');
    expect(page.data).toEqual({ text: preview.text });
  });

  test("a page's text travels in its JSON data, never inside the MDX", () => {
    const hostile = '<Dinas {A}> "x" & \'y\' </script> `z`';
    const code = renderFilePage({ path: 'a.yaml', kind: 'yaml', bytes: Buffer.from(`name: ${hostile}\n`) }, site('id'), 'id', '_a-yaml.json');
    expect(code.source).not.toContain('Dinas');
    expect(JSON.parse(JSON.stringify(code.data))).toEqual({ text: `name: ${hostile}\n` });
    const table = renderFilePage({ path: 'b.csv', kind: 'csv', bytes: Buffer.from(`kol,${'"' + hostile.replace(/"/g, '""') + '"'}\n1,2\n`) }, site('en'), 'en', '_b-csv.json');
    expect(table.source).not.toContain('Dinas');
    expect(table.source).toContain('<DataTable caption={"b.csv"} columns={data.columns} rows={data.rows} />');
    expect(table.data).toEqual({ columns: ['kol', hostile], rows: [['1', '2']] });
    const picture = renderFilePage({ path: 'c.svg', kind: 'svg', bytes: Buffer.from('<svg><title>T</title></svg>') }, site('en'), 'en', '_c-svg.json');
    expect(picture.data).toBeUndefined();
    expect(picture.source).not.toContain('import data');
  });

  test('every page links back to its region and to the original file', () => {
    const page = renderFilePage({ path: 'x.csv', kind: 'csv', bytes: Buffer.from('a\n1\n') }, site('en'), 'en').source;
    expect(page).toContain('[Back to Kabupaten Contoh](/docs/examples/contoh)');
    expect(page).toContain('<GeneratedFile src={"/generated/contoh/en/x.csv"} label={"Download x.csv"}>');
    expect(page).toContain('slug: "/examples/contoh/files/x-csv"');
    expect(page).toContain('displayed_sidebar: "docs"');
  });

  test("an SVG's text alternative is its title and description, entities decoded", () => {
    expect(svgTitle('<svg><title id="t">Denah &lt;A&gt; &amp; B</title><desc>Skematis.</desc></svg>')).toBe('Denah <A> & B. Skematis.');
    expect(svgTitle('<svg><text>no title</text></svg>')).toBeUndefined();
  });
});

describe('configuration reference', () => {
  const schema = JSON.parse(readFileSync(join(REPO, 'schemas', 'region.schema.json'), 'utf8'));

  test('example values are read from a real document, through arrays and maps', () => {
    const doc = { agencies: [{ id: 'a' }, { id: 'b', name: 'B' }], mpp: { openingHours: { monday: { open: '08:00' } } }, facilities: ['ramp', 'lift'], obj: { x: 1 } };
    expect(pathSegments('agencies[].name')).toEqual(['agencies', '[]', 'name']);
    expect(valuesAt(doc, 'agencies[].id')).toEqual(['a', 'b']);
    expect(exampleAt(doc, 'agencies[].name')).toBe('B');
    expect(exampleAt(doc, 'mpp.openingHours.*.open')).toBe('08:00');
    expect(exampleAt(doc, 'facilities')).toBe('["ramp","lift"]');
    expect(exampleAt(doc, 'obj')).toBeUndefined();
    expect(exampleAt(doc, 'missing.path')).toBeUndefined();
    expect(exampleAt({ long: 'x'.repeat(500) }, 'long')).toHaveLength(120);
  });

  test('every field of region.schema.json is one block with type, required, description, limits, and an example when known', () => {
    const rows = walkSchema(schema);
    for (const lang of ['id', 'en'] as const) {
      const sample = { region: { name: 'Badung', slug: 'badung' } };
      const page: string = renderSchemaPage(schema, 'region.schema.json', lang, 1, sample);
      expect(page.match(/<section className="schema-field">/g)).toHaveLength(rows.length);
      expect(page).not.toMatch(/^\|/m); // no table left
      const [type, required, description, limits, example] = lang === 'id' ? ['Tipe', 'Wajib', 'Keterangan', 'Batasan', 'Contoh'] : ['Type', 'Required', 'Description', 'Limits', 'Example'];
      for (const label of [type, required, description, limits]) expect(page.split(`<dt>${label}</dt>`)).toHaveLength(rows.length + 1);
      expect(page).toContain(`<dt>${example}</dt><dd>\`Badung\`</dd>`);
      // a top-level field is named by its section heading; the fields under it by their own
      expect(page).toContain('## `agencies`');
      expect(page).toContain('### `agencies[].name`');
      expect(page).not.toContain('### `agencies`\n');
    }
  });
});
