import type { Floor, RegionAnswers } from '../config/region.types.js';
import * as C from './constants.js';
import { agencySeatDemand, backOfficeArea } from './area.js';
import { packFloor, type PackItem } from './packer.js';
import { seatsFor } from './waiting.js';
import type { AgencySizing, AreaProgramme, FloorPlan, LayoutWarning, SizingResult } from './types.js';
import { layoutWarning } from './warnings.js';
import { round } from './round.js';

/** Floors in placement order: the entrance floor first, then the others by level (answers order on ties). */
export function orderFloors(floors: readonly Floor[]): { ordered: Floor[]; entranceMarked: boolean } {
  const indexed = floors.map((floor, index) => ({ floor, index }));
  const byLevel = [...indexed].sort((a, b) => a.floor.level - b.floor.level || a.index - b.index);
  const marked = indexed.find((f) => f.floor.entrance === true);
  const entrance = marked ?? byLevel[0];
  return { ordered: [entrance.floor, ...byLevel.filter((f) => f !== entrance).map((f) => f.floor)], entranceMarked: marked !== undefined };
}

/** Rows of zones are closed by a full-width aisle: a row of depth d takes d + aisle of floor depth. */
function withAisle(depth: number): number {
  return (depth + C.AISLE_WIDTH_M) / depth;
}

/**
 * Floor area an agency takes once packed: its counters and back office share with the aisle in
 * front of their rows, and its waiting seats (seat rows are shallow, so their aisle counts double).
 */
function agencyFootprint(agency: AgencySizing): number {
  const counters = agency.layoutCounters * (C.COUNTER_M2 * withAisle(C.COUNTER_DEPTH_M) + C.BACK_OFFICE_M2_PER_COUNTER * withAisle(C.BACK_OFFICE_DEPTH_M));
  return counters + agencySeatDemand(agency) * C.WAITING_SEAT_M2 * withAisle(C.MIN_WAITING_DEPTH_M);
}

/** Floor area of the entrance floor's shared rows: the entrance row and the facilities row, full width with aisles. */
function entranceFloorFixedArea(floor: Floor): number {
  const entranceRow = Math.max(C.ENTRANCE_DEPTH_M, C.COUNTER_DEPTH_M) + C.AISLE_WIDTH_M;
  const facilitiesRow = Math.max(C.LACTATION_DEPTH_M, C.CHILDREN_CORNER_DEPTH_M, C.MIN_WAITING_DEPTH_M) + C.AISLE_WIDTH_M;
  return floor.width * (entranceRow + facilitiesRow) + C.BACK_OFFICE_MIN_M2 * withAisle(C.BACK_OFFICE_DEPTH_M);
}

/** Share of a floor the greedy assignment fills: rows rarely end flush with the wall. */
export const FLOOR_FILL_RATIO = 0.9;

/**
 * Which floor each agency goes to: the floor of its first explicit counter that names an existing
 * floor; otherwise agencies fill the floors in placement order (answers order) while their
 * footprint fits the floor's area; the last floor takes the rest (the packer reports overflow).
 */
