import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jsonPieces } from '../../src/render/json-parts.js';
import { planAppConfig, serializeAppConfig, serializeAppConfigParts } from '../../src/appconfig/index.js';
import { completeRegion } from '../../src/complete/complete.js';
import { validateRegion } from '../../src/config/load.js';
import { ROOT } from '../helpers/cli.js';

/** The pieces, all read. */
const jsonParts = (value: unknown, depth?: number): string[] => [...jsonPieces(value, depth)];

const EXAMPLES = ['badung', 'belitung', 'blora', 'jeneponto', 'muna-barat'];

function completedExample(slug: string) {
  const loaded = validateRegion(parse(readFileSync(join(ROOT, 'examples', slug, 'mpp.yaml'), 'utf8')), { lang: 'id' });
  if (!loaded.ok) throw new Error(`${slug}: ${JSON.stringify(loaded.issues.slice(0, 2))}`);
  return completeRegion(loaded.value);
}

describe('jsonPieces: JSON.stringify(value, null, 2) in pieces', () => {
  const hostile = `<Dinas {A}> "x" & 'y' \u2019 \u{1F600} \\ \n\t\u0000`;
  const values: unknown[] = [
    {},
    [],
    { a: {}, b: [], c: [[]], d: [{}] },
    { a: undefined, b: () => 1, c: Symbol('s'), d: 1 },
    { a: undefined },
    [undefined, () => 1, null, 0, false, ''],
    // A hole is written as null.
    // eslint-disable-next-line no-sparse-arrays
    [1, , 3],
    { when: new Date(0), nested: { toJSON: () => ({ replaced: [1, 2] }) } },
    { [hostile]: hostile, list: [hostile, { [hostile]: [hostile] }], deep: { a: { b: { c: { d: [1, { e: 'f' }] } } } } },
    'plain',
    42,
    null,
  ];

  it('joins to exactly the text of JSON.stringify at every depth, for odd and hostile values', () => {
    for (const value of values) {
      for (const depth of [0, 1, 2, 3, 6]) expect(jsonParts(value, depth).join(''), `${JSON.stringify(value)} at depth ${depth}`).toBe(JSON.stringify(value, null, 2));
    }
  });

  it('opens the value, and a member only where a character above U+00FF is', () => {
    const value = { services: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], survey: { title: 'users\u2019 complaints', scale: [1, 2] } };
    expect(jsonParts(value)).toEqual([
      '{\n  "services": ',
      JSON.stringify(value.services, null, 2).replaceAll('\n', '\n  '),
      ',\n  "survey": ',
      '{\n    "title": ',
      '"users\u2019 complaints"',
      ',\n    "scale": ',
      '[\n      1,\n      2\n    ]',
      '\n  }',
      '\n}',
    ]);
  });
});

describe('serializeAppConfigParts: app-config.json in pieces', () => {
  it.each(EXAMPLES)('%s: the pieces are exactly app-config.json, and only small pieces hold characters above U+00FF', (slug) => {
    const config = planAppConfig(completedExample(slug));
    const parts = serializeAppConfigParts(config);
    const text = serializeAppConfig(config);
    expect(parts.text()).toBe(text);
    // The typographic apostrophe of the survey stays in the survey's pieces: the rest is one byte a character.
    const wide = [...parts.pieces()].filter((part) => /[^\u0000-\u00ff]/u.test(part));
    expect(wide.length).toBeGreaterThan(0);
    expect(wide.reduce((sum, part) => sum + part.length, 0)).toBeLessThanOrEqual(JSON.stringify(config.survey, null, 4).length);
  });
});
