import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateRegion } from '../../src/config/load.js';
import { regionArbitrary } from './arbitrary.js';

describe('regionArbitrary', () => {
  it('generates regions that pass the schema and the cross-reference rules', () => {
    fc.assert(
      fc.property(regionArbitrary, (region) => {
        const result = validateRegion(region, { lang: 'en' });
        if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
        expect(result.ok).toBe(true);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 200) },
    );
  });
});
