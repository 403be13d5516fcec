import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { importGraph, repositorySources, violations, LAYERS, specifiersOf } from '../../scripts/import-graph.mjs';

type Files = Array<[string, string]>;
const check = (files: Files): string[] => violations(importGraph(files));

describe('the import graph of src/ and generators/', () => {
  it('respects the layers and has no cycle, between files or between folders', () => {
    const files = repositorySources() as Files;
    expect(files.length).toBeGreaterThan(100);
    expect(check(files)).toEqual([]);
  });

  it('puts every source folder in a layer', () => {
    const folders = new Set((repositorySources() as Files).map(([path]) => path.split('/').slice(0, path.startsWith('generators/') ? 1 : 2).join('/')));
    const known = (LAYERS as Array<{ folders: string[] }>).flatMap((layer) => layer.folders);
    for (const folder of folders) expect(known.some((k) => folder === k || folder.startsWith(`${k}/`)), folder).toBe(true);
  });

  it('reads static, type-only, re-export and dynamic imports, and ignores comments', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from '../b/b.js';",
      "export { c } from './c.js';",
      "const d = await import('../d/d.js');",
      'const e = await import(`../../generators/${name}/generator.js`);',
      "// import { f } from './f.js';",
      "/* import { g } from './g.js'; */",
      "import { h } from 'yaml';",
    ].join('\n');
    expect(specifiersOf(text).sort()).toEqual(['../../generators/', '../b/b.js', '../d/d.js', './a.js', './c.js']);
  });

  it('finds an arrow back up and a cycle (hsds -> appconfig while appconfig -> hsds; core -> cli)', () => {
    const found = check([
      ['src/hsds/export.ts', "import type { AppConfig } from '../appconfig/types.js';"],
      ['src/appconfig/types.ts', "import { exportHsds } from '../hsds/export.js';"],
      ['src/review/inputs.ts', "import { readAnswersFile } from '../cli/read.js';"],
      ['src/cli/read.ts', ''],
    ]);
    expect(found).toEqual(expect.arrayContaining([
      'src/hsds/export.ts (domain) imports src/appconfig/types.ts (appconfig): a lower layer imports a higher one',
      'src/review/inputs.ts (review) imports src/cli/read.ts (cli): a lower layer imports a higher one',
      'import cycle between files: src/appconfig/types.ts -> src/hsds/export.ts',
      'import cycle between folders: src/appconfig -> src/hsds',
    ]));
  });

  it('finds a cycle between two folders of one layer', () => {
    const found = check([
      ['src/spreadsheet/a.ts', "import { b } from '../grow/b.js';"],
      ['src/grow/b.ts', "import { c } from '../spreadsheet/c.js';"],
      ['src/spreadsheet/c.ts', ''],
    ]);
    expect(found).toEqual(['import cycle between folders: src/grow -> src/spreadsheet']);
  });
});
