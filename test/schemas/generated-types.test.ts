import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { targets, generate } from '../../scripts/gen-types.mjs';
import { ROOT } from '../helpers/cli.js';

describe('TypeScript types derived from the JSON Schemas', () => {
  for (const target of targets as Array<{ schema: string; out: string }>) {
    it(`${target.out} is up to date with ${target.schema}`, async () => {
      const expected = await generate(target);
      expect(readFileSync(join(ROOT, target.out), 'utf8')).toBe(expected);
    });
  }
});

describe('the precompiled region validator', () => {
  it('is up to date with the schema', async () => {
    // @ts-expect-error plain ESM script without types
    const { target, generate } = await import('../../scripts/gen-validators.mjs');
    expect(readFileSync(join(ROOT, target.out), 'utf8')).toBe(generate());
  });
});
