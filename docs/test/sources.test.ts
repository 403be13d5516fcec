/**
 * The prose cites its sources as links (issue: "every prose page citing a source links it"), the
 * links use only the addresses of docs/sources.yaml (none made up), and facts corrected after the
 * first version do not come back (both locales, and the example files' comments and READMEs).
 */
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
// @ts-expect-error plain ESM script without type declarations
import { loadSources, proseLines, unlinkedSiteMentions, webLinks } from '../scripts/lib/source-links.mjs';

const SITE_DIR = resolve(import.meta.dirname, '..');
const REPO = resolve(SITE_DIR, '..');
const PROSE_DIRS = [join(SITE_DIR, 'docs'), join(SITE_DIR, 'i18n', 'en', 'docusaurus-plugin-content-docs', 'current')];
type Source = { id: string; url: string; site: string; about: string; article?: string };
const SOURCES: Source[] = loadSources(join(SITE_DIR, 'sources.yaml'));

/** The hand-written prose pages of both locales (generated pages excluded). */
function prosePages(): Array<{ file: string; text: string }> {
  return PROSE_DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => ({ file: join(dir, name).slice(SITE_DIR.length + 1), text: readFileSync(join(dir, name), 'utf8') })),
  );
}

describe('the detector', () => {
  const sample = [
    '---',
    'description: from example.com in front matter',
    '---',
    'import X from "./x.mdx";',
    'Linked: [menpan.go.id](https://menpan.go.id/) and <https://sippn.menpan.go.id/>.',
    'Bare: the figure comes from kabarjagad.id, September 2025.',
    'Code: `aktual.com` and README.md, mpp.yaml, bin/mpp.js are not sites.',
    '```text',
    'metrobali.com inside a fence',
    '```',
    'A URL alone: https://lampost.co/x counts as a link; 123dok.com does not.',
    '<!-- republika.co.id in a comment -->',
  ].join('\n');

  test('finds sites named outside links, with their line, and nothing in links, code, comments or front matter', () => {
    const found = unlinkedSiteMentions(sample, ['123dok.com']).map((m: { line: number; site: string }) => `${m.line}:${m.site}`);
    expect(found).toEqual(['6:kabarjagad.id', '11:123dok.com']);
  });

  test('lists every web link with its line', () => {
    expect(webLinks(sample)).toEqual([
      { line: 5, url: 'https://menpan.go.id/' },
      { line: 5, url: 'https://sippn.menpan.go.id/' },
      { line: 11, url: 'https://lampost.co/x' },
    ]);
  });

  test('keeps line numbers through front matter, fences and comments', () => {
    const lines = proseLines(sample).map((l: { line: number }) => l.line);
    expect(lines).toContain(6);
    expect(lines).not.toContain(9);
  });
});

