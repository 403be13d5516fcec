/**
 * The docs generate script (docs/scripts/generate.mjs): configuration reference from the real schemas,
 * examples gallery through a generator CLI (a stand-in that writes hostile names, and the real one),
 * MDX validity (compiled and rendered with the site's own MDX and React), failure propagation.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
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

/** Renders an MDX page the way the site does (GFM, components given), to static HTML. */
async function renderMdx(source: string): Promise<string> {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^import .*$/gm, '');
  const { default: Content } = await evaluate(body, { ...runtime, remarkPlugins: [remarkGfm] } as never);
  const components = {
    FloorPlan: ({ src, alt }: { src: string; alt: string }) => createElement('img', { className: 'floor-plan', src, alt }),
    GeneratedFile: ({ src, children }: { src: string; children: unknown }) => createElement('a', { href: src }, children as never),
  };
  return renderToStaticMarkup(createElement(Content as never, { components } as never));
}

function fakeCli(dir: string, { fail = false } = {}): string {
  const file = join(dir, 'fake-mpp.mjs');
  writeFileSync(
    file,
    `import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const args = process.argv.slice(2);
const get = (name) => args[args.indexOf(name) + 1];
const H = ${JSON.stringify(HOSTILE_MD)};
if (${fail}) { console.error('boom: invalid answers'); process.exit(3); }
const out = get('--out'); const lang = get('--lang');
mkdirSync(join(out, 'checklist'), { recursive: true });
mkdirSync(join(out, 'layout'), { recursive: true });
writeFileSync(join(out, 'README.md'), '# ' + H + '\\n\\nlang ' + lang + '\\n');
writeFileSync(join(out, 'checklist', 'checklist.md'), [
  '---', 'generated: true', '---', '# Daftar periksa ' + H, '', 'Intro.', '', '## ' + (lang === 'en' ? 'Summary' : 'Ringkasan'), '',
  '| Fase | Butir |', '| --- | --- |', '| Regulasi ' + H + ' | 3 |', '', 'Lihat [layout](../layout/sizing.md) dan [situs](https://example.org).', '',
  '### Rincian', '', 'SUMMARY-DETAIL-' + lang, '', '## Butir', '', 'NOT-IN-SUMMARY',
].join('\\n'));
writeFileSync(join(out, 'layout', 'floorplan-lt1.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&lt;script&gt;</text></svg>');
writeFileSync(join(out, 'layout', 'sizing.md'), '# Sizing\\n');
`,
  );
  return file;
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
    const visitors = rows.find((r) => r.path === 'services[].visitorsPerDay') as unknown as { condition: unknown };
    expect(visitors.condition).toEqual({ kind: 'absent', field: 'peakArrivalsPerHour' });
  });
});

