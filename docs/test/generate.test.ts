/**
 * The docs generate script (docs/scripts/generate.mjs): configuration reference from the real schemas,
 * examples gallery through a generator CLI (a stand-in that writes hostile names and every kind of
 * file, and the real one), MDX validity (compiled and rendered with the site's own MDX and React),
 * failure propagation.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import rehypeRaw from 'rehype-raw';
import * as runtime from 'react/jsx-runtime';
import { createElement } from 'react';
// @ts-expect-error react-dom ships no type declarations and @types/react-dom is not installed
import { renderToStaticMarkup } from 'react-dom/server';
// @ts-expect-error plain ESM script without type declarations
import { generate, localeDocsDir } from '../scripts/generate.mjs';
// @ts-expect-error plain ESM script without type declarations
import { walkSchema } from '../scripts/lib/schema-walk.mjs';
// @ts-expect-error plain ESM script without type declarations
import { splitDescription } from '../scripts/lib/description.mjs';
// @ts-expect-error plain ESM script without type declarations
import { summaryOf } from '../scripts/lib/generated-markdown.mjs';

const REPO = resolve(import.meta.dirname, '..', '..');
const SCRIPT = resolve(REPO, 'docs', 'scripts', 'generate.mjs');
/** A hostile agency name as the generator's escapeMarkdown writes it into its Markdown. */
const HOSTILE_MD = 'Dinas &#60;script&#62; &#123;braces&#125; \\`tick\\` \\| pipe';
const HOSTILE = '<script>alert(1)</script> {braces} `tick` # x --- = @ </svg> "q" [l](y) & *e*';

type Props = Record<string, unknown>;
const h = createElement as (type: string, props?: Props | null, ...children: unknown[]) => unknown;
/** Stand-ins for the site's components: the same props, rendered as plain HTML. */
const COMPONENTS = {
  FloorPlan: ({ src, alt, caption }: Props) => h('figure', null, h('img', { className: 'floor-plan', src, alt }), caption as string),
  GeneratedFile: ({ src, label, children }: Props) => h('a', { href: src, 'aria-label': label }, children),
  FactList: ({ items }: Props) => h('dl', null, ...(items as Array<Props>).map((i) => h('div', { key: i.label as string }, h('dt', null, i.label), h('dd', null, i.value)))),
  RegionCard: ({ href, title, status, thumbnail, figures }: Props) =>
    h('article', null, thumbnail ? h('img', { src: (thumbnail as Props).src, alt: (thumbnail as Props).alt }) : null, h('a', { href }, title), h('p', null, status), COMPONENTS.FactList({ items: figures })),
  DataTable: ({ caption, columns, rows }: Props) =>
    h('table', null, h('caption', null, caption), h('tr', null, ...(columns as string[]).map((c, i) => h('th', { key: i }, c))), ...(rows as string[][]).map((r, i) => h('tr', { key: i }, ...r.map((c, j) => h('td', { key: j }, c))))),
  EmbeddedPage: ({ src, title }: Props) => h('iframe', { src, title }),
  CodeBlock: ({ language, children }: Props) => h('pre', { 'data-language': language }, h('code', null, children)),
  BadungLayout: () => null,
};

/** Renders a generated page the way the site does (GFM; `mdx.format: md` pages as CommonMark with HTML), to static HTML. */
async function renderMdx(source: string): Promise<string> {
  const md = /^---\n[\s\S]*?\nmdx:\n  format: "md"\n[\s\S]*?---\n/.test(source);
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^import .*$/gm, '');
  const options = md ? { format: 'md', remarkPlugins: [remarkGfm], rehypePlugins: [rehypeRaw] } : { remarkPlugins: [remarkGfm] };
  const { default: Content } = await evaluate(body, { ...runtime, ...options } as never);
  return renderToStaticMarkup(createElement(Content as never, { components: COMPONENTS } as never));
}

/** A generated page's source with the JSON data it imports from beside it inlined (the bundler's job on the site). */
function pageSource(file: string): string {
  return readFileSync(file, 'utf8').replace(/^import data from "\.\/(_[^"/]+\.json)";$/m, (_, name: string) => `export const data = ${readFileSync(join(dirname(file), name), 'utf8')};`);
}