describe('the registry', () => {
  test('every source has an absolute web address and names its site; a site-only link names its article or says why not', () => {
    expect(SOURCES.length).toBeGreaterThan(10);
    for (const source of SOURCES) {
      expect(source.url, source.id).toMatch(/^https?:\/\/[^/\s]+\//);
      expect(new URL(source.url).hostname.replace(/^www\./, ''), source.id).toBe(source.site);
      expect(source.about, source.id).toBeTruthy();
      const url = new URL(source.url);
      // a link to the site only: the registry says which article the notes name, or that none is recorded
      if (url.pathname === '/' && !url.search) expect(source.article, source.id).toBeTruthy();
    }
  });
});

describe('the prose of both locales', () => {
  const pages = prosePages();

  test('covers the hand-written pages of both locales', () => {
    expect(pages.length).toBeGreaterThanOrEqual(14);
  });

  test('names no source site outside a link (a sourced claim without a link)', () => {
    const sites = SOURCES.map((s) => s.site);
    const unlinked = pages.flatMap(({ file, text }) =>
      unlinkedSiteMentions(text, sites).map((m: { line: number; site: string; text: string }) => `${file}:${m.line} ${m.site}: ${m.text}`),
    );
    expect(unlinked).toEqual([]);
  });

  test('links only to addresses in docs/sources.yaml (no address is made up)', () => {
    const known = new Set(SOURCES.map((s) => s.url));
    const unknown = pages.flatMap(({ file, text }) =>
      webLinks(text)
        .filter((l: { url: string }) => !known.has(l.url))
        .map((l: { line: number; url: string }) => `${file}:${l.line} ${l.url}`),
    );
    expect(unknown).toEqual([]);
  });

  test('cites the pages that carry sourced facts with links', () => {
    for (const name of ['model-badung.md', 'memulai.md', 'aplikasi.md', 'studi-tiru.md', 'tahapan-pembentukan.md']) {
      for (const dir of PROSE_DIRS) {
        const text = readFileSync(join(dir, name), 'utf8');
        expect(webLinks(text).length, `${dir}/${name}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('facts corrected after the first version stay corrected', () => {
  const pages = prosePages();
  const examples = readdirSync(join(REPO, 'examples')).flatMap((slug) => {
    const dir = join(REPO, 'examples', slug);
    return readdirSync(dir)
      .filter((name) => name === 'README.md' || name === 'mpp.yaml')
      .map((name) => {
        const text = readFileSync(join(dir, name), 'utf8');
        // for mpp.yaml only the comments are prose
        const prose = name === 'mpp.yaml' ? text.split('\n').filter((l) => /^\s*#/.test(l)).join('\n') : text;
        return { file: `examples/${slug}/${name}`, text: prose };
      });
  });
  const all = [...pages, ...examples];
  const offending = (pattern: RegExp) => all.filter(({ text }) => pattern.test(text.replace(/\s+/g, ' '))).map(({ file }) => file);

  test('Jeneponto was one of the 42 MPPs of 12 December 2024, not inaugurated "with 42 others"', () => {
    expect(offending(/(bersama|together with) 42 (MPP lain|other)/i)).toEqual([]);
    for (const file of ['examples/jeneponto/README.md', 'examples/jeneponto/mpp.yaml']) {
      expect(all.find((p) => p.file === file)?.text.replace(/\s+/g, ' '), file).toMatch(/(one of the|salah satu dari) 42 MPP/);
    }
  });

  test('Kabupaten Belitung is on the same list: its example says so and keeps "planned" only as an illustration', () => {
    for (const file of ['examples/belitung/README.md', 'examples/belitung/mpp.yaml']) {
      const text = all.find((p) => p.file === file)?.text.replace(/\s+/g, ' ') ?? '';
      expect(text, file).toMatch(/12 (December|Desember) 2024/);
      expect(text, file).toMatch(/illustrative|ilustratif/i);
    }
  });

  test('Dukcapil is a regional office (OPD), never an instansi vertikal', () => {
    // within one clause: "instansi vertikal besar (misalnya Dukcapil ...)", "Dukcapil (instansi vertikal)"
    expect(offending(/(instansi vertikal|central-government (agency|office))[^.;,]{0,60}(Dis)?dukcapil/i)).toEqual([]);
    expect(offending(/(Dis)?dukcapil[^.;,]{0,30}(instansi vertikal|central-government)/i)).toEqual([]);
  });

  test('the national system is SIPPN (the old short name SIPP is not used for it)', () => {
    expect(offending(/\bSIPP\b(?!N)(?! [(]Surat)/)).toEqual([]);
    expect(pages.filter(({ text }) => /SIPPN/.test(text)).length).toBeGreaterThanOrEqual(4);
  });

  test('KepmenPANRB 11/2018 is history, not a legal basis for a region starting now', () => {
    for (const { file, text } of pages) {
      const flat = text.replace(/\s+/g, ' ');
      for (const m of flat.matchAll(/KepmenPANRB 11\/2018/g)) {
        const around = flat.slice(Math.max(0, m.index - 200), m.index + 250);
        expect(`${file}: ${around}`).toMatch(/sejarah|history/i);
      }
    }
  });

  test('Peraturan Ombudsman 17/2015 is never presented as the current basis', () => {
    for (const { file, text } of pages) {
      const flat = text.replace(/\s+/g, ' ');
      if (/Ombudsman(?: Regulation)? 17\/2015/.test(flat)) expect(flat, file).toMatch(/22\/2016/);
      expect(flat, file).not.toMatch(/(Dasarnya|Its basis is) Peraturan Ombudsman 17\/2015|(Dasarnya|Its basis is) Ombudsman Regulation 17\/2015/);
    }
  });
});
