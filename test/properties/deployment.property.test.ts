import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadRegionText, validateRegion } from '../../src/config/load.js';
import { buildDeployment } from '../../src/deployment/build.js';
import { manifestOf } from '../../src/deployment/manifest.js';
import { createAjv } from '../../src/config/ajv.js';
import { CHECKLIST_SCHEMA } from '../../src/checklist/index.js';
import layoutSchema from '../../schemas/layout.schema.json' with { type: 'json' };
import appConfigSchema from '../../schemas/app-config.schema.json' with { type: 'json' };
import regionSchema from '../../schemas/region.schema.json' with { type: 'json' };
import { RUNS, scaledRegionArbitrary } from './scale.js';

const ajv = createAjv();
ajv.addSchema(regionSchema as object);
const validators = {
  'checklist/checklist.yaml': ajv.compile(CHECKLIST_SCHEMA as object),
  'layout/layout.yaml': ajv.compile(layoutSchema as object),
  'app/app-config.json': ajv.compile(appConfigSchema as object),
};


describe('any valid region (1 to 300 agencies, Unicode and hostile names)', () => {
  it(`validates, generates without throwing, twice byte-identical, structured outputs schema-valid (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(scaledRegionArbitrary, async (input) => {
        const loaded = loadRegionText(stringify(input), { lang: 'en', file: 'mpp.yaml' });
        if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues.slice(0, 3)));
        // The first run is kept as hashes only, so that a 300-agency region does not hold two
        // whole deployments in memory at once.
        const firstHashes = manifestOf((await buildDeployment(loaded.value, { lang: 'id' })).files);
        const first = await buildDeployment(loaded.value, { lang: 'id' });
        expect(manifestOf(first.files)).toEqual(firstHashes);
        for (const [path, validate] of Object.entries(validators)) {
          const text = first.files[path] as string;
          const data = path.endsWith('.json') ? JSON.parse(text) : parse(text);
          expect(validate(data), `${path}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
        }
        // The written answers load back to the same region.
        const again = loadRegionText(first.files['mpp.yaml'] as string, { lang: 'en' });
        expect(again.ok && JSON.stringify(again.value)).toBe(JSON.stringify(loaded.value));
      }),
      { numRuns: RUNS },
    );
  }, 3_600_000);
});

type Mutation = 'wrong-type' | 'remove-required' | 'dangling-agency' | 'dangling-counter-service' | 'duplicate-agency' | 'duplicate-service';

function leafPaths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...prefix, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
  return [prefix];
}

function setAt(target: Record<string, unknown>, path: Array<string | number>, value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
}

// What a region must give (the rest is optional: derived from names, or estimated by the complete stage).
const REQUIRED = [['region', 'name'], ['region', 'kind'], ['region', 'province'], ['mpp', 'name'], ['mpp', 'organiser'], ['agencies', 0, 'name'], ['services', 0, 'name'], ['services', 0, 'agency'], ['schemaVersion']];

function mutate(region: Record<string, unknown>, mutation: Mutation, pick: number): void {
  const data = region as { agencies: Array<{ id: string }>; services: Array<{ id: string; agency: string }>; counters?: Array<{ services: string[] }> };
  switch (mutation) {
    case 'wrong-type': {
      const leaves = leafPaths(region);
      setAt(region, leaves[pick % leaves.length], { unexpected: [1, 2] });
      break;
    }
    case 'remove-required': {
      const path = REQUIRED[pick % REQUIRED.length];
      let node = region as Record<string | number, unknown>;
      for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
      delete node[path[path.length - 1]];
      break;
    }
    case 'dangling-agency':
      data.services[pick % data.services.length].agency = 'tidak-ada-instansi';
      break;
    case 'dangling-counter-service':
      if (data.counters?.length) data.counters[pick % data.counters.length].services.push('tidak-ada-layanan');
      else data.services[0].agency = 'tidak-ada-instansi';
      break;
    case 'duplicate-agency':
      data.agencies.push({ ...data.agencies[pick % data.agencies.length] });
      break;
    case 'duplicate-service':
      data.services.push({ ...data.services[pick % data.services.length] });
      break;
  }
}

describe('any broken variant of a valid region', () => {
  it(`ends in typed issues with field paths, never an exception (${RUNS} runs)`, () => {
    const mutations: Mutation[] = ['wrong-type', 'remove-required', 'dangling-agency', 'dangling-counter-service', 'duplicate-agency', 'duplicate-service'];
    fc.assert(
      fc.property(scaledRegionArbitrary, fc.constantFrom(...mutations), fc.nat(), fc.constantFrom('id' as const, 'en' as const), (region, mutation, pick) => {
        const broken = structuredClone(region) as unknown as Record<string, unknown>;
        mutate(broken, mutation, pick);
        const text = stringify(broken);
        const result = loadRegionText(text, { lang: 'en', file: 'mpp.yaml' });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          expect(typeof issue.code).toBe('string');
          expect(issue.message.length).toBeGreaterThan(0);
        }
        expect(result.issues.some((issue) => issue.path.length > 0 && issue.line !== undefined)).toBe(true);
        // The same data without YAML fails the same way (no exception either).
        expect(validateRegion(parse(text), { lang: 'id' }).ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  }, 3_600_000);
});
