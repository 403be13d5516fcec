import { readdirSync, readFileSync } from 'node:fs';
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

describe('the precompiled validators (one per shipped schema)', async () => {
  // @ts-expect-error plain ESM script without types
  const { targets: validators, generate: generateValidator } = await import('../../scripts/gen-validators.mjs');
  it('cover every schema in schemas/', () => {
    const schemas = readdirSync(join(ROOT, 'schemas')).filter((f) => f.endsWith('.schema.json')).map((f) => `schemas/${f}`);
    expect((validators as Array<{ schema: string }>).map((t) => t.schema).sort()).toEqual(schemas.sort());
  });
  for (const target of validators as Array<{ schema: string; out: string }>) {
    it(`${target.out} is up to date with ${target.schema}`, () => {
      expect(readFileSync(join(ROOT, target.out), 'utf8')).toBe(generateValidator(target));
    });
  }
});

describe('the precompiled Handlebars templates', () => {
  it('src/generated/templates.ts is up to date with templates/ and covers every template', async () => {
    // @ts-expect-error plain ESM script without types
    const { target, generate, templatePaths } = await import('../../scripts/gen-templates.mjs');
    expect(readFileSync(join(ROOT, target.out), 'utf8')).toBe(generate());
    const { TEMPLATE_SPECS } = await import('../../src/generated/templates.js');
    expect(Object.keys(TEMPLATE_SPECS)).toEqual(templatePaths());
  });
});
