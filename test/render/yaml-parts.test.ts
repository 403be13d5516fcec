import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { yamlMapPieces } from '../../src/render/yaml-parts.js';

/** The pieces, all read. */
const yamlMapParts = (...args: Parameters<typeof yamlMapPieces>): string[] => [...yamlMapPieces(...args)];

const OPTIONS = { lineWidth: 0, version: '1.2' } as const;
const HOSTILE = `<Dinas {A}> "x" & 'y' \u2019: #not a comment`;

describe('yamlMapPieces: the yaml serializer\'s text of a map, one item of a sequence at a time', () => {
  const item = (n: number) => ({
    id: `butir-${n}`,
    title: { id: HOSTILE, en: `- ${n}` },
    notes: n % 2 === 0 ? `line one\n\n  indented line\ntrailing space \nlast` : undefined,
    empty: '',
    blank: '\n\n',
    list: n % 3 === 0 ? [] : [{ rule: 'perpres-89-2021', nested: [[1, 2], { a: null }] }, 'plain', 2018, '2018', true, 'yes', null],
    map: {},
  });

  const cases: Record<string, Record<string, unknown>> = {
    'items in the middle': { schemaVersion: 1, region: { name: HOSTILE }, items: [1, 2, 3, 4, 5, 6].map(item), launchDate: '2018', operating: { since: '2019-01-02' } },
    'items first': { items: [item(2)], after: HOSTILE },
    'items last': { before: [HOSTILE], items: [item(3), null, 'text', 7, [item(4)]] },
    'no items': { before: 1, items: [] },
  };

  it.each(Object.keys(cases))('%s: joins to exactly the whole text', (name) => {
    const map = cases[name];
    expect(yamlMapParts(map, 'items', OPTIONS).join('')).toBe(stringify(map, OPTIONS));
  });

  it('writes a map with a shared object (anchors) in one piece, exactly as the whole text', () => {
    const shared = { id: 'x', en: 'y' };
    const map = { items: [{ title: shared }, { title: shared }], other: 1 };
    const parts = yamlMapParts(map, 'items', OPTIONS);
    expect(parts).toEqual([stringify(map, OPTIONS)]);
    expect(parts[0]).toContain('&a1');
  });

  it('gives one piece per item', () => {
    const map = cases['items in the middle'];
    // The keys before, the key line, six items, the keys after.
    expect(yamlMapParts(map, 'items', OPTIONS)).toHaveLength(1 + 1 + 6 + 1);
  });
});