export function assignAgencies(region: RegionAnswers, sizing: SizingResult, ordered: readonly Floor[]): Map<string, string> {
  const floorIds = new Set(ordered.map((f) => f.id));
  const explicit = new Map<string, string>();
  for (const counter of region.counters ?? []) {
    if (counter.floor && floorIds.has(counter.floor) && !explicit.has(counter.agency)) explicit.set(counter.agency, counter.floor);
  }
  const used = new Map<string, number>(ordered.map((f, i) => [f.id, i === 0 ? entranceFloorFixedArea(f) : C.BACK_OFFICE_MIN_M2 * withAisle(C.BACK_OFFICE_DEPTH_M)]));
  const counts = new Map<string, number>(ordered.map((f) => [f.id, 0]));
  const result = new Map<string, string>();
  for (const agency of sizing.agencies) {
    const floor = explicit.get(agency.agency);
    if (floor) {
      result.set(agency.agency, floor);
      used.set(floor, (used.get(floor) ?? 0) + agencyFootprint(agency));
      counts.set(floor, (counts.get(floor) ?? 0) + 1);
    }
  }
  let current = 0;
  for (const agency of sizing.agencies) {
    if (result.has(agency.agency)) continue;
    const need = agencyFootprint(agency);
    while (current < ordered.length - 1) {
      const f = ordered[current];
      const fits = (used.get(f.id) ?? 0) + need <= f.width * f.depth * FLOOR_FILL_RATIO;
      if (fits || (counts.get(f.id) ?? 0) === 0) break;
      current += 1;
    }
    const id = ordered[current].id;
    result.set(agency.agency, id);
    used.set(id, (used.get(id) ?? 0) + need);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return result;
}

/** Waiting area as a rectangle: at least MIN_WAITING_DEPTH_M deep, no wider than the floor. */
function waitingShape(seats: number, floorWidth: number): { width: number; depth: number } {
  const areaM2 = seats * C.WAITING_SEAT_M2;
  const depth = Math.max(C.MIN_WAITING_DEPTH_M, Math.ceil((areaM2 / floorWidth) * 2) / 2);
  const width = Math.min(floorWidth, Math.ceil((areaM2 / depth) * 10) / 10);
  return { width, depth };
}

/** Back office as a band along the back: BACK_OFFICE_DEPTH_M deep, deeper when the floor is narrow. */
function backOfficeShape(areaM2: number, floorWidth: number): { width: number; depth: number } {
  const depth = Math.max(C.BACK_OFFICE_DEPTH_M, Math.ceil((areaM2 / floorWidth) * 10) / 10);
  const width = Math.min(floorWidth, Math.ceil((areaM2 / depth) * 10) / 10);
  return { width, depth };
}

/**
 * Counter blocks of one agency: rows of at most as many counters as the floor is wide. No more rows
 * are made than the floor is deep; counters beyond that go into one last block, which the packer
 * reports as overflow with its whole area. So an absurd demand (tens of thousands of counters)
 * costs as much as the floor has room for, not one object per row.
 */
function agencyBlocks(agency: AgencySizing, floorWidth: number, floorDepth: number): PackItem[] {
  const perRow = Math.max(1, Math.floor(floorWidth / C.COUNTER_WIDTH_M + 1e-9));
  const maxRows = Math.max(1, Math.ceil(floorDepth / C.COUNTER_DEPTH_M));
  const blocks: PackItem[] = [];
  let left = agency.layoutCounters;
  let part = 1;
  while (left > 0) {
    const n = part >= maxRows ? left : Math.min(perRow, left);
    blocks.push({
      id: part === 1 ? `agency-${agency.agency}` : `agency-${agency.agency}-${part}`,
      kind: 'agency-counters',
      agency: agency.agency,
      label: agency.label,
      counters: n,
      width: n * C.COUNTER_WIDTH_M,
      depth: C.COUNTER_DEPTH_M,
    });
    left -= n;
    part += 1;
  }
  return blocks;
}

/** Zones of every floor, with overflow warnings. Deterministic; never throws. */
export function planFloors(region: RegionAnswers, sizing: SizingResult, area: AreaProgramme): { floors: FloorPlan[]; warnings: LayoutWarning[] } {
  const { ordered, entranceMarked } = orderFloors(region.mpp.floors);
  const warnings: LayoutWarning[] = [];
  if (!entranceMarked) {
    warnings.push(layoutWarning('no-entrance-floor', 'info', 'layout.warning.noEntranceFloor', { floor: ordered[0].name }, 'mpp.floors'));
  }
  const assignment = assignAgencies(region, sizing, ordered);
  const byFloor = new Map<string, AgencySizing[]>(ordered.map((f) => [f.id, []]));
  for (const agency of sizing.agencies) byFloor.get(assignment.get(agency.agency) as string)?.push(agency);

  const floors = ordered.map((floor, index): FloorPlan => {
    const isEntrance = index === 0;
    const agencies = byFloor.get(floor.id) ?? [];
    const items: PackItem[] = [];
    const fid = floor.id;
    if (isEntrance) {
      items.push({ id: `entrance-${fid}`, kind: 'entrance', width: C.ENTRANCE_WIDTH_M, depth: C.ENTRANCE_DEPTH_M });
      items.push({ id: `information-desk-${fid}`, kind: 'information-desk', width: C.INFORMATION_DESK_WIDTH_M, depth: C.INFORMATION_DESK_DEPTH_M });
      const perRow = Math.max(1, Math.floor(floor.width / C.KIOSK_WIDTH_M + 1e-9));
      for (let left = area.ticketKiosks, part = 1; left > 0; part += 1) {
        const n = Math.min(perRow, left);
        items.push({ id: part === 1 ? `ticket-kiosk-${fid}` : `ticket-kiosk-${fid}-${part}`, kind: 'ticket-kiosk', counters: n, width: n * C.KIOSK_WIDTH_M, depth: C.KIOSK_DEPTH_M });
        left -= n;
      }
      items.push({ id: `priority-counter-${fid}`, kind: 'priority-counter', counters: 1, width: C.COUNTER_WIDTH_M, depth: C.COUNTER_DEPTH_M });
      items.push({ id: `complaint-desk-${fid}`, kind: 'complaint-desk', width: C.COUNTER_WIDTH_M, depth: C.COUNTER_DEPTH_M });
    }
    const seats = agencies.length > 0 || isEntrance ? seatsFor(agencies) : 0;
    if (seats > 0) {
      const shape = waitingShape(seats, floor.width);
      items.push({ id: `waiting-area-${fid}`, kind: 'waiting-area', seats, ...shape, breakBefore: items.length > 0 });
    }
    if (isEntrance) {
      items.push({ id: `children-corner-${fid}`, kind: 'children-corner', width: C.CHILDREN_CORNER_WIDTH_M, depth: C.CHILDREN_CORNER_DEPTH_M });
      items.push({ id: `lactation-room-${fid}`, kind: 'lactation-room', width: C.LACTATION_WIDTH_M, depth: C.LACTATION_DEPTH_M });
      for (let n = 1; n <= C.ACCESSIBLE_TOILETS; n++) {
        items.push({ id: `accessible-toilet-${fid}-${n}`, kind: 'accessible-toilet', width: C.ACCESSIBLE_TOILET_WIDTH_M, depth: C.ACCESSIBLE_TOILET_DEPTH_M });
      }
    }
    let first = true;
    let counters = 0;
    for (const agency of agencies) {
      for (const block of agencyBlocks(agency, floor.width, floor.depth)) {
        items.push(first ? { ...block, breakBefore: true } : block);
        first = false;
      }
      counters += agency.layoutCounters;
    }
    if (agencies.length > 0) {
      const shape = backOfficeShape(backOfficeArea(counters), floor.width);
      items.push({ id: `back-office-${fid}`, kind: 'back-office', ...shape, breakBefore: true });
    }
    const packed = packFloor(items, floor.width, floor.depth, fid);
    if (packed.overflow.length > 0) {
      const names = packed.overflow.slice(0, 5).map((o) => o.id).join(', ') + (packed.overflow.length > 5 ? ', …' : '');
      const lost = round(packed.overflow.reduce((s, o) => s + o.area, 0), 2);
      warnings.push(
        layoutWarning('zone-overflow', 'warning', 'layout.warning.zoneOverflow', { floor: floor.name, count: packed.overflow.length, area: lost, zones: names }, `mpp.floors[${region.mpp.floors.indexOf(floor)}]`),
      );
    }
    return {
      floor: floor.id,
      name: floor.name,
      level: floor.level,
      width: floor.width,
      depth: floor.depth,
      entrance: isEntrance,
      zones: packed.zones,
      overflow: packed.overflow,
    };
  });
  return { floors, warnings };
}
