import fc from 'fast-check';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import { regionArbitrary } from '../spreadsheet/arbitrary.js';

/** Runs per property: 100 by default, CI sets FC_RUNS=1000. */
export const RUNS = Number(process.env.FC_RUNS ?? 100);

/**
 * A valid region grown to `copies` times its agencies (with their services and counters), so that
 * properties cover 1 to 300 agencies without generating each name separately.
 */
export function scaleRegion(region: RegionAnswers, copies: number): RegionAnswers {
  if (copies <= 1) return region;
  const out = structuredClone(region);
  for (let k = 1; k < copies; k++) {
    const suffix = `-x${k}`;
    for (const agency of region.agencies) {
      const { ticketPrefix: _prefix, ...rest } = agency;
      out.agencies.push({ ...rest, id: agency.id + suffix, name: `${agency.name} ${k}` });
    }
    for (const service of region.services) out.services.push({ ...structuredClone(service), id: service.id + suffix, agency: service.agency + suffix });
    for (const counter of region.counters ?? []) {
      out.counters?.push({ ...counter, id: counter.id + suffix, agency: counter.agency + suffix, services: counter.services.map((s) => s + suffix) });
    }
  }
  return out;
}

/** Mostly small regions, sometimes large ones: 1 to 300 agencies. */
export const agencyTarget = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 1, max: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 13, max: 300 }) },
);

export const scaledRegionArbitrary: fc.Arbitrary<RegionAnswers> = fc
  .tuple(regionArbitrary, agencyTarget)
  .map(([region, target]) => scaleRegion(region, Math.max(1, Math.ceil(target / region.agencies.length))));
