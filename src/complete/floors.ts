import type { Floor } from '../generated/region.types.js';
import { sizeCounters } from '../layout/sizing.js';
import { areaProgramme } from '../layout/area.js';
import { planFloors } from '../layout/floorplan.js';
import { round } from '../numbers/round.js';
import type { Lang } from '../i18n/types.js';
import { DERIVED_FLOOR_ASPECT, DERIVED_FLOOR_ATTEMPTS, DERIVED_FLOOR_GROWTH } from './defaults.js';
import { both, estimated } from './provenance.js';
import type { CompletedRegion, Provenance } from '../config/completed-region.js';

/** Largest floor side the schema accepts (metres). */
const MAX_SIDE_M = 1000;

/**
 * The building the region did not describe: one floor, as small as the area programme allows, that
 * the floor plan fits without overflow (grown step by step until it does, within the schema's
 * limits). Width over depth follows DERIVED_FLOOR_ASPECT; sides are whole metres. Pure.
 */
export function deriveFloors(region: CompletedRegion, lang: Lang): { floors: Floor[]; provenance: Provenance } {
  const sizing = sizeCounters(region);
  const area = areaProgramme({ ...region, mpp: { ...region.mpp, floors: [] } }, sizing);
  let width = Math.min(MAX_SIDE_M, Math.max(1, Math.ceil(Math.sqrt(area.neededArea * DERIVED_FLOOR_ASPECT))));
  let depth = Math.min(MAX_SIDE_M, Math.max(1, Math.ceil(width / DERIVED_FLOOR_ASPECT)));
  const floorOf = (w: number, d: number): Floor => ({ id: 'lt1', name: both('provenance.derivedFloorName')[lang], level: 1, width: w, depth: d, entrance: true });
  for (let attempt = 0; attempt < DERIVED_FLOOR_ATTEMPTS; attempt++) {
    const candidate = { ...region, mpp: { ...region.mpp, floors: [floorOf(width, depth)] } };
    const fits = planFloors(candidate, sizing, areaProgramme(candidate, sizing)).floors.every((f) => f.overflow.length === 0);
    if (fits || (width >= MAX_SIDE_M && depth >= MAX_SIDE_M)) break;
    width = Math.min(MAX_SIDE_M, Math.ceil(width * DERIVED_FLOOR_GROWTH));
    depth = Math.min(MAX_SIDE_M, Math.ceil(depth * DERIVED_FLOOR_GROWTH));
  }
  const note = both('provenance.floorsDerived', { width, depth, area: round(area.neededArea, 0) });
  return { floors: [floorOf(width, depth)], provenance: estimated('program-ruang', note) };
}
