import { describe, expect, it } from 'vitest';
import { planAppConfig, renderStandardPages } from '../../src/appconfig/index.js';
import { feeText } from '../../src/appconfig/pages.js';
import { groupThousands } from '../../src/i18n/thousands.js';
import { hostile, minimal } from './helpers.js';

/** Characters MDX reads as JSX or expressions; `>` is allowed only as a blockquote marker at line start. */
function expectMdxSafe(page: string): void {
  expect(page).not.toMatch(/[<{}]/);
  for (const line of page.split('\n')) expect(line.replace(/^> /, '')).not.toContain('>');
}

/** Unescaped `|` in a table row. */
function cells(row: string): number {
  return row.replace(/\\\|/g, '').split('|').length - 2;
}

describe('renderStandardPages', () => {
  it('writes an index and one page per service, in id and en', () => {
    const region = minimal();
    const config = planAppConfig(region);
    const id = renderStandardPages(region, config, 'id');
    const en = renderStandardPages(region, config, 'en');
    expect(Object.keys(id).sort()).toEqual([
      'app/standar-pelayanan/dukcapil/ktp-el.md',
      'app/standar-pelayanan/index.md',
      'app/standar-pelayanan/samsat/pkb.md',
    ]);
    expect(id['app/standar-pelayanan/index.md']).toContain('[Perekaman KTP-el](./dukcapil/ktp-el.md)');
    expect(id['app/standar-pelayanan/dukcapil/ktp-el.md']).toContain('_belum ditetapkan_');
    expect(en['app/standar-pelayanan/dukcapil/ktp-el.md']).toContain('_not yet set_');
    expect(id['app/standar-pelayanan/dukcapil/ktp-el.md']).toContain('### Biaya/tarif\n\nGratis (tidak dipungut biaya)\n');
    expect(en['app/standar-pelayanan/dukcapil/ktp-el.md']).toContain('### Requirements\n\n- Kartu Keluarga\n');
    // missing components shown, not invented: 12 of 14 missing for ktp-el
    expect(id['app/standar-pelayanan/dukcapil/ktp-el.md'].match(/_belum ditetapkan_/g)).toHaveLength(12);
    expect(id['app/standar-pelayanan/samsat/pkb.md'].match(/_belum ditetapkan_/g)).toHaveLength(14);
    for (const page of [...Object.values(id), ...Object.values(en)]) expectMdxSafe(page);
  });

  it('renders hostile names as text: no JSX, no expressions, no extra headings, tables intact', () => {
    const region = hostile();
    const pages = renderStandardPages(region, planAppConfig(region), 'id');
    const service = pages['app/standar-pelayanan/dukcapil/ktp-el.md'];
    const index = pages['app/standar-pelayanan/index.md'];
    for (const page of Object.values(pages)) expectMdxSafe(page);
    // the service name `# KTP <b>{x}</b> ...` is the only H1, escaped
    expect(service.split('\n').filter((l) => l.startsWith('# '))).toHaveLength(1);
    expect(service.split('\n')[0]).toBe('# \\# KTP &#60;b&#62;&#123;x&#125;&#60;/b&#62; \\`code\\` \\| a \\| ---');
    // same heading structure as a harmless page: 1 H1, 3 H2, 14 H3
    expect(service.split('\n').filter((l) => /^## /.test(l))).toHaveLength(3);
    expect(service.split('\n').filter((l) => /^### /.test(l))).toHaveLength(14);
    // list items stay list items; an item starting with `-` or `=` does not nest or become a heading
    expect(service).toContain('- &#60;img src=x onerror=alert(1)&#62;');
    expect(service).toContain('- \\- item');
    expect(service).toContain('1. 1\\. step &#123;one&#125;');
    expect(service).toContain('\\[link\\](javascript:alert(1))');
    expect(service).toContain('Rp15.000 — \\*per\\* &#123;unit&#125;');
    // every table row of the index has exactly 4 cells
    const rows = index.split('\n').filter((l) => l.startsWith('|'));
    expect(rows.length).toBe(4);
    for (const row of rows) expect(cells(row)).toBe(4);
  });
});

describe('fee text', () => {
  it('groups thousands per language', () => {
    expect(groupThousands(1500000, 'id')).toBe('1.500.000');
    expect(groupThousands(1500000, 'en')).toBe('1,500,000');
    expect(groupThousands(500, 'id')).toBe('500');
  });
  it('free, paid, note only, not set', () => {
    expect(feeText({ kind: 'free', currency: 'IDR', amount: 0 }, 'en')).toBe('Free of charge');
    expect(feeText({ kind: 'paid', currency: 'IDR', amount: 25000 }, 'en')).toBe('IDR 25,000');
    expect(feeText({ kind: 'note', currency: 'IDR', note: 'Sesuai Perda' }, 'id')).toBe('Sesuai Perda');
    expect(feeText({ kind: 'not-set', currency: 'IDR' }, 'id')).toBe('belum ditetapkan');
  });
});