/** Renders every generated page under `base` (valid MDX) and checks no name became markup; resolves to the page count. */
async function expectPagesAsText(base: string, lang: string): Promise<number> {
  const pages = readdirSync(base, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
  for (const file of pages) {
    const html = await renderMdx(pageSource(join(base, file)));
    expect(html, `${lang}/${file}`).not.toMatch(/<script|<\/svg>|<\/CodeBlock>(?!`)/i);
  }
  return pages.length;
}

/**
 * A stand-in kit: `generate` writes one file of every kind the site shows (hostile names in each, a
 * dashboard and a simulated day among them, a hidden state file and the hidden base store `.mpp/`
 * that the site must skip); `review` reports a review with exit code 1 (blockers found, which is
 * not a failure). The real kit on hostile answers is tested further down.
 */
function fakeKit() {
  return {
    async generate({ out, lang }: { out: string; lang: string }) {
      for (const d of ['checklist', 'layout', 'app/standar-pelayanan/dinas', '.mpp/base/objects/ab']) mkdirSync(join(out, d), { recursive: true });
      const w = (p: string, t: string | Uint8Array) => writeFileSync(join(out, p), t);
      const H = HOSTILE_MD;
      const RAW = HOSTILE;
      w('.yo-rc.json', '{"hidden": true}');
      w('.mpp/base/index.json', '{"format": 1, "files": {}}');
      w('.mpp/base/objects/ab/abcd.gz', 'base store object');
      w('README.md', `# ${H}\n\nlang ${lang}\n\nLihat [daftar periksa](checklist/checklist.md), [denah](layout/floorplan-lt1.svg) dan [hilang](tidak/ada.md).\n`);
      w('checklist/checklist.md', [
        '---', 'generated: true', '---', `# Daftar periksa ${H}`, '', 'Intro.', '', `## ${lang === 'en' ? 'Summary' : 'Ringkasan'}`, '',
        '| Fase | Butir |', '| --- | --- |', `| Regulasi ${H} | 3 |`, '', 'Lihat [layout](../layout/sizing.md) dan [situs](https://example.org).', '',
        '### Rincian', '', `SUMMARY-DETAIL-${lang}`, '', '## Butir', '', 'NOT-IN-SUMMARY',
      ].join('\n'));
      w('checklist/checklist.csv', `No,Kegiatan,Catatan\n1,"${RAW.replace(/"/g, '""')}","baris satu\nbaris dua"\n2,Biasa,"a, b"\n`);
      w('checklist/checklist.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
      w('checklist/checklist.html', `<!doctype html><title>x</title><p>${RAW.replace(/</g, '&lt;')}</p>`);
      w('layout/floorplan-lt1.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>Denah &lt;script&gt; {A}</title><text>&lt;script&gt;</text></svg>');
      w('layout/sizing.md', '# Sizing\n\nKembali ke [README](../README.md); ![denah](floorplan-lt1.svg) [keluar](../../rahasia.md)\n');
      w('layout/layout.yaml', `region:\n  name: "${RAW.replace(/["\\]/g, '')}"\n`);
      w('layout/simulasi.md', `# Simulasi ${H}\n\nGrafik: ![antrean](simulasi-antrean.svg)\n`);
      w('layout/simulasi-antrean.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>Antrean per jam</title></svg>');
      w('dashboard.html', '<!doctype html><title>Dasbor</title><p>dasbor</p>');
      w('app/app-config.json', JSON.stringify({ name: RAW, text: '`{}`</CodeBlock>' }, null, 2));
      w('app/standar-pelayanan/dinas/Layanan Satu.md', `# ${H}\n\n[kembali](../../../README.md)\n`);
    },
    async review({ dir }: { dir: string }) {
      const report = { schemaVersion: 1, kind: 'review', ranking: [], regions: [{ file: join(dir, 'mpp.yaml'), review: { score: 42, figures: { agencies: 2, services: 2, plannedCounters: 3, neededCounters: 4, estimates: { plannedCounters: 0, handlingMinutes: 0, visitorsPerDay: 0 } } } }] };
      return { code: 1, stdout: JSON.stringify(report), stderr: '' };
    },
  };
}

/** Answers with hostile names in the region, the MPP and an agency, in `<root>/examples/hostile/mpp.yaml`. */
function writeHostileExample(root: string): void {
  const answers = parse(readFileSync(join(REPO, 'test', 'fixtures', 'minimal.yaml'), 'utf8'));
  answers.region.name = HOSTILE;
  answers.mpp.name = HOSTILE;
  answers.agencies[0].name = HOSTILE;
  mkdirSync(join(root, 'examples', 'hostile'), { recursive: true });
  writeFileSync(join(root, 'examples', 'hostile', 'mpp.yaml'), stringify(answers));
}

describe('schema descriptions and fields', () => {
  test('splits "Indonesian. (EN) English." and honours x-description-en', () => {
    expect(splitDescription({ description: 'Nama provinsi. (EN) Province name.' })).toEqual({ id: 'Nama provinsi.', en: 'Province name.' });
    expect(splitDescription({ description: 'Hanya id.', 'x-description-en': 'Only en.' })).toEqual({ id: 'Hanya id.', en: 'Only en.' });
    expect(splitDescription({ description: 'Tanpa terjemahan.' })).toEqual({ id: 'Tanpa terjemahan.', en: 'Tanpa terjemahan.' });
    expect(splitDescription({})).toEqual({ id: '', en: '' });
  });

  test('every property of region.schema.json (through $refs) has a row with both descriptions', () => {
    const schema = JSON.parse(readFileSync(join(REPO, 'schemas', 'region.schema.json'), 'utf8'));
    const rows: Array<{ path: string; description: { id: string; en: string }; sameAs: string | null }> = walkSchema(schema);
    const paths = new Set(rows.map((r) => r.path));
    for (const key of Object.keys(schema.properties)) expect(paths).toContain(key);
    for (const key of Object.keys(schema.$defs.agency.properties)) expect(paths).toContain(`agencies[].${key}`);
    for (const key of Object.keys(schema.$defs.standard.properties)) expect(paths).toContain(`services[].standard.${key}`);
    for (const key of Object.keys(schema.$defs.daySchedule.properties)) expect(paths).toContain(`mpp.openingHours.monday.${key}`);
    // a definition used again is listed once and pointed to
    expect(rows.find((r) => r.path === 'mpp.openingHours.tuesday')?.sameAs).toBe('mpp.openingHours.monday');
    for (const row of rows) {
      expect(row.description.id, row.path).not.toBe('');
      expect(row.description.en, row.path).not.toContain('(EN)');
    }
    // partial answers: visitors per day is optional (estimated and marked when absent), under no condition
    const visitors = rows.find((r) => r.path === 'services[].visitorsPerDay') as unknown as { required: unknown; condition: unknown };
    expect(visitors).toMatchObject({ required: false, condition: null });
  });

  test('a field required only under an if/then carries its condition', () => {
    const pair = (ifNode: object) => ({
      type: 'object',
      description: 'Pasangan. (EN) Pair.',
      properties: { a: { type: 'number', description: 'A. (EN) A.' }, b: { type: 'number', description: 'B. (EN) B.' } },
      if: ifNode,
      then: { required: ['b'] },
    });
    const schema = { type: 'object', properties: { x: pair({ not: { required: ['a'] } }), y: pair({ required: ['a'] }) } };
    const rows: Array<{ path: string; condition: unknown }> = walkSchema(schema);
    expect(rows.find((r) => r.path === 'x.b')?.condition).toEqual({ kind: 'absent', field: 'a' });
    expect(rows.find((r) => r.path === 'y.b')?.condition).toEqual({ kind: 'present', field: 'a' });
    expect(rows.find((r) => r.path === 'x.a')?.condition).toBeNull();
  });
});

describe('generate() with a stand-in kit and hostile names', () => {
  let root: string;
  let site: string;
  let result: { schemas: string[]; examples: Array<{ slug: string; floorPlans: string[] }> };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'docs-gen-'));
    site = join(root, 'docs');
    cpSync(join(REPO, 'schemas'), join(root, 'schemas'), { recursive: true });
    writeHostileExample(root);
    mkdirSync(join(root, 'examples', 'no-answers'), { recursive: true }); // ignored: no mpp.yaml
    result = await generate({ repoRoot: root, siteDir: site, kit: fakeKit() });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('writes one reference page per schema and one gallery page per example, in both locales', () => {
    const schemaFiles = readdirSync(join(REPO, 'schemas')).filter((f) => f.endsWith('.json'));
    expect(result.schemas.sort()).toEqual(schemaFiles.sort());
    expect(result.examples).toEqual([{ slug: 'hostile', floorPlans: ['layout/floorplan-lt1.svg'], files: 13 }]);
    for (const lang of ['id', 'en']) {
      const base = join(localeDocsDir(site, lang), 'generated');
      for (const f of schemaFiles) expect(existsSync(join(base, 'reference', f.replace(/\.json$/, '.mdx')))).toBe(true);
      expect(existsSync(join(base, 'examples', 'hostile.mdx'))).toBe(true);
      // every generated file is copied under its own path (downloads keep the original name), hidden files excepted
      expect(existsSync(join(site, 'static', 'generated', 'hostile', lang, 'layout', 'floorplan-lt1.svg'))).toBe(true);
      expect(existsSync(join(site, 'static', 'generated', 'hostile', lang, 'checklist', 'checklist.md'))).toBe(true);
      expect(existsSync(join(site, 'static', 'generated', 'hostile', lang, '.yo-rc.json'))).toBe(false);
      expect(existsSync(join(site, 'static', 'generated', 'hostile', lang, '.mpp'))).toBe(false);
      // and has its own page: Markdown as CommonMark (.md), everything else as MDX
      expect(existsSync(join(base, 'files', 'hostile', 'readme-md.md'))).toBe(true);
      expect(existsSync(join(base, 'files', 'hostile', 'checklist', 'checklist-csv.mdx'))).toBe(true);
      expect(existsSync(join(base, 'files', 'hostile', 'app', 'standar-pelayanan', 'dinas', 'layanan-satu-md.md'))).toBe(true);
      expect(existsSync(join(base, 'examples', '_layout-hostile.mdx'))).toBe(true);
    }
  });

  test('every generated page is valid MDX; hostile names render as text, never as markup', async () => {
    for (const lang of ['id', 'en']) {
      const base = join(localeDocsDir(site, lang), 'generated');
      expect(await expectPagesAsText(base, lang)).toBeGreaterThan(20);
      const html = await renderMdx(readFileSync(join(base, 'examples', 'hostile.mdx'), 'utf8'));
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; {braces} `tick` # x --- = @ &lt;/svg&gt;');
      expect(html).toContain(`src="/generated/hostile/${lang}/layout/floorplan-lt1.svg"`);
      // the floor plan's text alternative is the SVG's own title, decoded, rendered as text
      expect(html).toContain('alt="Denah &lt;script&gt; {A}"');
    }
  });

  test('the checklist summary is the Ringkasan/Summary section, headings shifted, relative links made text', () => {
    for (const lang of ['id', 'en']) {
      const page = readFileSync(join(localeDocsDir(site, lang), 'generated', 'examples', 'hostile.mdx'), 'utf8');
      expect(page).toContain(`SUMMARY-DETAIL-${lang}`);
      expect(page).toContain('### Rincian');
      expect(page).not.toContain('NOT-IN-SUMMARY');
      expect(page).toContain('Lihat layout dan [situs](https://example.org).');
      expect(page).toContain(`| Regulasi ${HOSTILE_MD} | 3 |`); // kept exactly as the generator escaped it
    }
  });

  test('the region summary is in the page language', () => {
    const id = readFileSync(join(localeDocsDir(site, 'id'), 'generated', 'examples', 'hostile.mdx'), 'utf8');
    const en = readFileSync(join(localeDocsDir(site, 'en'), 'generated', 'examples', 'hostile.mdx'), 'utf8');
    expect(id).toContain('| Loket rencana | 3 |');
    expect(en).toContain('| Planned counters | 3 |');
    expect(id).toContain('--lang id');
    expect(en).toContain('--lang en');
  });

  const page = (lang: string, ...path: string[]) => pageSource(join(localeDocsDir(site, lang), 'generated', ...path));

  test('the gallery has a card per region with its thumbnail, status and key figures (review score, counters needed vs planned, estimated share)', async () => {
    const html = await renderMdx(page('id', 'examples', 'index.mdx'));
    expect(html.match(/<article>/g)).toHaveLength(1);
    expect(html).toContain('src="/generated/hostile/id/layout/floorplan-lt1.svg"');
    expect(html).toContain('href="/docs/examples/hostile"');
    expect(html).toContain('Direncanakan, 1 Maret 2027');
    expect(html).toContain('42/100');
    expect(html).toContain('4 dibutuhkan, 3 direncanakan');
    expect(html).toContain('0% (0 dari 6 angka)');
    const en = await renderMdx(page('en', 'examples', 'index.mdx'));
    expect(en).toContain('Planned, 1 March 2027');
    expect(en).toContain('4 needed, 3 planned');
  });

  test('a region page shows whatever the deployment holds: the dashboard, the simulated day, every file with its page and download', async () => {
    const html = await renderMdx(page('id', 'examples', 'hostile.mdx'));
    expect(html).toContain('<iframe src="/generated/hostile/id/dashboard.html"');
    expect(html).toContain('src="/generated/hostile/id/layout/simulasi-antrean.svg"');
    expect(html).toContain('href="/docs/examples/hostile/files/layout/simulasi-md"');
    for (const route of ['readme-md', 'checklist/checklist-csv', 'checklist/checklist-xlsx', 'app/standar-pelayanan/dinas/layanan-satu-md', 'dashboard-html']) {
      expect(html).toContain(`href="/docs/examples/hostile/files/${route}"`);
    }
    expect(html).toContain('href="/generated/hostile/id/checklist/checklist.xlsx"');
    expect(html).not.toContain('yo-rc');
    expect(html).not.toContain('.mpp/');
    // the floor plans and charts also come as a partial for prose pages, without headings
    const partial = page('id', 'examples', '_layout-hostile.mdx');
    expect(partial).not.toMatch(/^#/m);
    expect(await renderMdx(partial)).toContain('simulasi-antrean.svg');
  });

  test('a Markdown file is a page: headings under the title, links to other files pointed to their pages, others made text', () => {
    const readme = page('id', 'files', 'hostile', 'readme-md.md');
    expect(readme).toMatch(/^mdx:\n {2}format: "md"$/m);
    expect(readme).toContain(`## ${HOSTILE_MD}`);
    expect(readme).toContain('[daftar periksa](/docs/examples/hostile/files/checklist/checklist-md)');
    expect(readme).toContain('[denah](/docs/examples/hostile/files/layout/floorplan-lt1-svg)');
    expect(readme).toContain(' dan hilang.');
    expect(readme).toContain('(pathname:///generated/hostile/id/README.md)');
    const sizing = page('id', 'files', 'hostile', 'layout', 'sizing-md.md');
    expect(sizing).toContain('[README](/docs/examples/hostile/files/readme-md)');
    expect(sizing).toContain('![denah](/generated/hostile/id/layout/floorplan-lt1.svg)');
    expect(sizing).toContain(' keluar');
    expect(sizing).not.toContain('rahasia');
    const nested = page('id', 'files', 'hostile', 'app', 'standar-pelayanan', 'dinas', 'layanan-satu-md.md');
    expect(nested).toContain('[kembali](/docs/examples/hostile/files/readme-md)');
    expect(nested).toContain('slug: "/examples/hostile/files/app/standar-pelayanan/dinas/layanan-satu-md"');
  });

  test('CSV is a table (quoted commas and line breaks kept), YAML and JSON are code, HTML is embedded, a workbook is a download', async () => {
    const csv = await renderMdx(page('id', 'files', 'hostile', 'checklist', 'checklist-csv.mdx'));
    expect(csv).toContain('<th>Kegiatan</th>');
    expect(csv).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(csv).toContain('<td>baris satu\nbaris dua</td>');
    expect(csv).toContain('<td>a, b</td>');
    const yaml = await renderMdx(page('id', 'files', 'hostile', 'layout', 'layout-yaml.mdx'));
    expect(yaml).toContain('<pre data-language="yaml"><code>region:');
    const json = await renderMdx(page('en', 'files', 'hostile', 'app', 'app-config-json.mdx'));
    expect(json).toContain('<pre data-language="json">');
    expect(json).toContain('`{}`&lt;/CodeBlock&gt;');
    const htmlPage = await renderMdx(page('id', 'files', 'hostile', 'checklist', 'checklist-html.mdx'));
    expect(htmlPage).toContain('<iframe src="/generated/hostile/id/checklist/checklist.html" title="checklist/checklist.html">');
    const xlsx = await renderMdx(page('en', 'files', 'hostile', 'checklist', 'checklist-xlsx.mdx'));
    expect(xlsx).toContain('This file is not text');
    expect(xlsx).toContain('href="/generated/hostile/en/checklist/checklist.xlsx"');
    for (const html of [csv, yaml, htmlPage]) expect(html).toContain('href="/docs/examples/hostile"');
  });
});

describe('failures stop the build', () => {
  test('the kit refusing an example rejects generate() and makes the script exit non-zero', async () => {
    const root = mkdtempSync(join(tmpdir(), 'docs-gen-fail-'));
    try {
      cpSync(join(REPO, 'schemas'), join(root, 'schemas'), { recursive: true });
      mkdirSync(join(root, 'examples', 'broken'), { recursive: true });
      writeFileSync(join(root, 'examples', 'broken', 'mpp.yaml'), 'schemaVersion: 1\n');
      // the real kit's validation, with the field paths it names
      await expect(generate({ repoRoot: root, siteDir: join(root, 'docs') })).rejects.toThrow(/generator failed for .*broken.mpp\.yaml --lang id:\n {2}.*region/);
      // a failure of the kit's writer (not an input error) also stops the build
      const failing = { ...fakeKit(), generate: async () => Promise.reject(new Error('boom: disk full')) };
      await expect(generate({ repoRoot: root, siteDir: join(root, 'docs'), kit: failing })).rejects.toThrow('boom: disk full');
      // the script itself, beside the kit's compiled code (dist/) as in the repository
      cpSync(join(REPO, 'docs', 'scripts'), join(root, 'docs', 'scripts'), { recursive: true });
      symlinkSync(join(REPO, 'docs', 'node_modules'), join(root, 'docs', 'node_modules'));
      symlinkSync(join(REPO, 'dist'), join(root, 'dist'));
      const run = spawnSync(process.execPath, [join(root, 'docs', 'scripts', 'generate.mjs')], { encoding: 'utf8' });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/generator failed for .*broken/);
      // without the kit built, the script says so
      rmSync(join(root, 'dist'));
      const unbuilt = spawnSync(process.execPath, [join(root, 'docs', 'scripts', 'generate.mjs')], { encoding: 'utf8' });
      expect(unbuilt.status).not.toBe(0);
      expect(unbuilt.stderr).toMatch(/npm run build/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("summaryOf falls back to the introduction and each section's lead line", () => {
    const md = '# Title\n\nIntro [a](b.md).\n\n## 1. Phase\n\nPhase: 0/4 done\n\n### Item\n\n- x\n\n## 2. Other\n\n- list first\n';
    expect(summaryOf(md).replace(/\n{3,}/g, '\n\n')).toBe('Intro a.\n\n- Phase: 0/4 done\n- Other');
  });
});

describe("with the kit's library: the repository examples and hostile answers", () => {
  test('every examples/*/mpp.yaml gets a gallery page in both locales', { timeout: 600_000 }, async () => {
    const examples = readdirSync(join(REPO, 'examples')).filter((d) => existsSync(join(REPO, 'examples', d, 'mpp.yaml')));
    expect(examples).toContain('badung');
    const site = mkdtempSync(join(tmpdir(), 'docs-gen-real-'));
    try {
      const written = await generate({ repoRoot: REPO, siteDir: site });
      expect(written.examples.map((e: { slug: string }) => e.slug).sort()).toEqual(examples.sort());
      for (const lang of ['id', 'en']) {
        for (const { slug, files } of written.examples as Array<{ slug: string; files: number }>) {
          expect(existsSync(join(localeDocsDir(site, lang), 'generated', 'examples', `${slug}.mdx`))).toBe(true);
          // one page per generated file, and the original beside it for download
          const pages = readdirSync(join(localeDocsDir(site, lang), 'generated', 'files', slug), { recursive: true, encoding: 'utf8' });
          expect(pages.filter((p) => /\.mdx?$/.test(p)).length, `${lang} ${slug}`).toBe(files);
          expect(existsSync(join(site, 'static', 'generated', slug, lang, 'README.md'))).toBe(true);
        }
      }
      // the reference shows example values read from the Badung deployment
      expect(readFileSync(join(localeDocsDir(site, 'id'), 'generated', 'reference', 'region.schema.mdx'), 'utf8')).toContain('<dt>Contoh</dt><dd>`Badung`</dd>');
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  test('hostile names from real answers render as text on every page, in both locales', { timeout: 300_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'docs-gen-hostile-'));
    try {
      cpSync(join(REPO, 'schemas'), join(root, 'schemas'), { recursive: true });
      writeHostileExample(root);
      const site = join(root, 'docs');
      const written = await generate({ repoRoot: root, siteDir: site });
      expect(written.examples.map((e: { slug: string }) => e.slug)).toEqual(['hostile']);
      for (const lang of ['id', 'en']) {
        const base = join(localeDocsDir(site, lang), 'generated');
        expect(await expectPagesAsText(base, lang)).toBeGreaterThan(20);
        // the region's name (the page title) is shown as text
        const region = await renderMdx(readFileSync(join(base, 'examples', 'hostile.mdx'), 'utf8'));
        expect(region).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
