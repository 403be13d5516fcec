import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupThousands } from '../../src/i18n/thousands.js';

describe('groupThousands', () => {
  it('writes whole numbers exactly as the runtime formats them for id-ID and en-GB', () => {
    for (const n of [0, 7, 999, 1000, 2118, 10000, 152000, 1500000, 2 ** 31, Number.MAX_SAFE_INTEGER]) {
      expect(groupThousands(n, 'id')).toBe(n.toLocaleString('id-ID'));
      expect(groupThousands(n, 'en')).toBe(n.toLocaleString('en-GB'));
    }
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(groupThousands(n, 'id')).toBe(n.toLocaleString('id-ID'));
        expect(groupThousands(n, 'en')).toBe(n.toLocaleString('en-GB'));
      }),
    );
  });
});
