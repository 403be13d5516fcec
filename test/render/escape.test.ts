import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField, escapeHtml, escapeMarkdown, escapeXml, markdownCode, neutralizeFormula } from '../../src/render/escape.js';
import { ROOT } from '../helpers/cli.js';

export const HOSTILE_NAMES = [
  '<script>alert(1)</script>',
  'Dinas {A} & {{B}}',
  '</svg><svg onload=alert(1)>',
  '"quotes" and \'single\'',
  'back`tick`s ``',
  '---',
  '# heading',
  '=SUM(A1:A9)',
  '+62 812',
  '-1 minus',
  '@import',
  'ᬩᬤᬸᬂ Badung 🏛️',
  'a|b*c_d[e](f)~g\\h',
  '1. ordered',
];

describe('escaping per format', () => {
  it('HTML and XML show names as text', () => {
    for (const name of HOSTILE_NAMES) {
      expect(escapeHtml(name)).not.toMatch(/[<>"'`]/);
      expect(escapeXml(name)).not.toMatch(/[<>"']/);
      expect(escapeXml(name).replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
    }
    expect(escapeXml('a\u0001b')).toBe('ab');
  });

  it('Markdown/MDX text never opens a tag, an expression or a block', () => {
    for (const name of HOSTILE_NAMES) {
      const out = escapeMarkdown(name);
      expect(out).not.toMatch(/[<>{}]/);
      expect(out).not.toMatch(/^(#|-|\+|=|\d+\.)/);
    }
    expect(escapeMarkdown('line\nbreak')).toBe('line break');
  });

  it('code spans fence any backticks', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`x')).toBe('`` `x ``');
  });

  it('spreadsheet cells never start a formula and CSV quotes what it must', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) expect(neutralizeFormula(`${lead}x`)).toBe(`'${lead}x`);
    expect(neutralizeFormula('Dukcapil')).toBe('Dukcapil');
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField(5)).toBe('5');
  });
});

describe('Markdown templates escape every value', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.mdx?\.hbs$/.test(name)) files.push(path);
    }
  };
  walk(join(ROOT, 'templates'));
  it('finds the templates', () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    it(`${relative(ROOT, file)}: every {{value}} goes through a format helper`, () => {
      // Triple-stash is for text already escaped in code; identifiers (schema pattern [a-z0-9-]) are safe bare.
      const text = readFileSync(file, 'utf8').replace(/\{\{\{[^}]*\}\}\}/g, '');
      const mustaches = [...text.matchAll(/\{\{(?!!|#|\/|else|>)\s*([^}]*)\}\}/g)].map((m) => m[1].trim());
      const bare = mustaches.filter((m) => !/^(md|code|num|tr|csv|xml)\b/.test(m) && !/^(id|agency|slug|[a-z]+Id)$/.test(m));
      expect(bare, `values without a format helper in ${relative(ROOT, file)}`).toEqual([]);
    });
  }
});
