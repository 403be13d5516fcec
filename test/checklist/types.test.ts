import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without type declarations
import { generate } from '../../scripts/gen-types.mjs';
import { root } from './helpers.js';

/** The checklist's TypeScript types are generated from its schemas; this fails when one is stale. */
const TARGETS = [
  { schema: 'schemas/checklist.schema.json', out: 'src/generated/checklist.types.ts' },
  { schema: 'schemas/checklist-catalogue.schema.json', out: 'src/generated/catalogue.types.ts' },
  { schema: 'schemas/rules.schema.json', out: 'src/generated/rules.types.ts' },
];

describe('generated checklist types', () => {
  for (const target of TARGETS) {
    it(`${target.out} matches ${target.schema}`, async () => {
      const expected = (await generate(target)) as string;
      expect(readFileSync(join(root, target.out), 'utf8')).toBe(expected);
    });
  }
});