describe('generate() with a stand-in generator CLI and hostile names', () => {
  let root: string;
  let site: string;
  let result: { schemas: string[]; examples: Array<{ slug: string; floorPlans: string[] }> };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'docs-gen-'));
    site = join(root, 'docs');
    cpSync(join(REPO, 'schemas'), join(root, 'schemas'), { recursive: true });
    const answers = parse(readFileSync(join(REPO, 'test', 'fixtures', 'minimal.yaml'), 'utf8'));
    answers.region.name = HOSTILE;
    answers.mpp.name = HOSTILE;
    answers.agencies[0].name = HOSTILE;
    mkdirSync(join(root, 'examples', 'hostile'), { recursive: true });
    writeFileSync(join(root, 'examples', 'hostile', 'mpp.yaml'), stringify(answers));
    mkdirSync(join(root, 'examples', 'no-answers'), { recursive: true }); // ignored: no mpp.yaml
    result = await generate({ repoRoot: root, siteDir: site, cli: fakeCli(root) });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('writes one reference page per schema and one gallery page per example, in both locales', () => {
    const schemaFiles = readdirSync(join(REPO, 'schemas')).filter((f) => f.endsWith('.json'));
    expect(result.schemas.sort()).toEqual(schemaFiles.sort());
    expect(result.examples).toEqual([{ slug: 'hostile', floorPlans: ['floorplan-lt1.svg'] }]);
    for (const lang of ['id', 'en']) {
      const base = join(localeDocsDir(site, lang), 'generated');
      for (const f of schemaFiles) expect(existsSync(join(base, 'reference', f.replace(/\.json$/, '.mdx')))).toBe(true);
      expect(existsSync(join(base, 'examples', 'hostile.mdx'))).toBe(true);
      expect(existsSync(join(site, 'static', 'generated', 'hostile', lang, 'floorplan-lt1.svg'))).toBe(true);
      expect(existsSync(join(site, 'static', 'generated', 'hostile', lang, 'checklist--checklist.md'))).toBe(true);
    }
  });

  test('every generated page is valid MDX; hostile names render as text, never as markup', async () => {
    for (const lang of ['id', 'en']) {
      const base = join(localeDocsDir(site, lang), 'generated');
      for (const dir of ['reference', 'examples']) {
        for (const file of readdirSync(join(base, dir))) {
          const html = await renderMdx(readFileSync(join(base, dir, file), 'utf8'));
          expect(html, `${lang}/${dir}/${file}`).not.toMatch(/<script|<\/svg>/i);
        }
      }
      const html = await renderMdx(readFileSync(join(base, 'examples', 'hostile.mdx'), 'utf8'));
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; {braces} `tick` # x --- = @ &lt;/svg&gt;');
      expect(html).toContain(`src="/generated/hostile/${lang}/floorplan-lt1.svg"`);
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
});

describe('failures stop the build', () => {
  test('the script exits non-zero when the generator CLI fails on an example', async () => {
    const root = mkdtempSync(join(tmpdir(), 'docs-gen-fail-'));
    try {
      cpSync(join(REPO, 'schemas'), join(root, 'schemas'), { recursive: true });
      mkdirSync(join(root, 'examples', 'broken'), { recursive: true });
      writeFileSync(join(root, 'examples', 'broken', 'mpp.yaml'), 'schemaVersion: 1\n');
      await expect(generate({ repoRoot: root, siteDir: join(root, 'docs'), cli: fakeCli(root, { fail: true }) })).rejects.toThrow(
        /generator failed \(exit 3\)[\s\S]*boom: invalid answers/,
      );
      // the script itself: no bin/mpp.js in this root, so the CLI cannot run
      cpSync(join(REPO, 'docs', 'scripts'), join(root, 'docs', 'scripts'), { recursive: true });
      symlinkSync(join(REPO, 'docs', 'node_modules'), join(root, 'docs', 'node_modules'));
      const run = spawnSync(process.execPath, [join(root, 'docs', 'scripts', 'generate.mjs')], { encoding: 'utf8' });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/generator failed/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("summaryOf falls back to the introduction and each section's lead line", () => {
    const md = '# Title\n\nIntro [a](b.md).\n\n## 1. Phase\n\nPhase: 0/4 done\n\n### Item\n\n- x\n\n## 2. Other\n\n- list first\n';
    expect(summaryOf(md).replace(/\n{3,}/g, '\n\n')).toBe('Intro a.\n\n- Phase: 0/4 done\n- Other');
  });
});

describe('with the real generator CLI and the repository examples', () => {
  test('every examples/*/mpp.yaml gets a gallery page in both locales', { timeout: 600_000 }, async () => {
    const examples = readdirSync(join(REPO, 'examples')).filter((d) => existsSync(join(REPO, 'examples', d, 'mpp.yaml')));
    expect(examples).toContain('badung');
    const site = mkdtempSync(join(tmpdir(), 'docs-gen-real-'));
    try {
      const written = await generate({ repoRoot: REPO, siteDir: site });
      expect(written.examples.map((e: { slug: string }) => e.slug).sort()).toEqual(examples.sort());
      for (const lang of ['id', 'en']) {
        for (const slug of examples) {
          expect(existsSync(join(localeDocsDir(site, lang), 'generated', 'examples', `${slug}.mdx`))).toBe(true);
        }
      }
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
