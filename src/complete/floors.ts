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

/** Floor sides (whole metres) that hold the region's floor plan on `count` equal floors, and the area the plan needs. */
export interface FloorFit {
  width: number;
  depth: number;
  /** Floor area the area programme needs (m², all floors together). */
  neededArea: number;
}

/**
 * The smallest equal floors, `count` of them, that the floor plan fits without overflow: sides from
 * the area programme's need shared among the floors (width over depth DERIVED_FLOOR_ASPECT), grown
 * step by step until the plan fits, within the schema's limits. Sides are whole metres. Pure.
 */
export function fittingFloorSize(region: CompletedRegion, count = 1): FloorFit {
  const floors = Math.max(1, Math.floor(count));
  const sizing = sizeCounters(region);
  const area = areaProgramme({ ...region, mpp: { ...region.mpp, floors: [] } }, sizing);
  let width = Math.min(MAX_SIDE_M, Math.max(1, Math.ceil(Math.sqrt((area.neededArea / floors) * DERIVED_FLOOR_ASPECT))));
  let depth = Math.min(MAX_SIDE_M, Math.max(1, Math.ceil(width / DERIVED_FLOOR_ASPECT)));
  const floorsOf = (w: number, d: number): Floor[] => Array.from({ length: floors }, (_, i) => ({ id: `lt${i + 1}`, name: `${i + 1}`, level: i + 1, width: w, depth: d, ...(i === 0 ? { entrance: true } : {}) }));
  for (let attempt = 0; attempt < DERIVED_FLOOR_ATTEMPTS; attempt++) {
    const candidate = { ...region, mpp: { ...region.mpp, floors: floorsOf(width, depth) } };
    const fits = planFloors(candidate, sizing, areaProgramme(candidate, sizing)).floors.every((f) => f.overflow.length === 0);
    if (fits || (width >= MAX_SIDE_M && depth >= MAX_SIDE_M)) break;
    width = Math.min(MAX_SIDE_M, Math.ceil(width * DERIVED_FLOOR_GROWTH));
    depth = Math.min(MAX_SIDE_M, Math.ceil(depth * DERIVED_FLOOR_GROWTH));
  }
  return { width, depth, neededArea: area.neededArea };
}

/** True when the region's own floors hold its floor plan without overflow. Pure. */
export function floorsFit(region: CompletedRegion): boolean {
  const sizing = sizeCounters(region);
  return planFloors(region, sizing, areaProgramme(region, sizing)).floors.every((f) => f.overflow.length === 0);
}

/**
 * The building the region did not describe: one floor, as small as the area programme allows, that
 * the floor plan fits without overflow (fittingFloorSize). Pure.
 */
export function deriveFloors(region: CompletedRegion, lang: Lang): { floors: Floor[]; provenance: Provenance } {
  const { width, depth, neededArea } = fittingFloorSize(region, 1);
  const note = both('provenance.floorsDerived', { width, depth, area: round(neededArea, 0) });
  return { floors: [{ id: 'lt1', name: both('provenance.derivedFloorName')[lang], level: 1, width, depth, entrance: true }], provenance: estimated('program-ruang', note) };
}
