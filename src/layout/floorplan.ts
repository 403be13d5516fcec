import type { Floor } from '../generated/region.types.js';
import type { CompletedRegion } from '../config/completed-region.js';
import * as C from './constants.js';
import { agencySeatDemand, backOfficeArea } from './area.js';
import { seatsFor } from './waiting.js';
import { facilityChoice, type FacilityChoice } from './facilities.js';
import type { AgencySizing, AreaProgramme, FloorPlan, LayoutWarning, OverflowItem, SimulatedWaiting, SizingResult, Zone, ZoneKind } from './types.js';
import { layoutWarning } from './warnings.js';
import { round } from '../numbers/round.js';

/** Floors in placement order: the entrance floor first, then the others by level (answers order on ties). */
export function orderFloors(floors: readonly Floor[]): { ordered: Floor[]; entranceMarked: boolean } {
  const indexed = floors.map((floor, index) => ({ floor, index }));
  const byLevel = [...indexed].sort((a, b) => a.floor.level - b.floor.level || a.index - b.index);
  const marked = indexed.find((f) => f.floor.entrance === true);
  const entrance = marked ?? byLevel[0];
  return { ordered: [entrance.floor, ...byLevel.filter((f) => f !== entrance).map((f) => f.floor)], entranceMarked: marked !== undefined };
}

/** Width of one counter module: a self-service kiosk is narrower than a staffed counter. */
function moduleWidth(mode: string | undefined): number {
  return mode === 'kios' ? C.KIOSK_WIDTH_M : C.COUNTER_WIDTH_M;
}

/** Agencies in placement order: the busiest first (peak arrivals), answers order on ties. */
export function placementOrder(sizing: SizingResult): AgencySizing[] {
  return sizing.agencies.map((a, i) => ({ a, i })).sort((x, y) => y.a.arrivalsPerHour - x.a.arrivalsPerHour || x.i - y.i).map((x) => x.a);
}

/**
 * Which floor each agency starts on: the floor of its first explicit counter that names an existing
 * floor; otherwise none (placed busiest-first from the entrance floor up, see planFloors).
 */
export function assignAgencies(region: CompletedRegion, ordered: readonly Floor[]): Map<string, string> {
  const floorIds = new Set(ordered.map((f) => f.id));
  const explicit = new Map<string, string>();
  for (const counter of region.counters ?? []) {
    if (counter.floor && floorIds.has(counter.floor) && !explicit.has(counter.agency)) explicit.set(counter.agency, counter.floor);
  }
  return explicit;
}

/** A run of counters still to place: one agency's counters from `part` on. */
interface Piece {
  agency: AgencySizing;
  counters: number;
  part: number;
  module: number;
}

interface FloorContext {
  floor: Floor;
  isEntrance: boolean;
  zones: Zone[];
  overflow: OverflowItem[];
  /** Width of the bays (left of the spine aisle) and the x of the spine. */
  bayWidth: number;
  spineX: number;
  /** Front edge of the next bay (its aisle is in front of it). */
  cursor: number;
}

const zone = (z: Omit<Zone, 'area'>): Zone => ({ ...z, x: round(z.x), y: round(z.y), width: round(z.width), depth: round(z.depth), area: round(z.width * z.depth) });
const lost = (id: string, kind: ZoneKind, area: number, agency?: string): OverflowItem => ({ id, kind, area: round(area), ...(agency !== undefined ? { agency } : {}) });

/**
 * The service core along the right wall: stairs and lift at the back (the same place on every floor),
 * then, on the entrance floor, toilets, lactation room, prayer room, first aid and children's corner
 * as far as the column is deep; what does not fit is overflow.
 */
function placeCore(ctx: FloorContext, facilities: FacilityChoice, columnX: number): Array<{ id: string; kind: ZoneKind; depth: number }> {
  const { floor } = ctx;
  const fid = floor.id;
  const items: Array<{ id: string; kind: ZoneKind; depth: number }> = [];
  if (facilities.drawn('stairs')) items.push({ id: `stairs-${fid}`, kind: 'stairs', depth: C.STAIRS_DEPTH_M });
  if (facilities.drawn('lift')) items.push({ id: `lift-${fid}`, kind: 'lift', depth: C.LIFT_DEPTH_M });
  if (ctx.isEntrance) {
    if (facilities.drawn('accessible-toilet')) for (let n = 1; n <= C.ACCESSIBLE_TOILETS; n++) items.push({ id: `accessible-toilet-${fid}-${n}`, kind: 'accessible-toilet', depth: C.CORE_TOILET_DEPTH_M });
    if (facilities.drawn('lactation-room')) items.push({ id: `lactation-room-${fid}`, kind: 'lactation-room', depth: C.LACTATION_DEPTH_M });
    if (facilities.drawn('prayer-room')) items.push({ id: `prayer-room-${fid}`, kind: 'prayer-room', depth: C.PRAYER_ROOM_DEPTH_M });
    if (facilities.drawn('first-aid')) items.push({ id: `first-aid-${fid}`, kind: 'first-aid', depth: C.FIRST_AID_DEPTH_M });
    if (facilities.drawn('children-corner')) items.push({ id: `children-corner-${fid}`, kind: 'children-corner', depth: C.CHILDREN_CORNER_DEPTH_M });
  }
  let y = 0;
  const left: Array<{ id: string; kind: ZoneKind; depth: number }> = [];
  // Rooms stop before the entrance strip's depth on the entrance floor (the lobby's neighbour stays free).
  const limit = floor.depth;
  for (const item of items) {
    const required = facilities.requiredBy(item.kind);
    if (columnX < 0 || y + item.depth > limit + 1e-9) {
      if (item.kind === 'stairs' || item.kind === 'lift' || columnX < 0) ctx.overflow.push(lost(item.id, item.kind, C.CORE_WIDTH_M * item.depth));
      else left.push(item);
      continue;
    }
    ctx.zones.push(zone({ id: item.id, kind: item.kind, x: columnX, y, width: C.CORE_WIDTH_M, depth: item.depth, ...(required ? { requiredBy: required } : {}) }));
    y += item.depth;
  }
  return left;
}

/**
 * The entrance strip along the front wall: the lobby (with the door) in front of the spine aisle,
 * then, to its left, the information desk, the ticket kiosks, the priority counter, the complaint desk
 * and the shared payment counters, with the entrance hall (an accessible aisle) behind them.
 */
function placeEntranceStrip(ctx: FloorContext, region: CompletedRegion, facilities: FacilityChoice, area: AreaProgramme, rooms: Array<{ id: string; kind: ZoneKind; depth: number }>): void {
  const { floor } = ctx;
  const fid = floor.id;
  const front = floor.depth - C.ENTRANCE_STRIP_DEPTH_M;
  const lobbyX = Math.max(0, ctx.spineX + C.AISLE_WIDTH_M - C.ENTRANCE_WIDTH_M);
  if (front < 0 || lobbyX + C.ENTRANCE_WIDTH_M > floor.width + 1e-9) {
    ctx.overflow.push(lost(`entrance-${fid}`, 'entrance', C.ENTRANCE_WIDTH_M * C.ENTRANCE_DEPTH_M));
    return;
  }
  ctx.zones.push(zone({ id: `entrance-${fid}`, kind: 'entrance', x: lobbyX, y: floor.depth - C.ENTRANCE_DEPTH_M, width: C.ENTRANCE_WIDTH_M, depth: C.ENTRANCE_DEPTH_M }));
  const desks: Array<{ id: string; kind: ZoneKind; width: number; depth: number; counters?: number }> = [];
  if (facilities.drawn('information-desk')) desks.push({ id: `information-desk-${fid}`, kind: 'information-desk', width: C.INFORMATION_DESK_WIDTH_M, depth: C.INFORMATION_DESK_DEPTH_M });
  if (facilities.drawn('ticket-kiosk') && area.ticketKiosks > 0) desks.push({ id: `ticket-kiosk-${fid}`, kind: 'ticket-kiosk', width: area.ticketKiosks * C.KIOSK_WIDTH_M, depth: C.KIOSK_DEPTH_M, counters: area.ticketKiosks });
  if (facilities.drawn('priority-counter')) desks.push({ id: `priority-counter-${fid}`, kind: 'priority-counter', width: C.COUNTER_WIDTH_M, depth: C.COUNTER_DEPTH_M, counters: 1 });
  if (facilities.drawn('complaint-desk')) desks.push({ id: `complaint-desk-${fid}`, kind: 'complaint-desk', width: C.COUNTER_WIDTH_M, depth: C.COUNTER_DEPTH_M });
  const payment = region.mpp.payment;
  if (payment && payment.counters > 0) desks.push({ id: `payment-counters-${fid}`, kind: 'payment-counters', width: payment.counters * C.COUNTER_WIDTH_M, depth: C.COUNTER_DEPTH_M, counters: payment.counters });
  // Rooms the service core had no depth for sit at the far end of the strip.
  for (const room of rooms) desks.push({ id: room.id, kind: room.kind, width: C.CORE_WIDTH_M, depth: Math.min(room.depth, C.ENTRANCE_STRIP_DEPTH_M) });
  let right = lobbyX;
  for (const desk of desks) {
    const required = facilities.requiredBy(desk.kind);
    if (right - desk.width < -1e-9) {
      ctx.overflow.push(lost(desk.id, desk.kind, desk.width * desk.depth));
      continue;
    }
    right -= desk.width;
    ctx.zones.push(zone({ id: desk.id, kind: desk.kind, x: right, y: floor.depth - desk.depth, width: desk.width, depth: desk.depth, ...(desk.counters !== undefined ? { counters: desk.counters } : {}), ...(required ? { requiredBy: required } : {}) }));
  }
  // The entrance hall: an accessible aisle across the bays and the spine, behind the strip.
  const hallY = front - C.AISLE_WIDTH_M;
  if (hallY >= 0) ctx.zones.push(zone({ id: `aisle-${fid}-hall`, kind: 'circulation', x: 0, y: hallY, width: ctx.spineX + C.AISLE_WIDTH_M, depth: C.AISLE_WIDTH_M }));
  ctx.cursor = Math.max(0, hallY);
}

function waitingDepth(seats: number, width: number): number {
  return Math.max(C.MIN_WAITING_DEPTH_M, Math.ceil(((seats * C.WAITING_SEAT_M2) / Math.max(width, 1e-9)) * 2) / 2);
}

/** Rows of counters from the queue: agencies side by side, busiest first; only an agency wider than a whole row is split. */
function formRows(queue: readonly Piece[], rowWidth: number, maxRows: number): { rows: Piece[][]; rest: Piece[] } {
  const rows: Piece[][] = [];
  const pending = [...queue];
  let row: Piece[] = [];
  let width = 0;
  while (pending.length > 0 && rows.length < maxRows) {
    const next = pending[0];
    const fit = Math.floor((rowWidth - width) / next.module + 1e-9);
    if (fit >= next.counters) {
      row.push(next);
      width += next.counters * next.module;
      pending.shift();
      continue;
    }
    const wholeRow = Math.floor(rowWidth / next.module + 1e-9);
    if (wholeRow <= 0) {
      // Not even one counter fits a row: nothing more can be formed.
      break;
    }
    if (row.length > 0 && next.counters <= wholeRow) {
      // It fits a fresh row whole: fill this row's rest with the next agencies that fit it whole
      // (a short look-ahead), then close it rather than split the agency.
      const room = rowWidth - width;
      const filler = pending.slice(1, 60).findIndex((p) => p.counters * p.module <= room + 1e-9);
      if (filler >= 0) {
        const [taken] = pending.splice(filler + 1, 1);
        row.push(taken);
        width += taken.counters * taken.module;
        continue;
      }
      rows.push(row);
      row = [];
      width = 0;
      continue;
    }
    if (fit > 0) {
      row.push({ ...next, counters: fit });
      pending[0] = { ...next, counters: next.counters - fit, part: next.part + 1 };
    }
    rows.push(row);
    row = [];
    width = 0;
  }
  if (row.length > 0) rows.push(row);
  return { rows, rest: pending };
}

const rowWidthOf = (row: readonly Piece[]): number => row.reduce((s, p) => s + p.counters * p.module, 0);

/**
 * Counter rows, front to back, in pairs: a row faces the aisle in front of it (waiting zone, then its
 * counters), the next row stands back to back with it across a shared back office and faces the aisle
 * behind (its counters, its waiting zone, then that aisle, which the next pair faces in turn):
 * aisle | waiting | counters | back office | counters | waiting | aisle | ...
 * Rows that do not fit the floor's depth come back as pieces for the next floor.
 */
function placeBays(ctx: FloorContext, queue: Piece[], seatShare: (agency: AgencySizing, counters: number) => number): Piece[] {
  const { floor } = ctx;
  const fid = floor.id;
  // No more rows are formed than the floor is deep (bounded work on absurd demand).
  const maxRows = Math.ceil(floor.depth / (C.COUNTER_DEPTH_M + C.MIN_WAITING_DEPTH_M)) + 1;
  const { rows, rest: unformed } = formRows(queue, ctx.bayWidth, maxRows);
  const aisle = (id: string, y: number): void => {
    // Up to the spine aisle, which it opens onto.
    ctx.zones.push(zone({ id: `aisle-${fid}-${id}`, kind: 'circulation', x: 0, y, width: ctx.spineX, depth: C.AISLE_WIDTH_M }));
  };
  let cursor = ctx.cursor;
  if (!ctx.isEntrance && rows.length > 0 && cursor - C.AISLE_WIDTH_M >= 0) {
    cursor -= C.AISLE_WIDTH_M;
    aisle('front', cursor);
  }
  let placed = 0;
  let office: Zone | undefined;
  for (const [i, row] of rows.entries()) {
    const width = rowWidthOf(row);
    const seats = Math.max(C.MIN_BAY_SEATS, Math.ceil(row.reduce((sum, p) => sum + seatShare(p.agency, p.counters), 0) - 1e-9));
    // Waiting zones span the whole bay, so each one also opens onto the spine aisle at its end.
    const wDepth = waitingDepth(seats, ctx.bayWidth);
    const facingFront = i % 2 === 0;
    const need = facingFront ? wDepth + C.COUNTER_DEPTH_M + C.BACK_OFFICE_DEPTH_M : C.COUNTER_DEPTH_M + wDepth;
    if (cursor - need < -1e-9) break;
    const n = i + 1;
    const blocks = (y: number): void => {
      let x = 0;
      for (const piece of row) {
        const w = piece.counters * piece.module;
        const id = piece.part === 1 ? `agency-${piece.agency.agency}` : `agency-${piece.agency.agency}-${piece.part}`;
        ctx.zones.push(zone({ id, kind: 'agency-counters', x, y, width: w, depth: C.COUNTER_DEPTH_M, agency: piece.agency.agency, label: piece.agency.label, counters: piece.counters, facing: facingFront ? 'front' : 'back' }));
        x += w;
      }
    };
    if (facingFront) {
      ctx.zones.push(zone({ id: `waiting-area-${fid}-${n}`, kind: 'waiting-area', x: 0, y: cursor - wDepth, width: ctx.bayWidth, depth: wDepth, seats }));
      blocks(cursor - wDepth - C.COUNTER_DEPTH_M);
      office = zone({ id: `back-office-${fid}-${n}`, kind: 'back-office', x: 0, y: cursor - need, width, depth: C.BACK_OFFICE_DEPTH_M });
      ctx.zones.push(office);
    } else {
      blocks(cursor - C.COUNTER_DEPTH_M);
      ctx.zones.push(zone({ id: `waiting-area-${fid}-${n}`, kind: 'waiting-area', x: 0, y: cursor - C.COUNTER_DEPTH_M - wDepth, width: ctx.bayWidth, depth: wDepth, seats }));
      if (office && width > office.width) {
        office.width = round(width);
        office.area = round(width * office.depth);
      }
    }
    cursor -= need;
    placed += 1;
    if (!facingFront && i + 1 < rows.length) {
      // The aisle behind a back-facing row serves it and the next pair; without room for both, stop here.
      const next = rows[i + 1];
      const nextSeats = Math.max(C.MIN_BAY_SEATS, Math.ceil(next.reduce((sum, p) => sum + seatShare(p.agency, p.counters), 0) - 1e-9));
      const nextNeed = waitingDepth(nextSeats, ctx.bayWidth) + C.COUNTER_DEPTH_M + C.BACK_OFFICE_DEPTH_M;
      if (cursor - C.AISLE_WIDTH_M - nextNeed < -1e-9) break;
      cursor -= C.AISLE_WIDTH_M;
      aisle(String(n), cursor);
    }
  }
  ctx.cursor = cursor;
  return [...rows.slice(placed).flat(), ...unformed];
}

/**
 * Zones of every floor, with overflow warnings. The busiest agencies go on the entrance floor; each
 * floor has its stairs and lift in the same core column when the MPP has several floors; an
 * accessible spine aisle beside the core joins the entrance hall (or the lift) to every bay's aisle.
 * Deterministic; never throws; bounded by the floors' size, not by the counters asked for.
 */
export function planFloors(region: CompletedRegion, sizing: SizingResult, area: AreaProgramme, simulated?: SimulatedWaiting): { floors: FloorPlan[]; warnings: LayoutWarning[] } {
  const { ordered, entranceMarked } = orderFloors(region.mpp.floors);
  const warnings: LayoutWarning[] = [];
  if (!entranceMarked) warnings.push(layoutWarning('no-entrance-floor', 'info', 'layout.warning.noEntranceFloor', { floor: ordered[0].name }, 'mpp.floors'));
  const facilities = facilityChoice(region);
  const explicit = assignAgencies(region, ordered);
  const modeOf = new Map(region.agencies.map((a) => [a.id, a.serviceMode]));
  const piece = (a: AgencySizing): Piece => ({ agency: a, counters: a.layoutCounters, part: 1, module: moduleWidth(modeOf.get(a.agency)) });
  const order = placementOrder(sizing).filter((a) => a.layoutCounters > 0);
  let carried: Piece[] = order.filter((a) => !explicit.has(a.agency)).map(piece);

  // Waiting seats per floor follow the joint 95th percentile of the floor's agencies; a bay takes its
  // share in proportion to its agencies' own percentiles (for the counters it holds). With a simulated
  // day, a floor takes its agencies' share (by their own simulated percentiles) of the building's seats.
  const demandOf = (agency: AgencySizing): number => (simulated ? (simulated.agencies[agency.agency] ?? 0) : agencySeatDemand(agency));
  const allDemand = simulated ? sizing.agencies.reduce((s, a) => s + demandOf(a), 0) : 0;
  const jointOf = (agencies: AgencySizing[]): number => {
    if (agencies.length === 0) return 0;
    if (!simulated) return seatsFor(agencies);
    const own = agencies.reduce((s, a) => s + demandOf(a), 0);
    return allDemand > 0 ? (area.waitingSeats * own) / allDemand : 0;
  };
  const seatShareFor = (agencies: AgencySizing[]) => {
    const joint = jointOf(agencies);
    const own = agencies.reduce((s, a) => s + demandOf(a), 0);
    const scale = own > 0 ? joint / own : 0;
    return (agency: AgencySizing, counters: number): number => demandOf(agency) * scale * (agency.layoutCounters > 0 ? counters / agency.layoutCounters : 0);
  };

  const floors = ordered.map((floor, index): FloorPlan => {
    const isEntrance = index === 0;
    const usable = floor.width >= C.CORE_WIDTH_M + C.AISLE_WIDTH_M + C.COUNTER_WIDTH_M;
    const spineX = usable ? floor.width - C.CORE_WIDTH_M - C.AISLE_WIDTH_M : floor.width;
    const ctx: FloorContext = { floor, isEntrance, zones: [], overflow: [], bayWidth: usable ? spineX : floor.width, spineX, cursor: floor.depth };
    const rooms = placeCore(ctx, facilities, usable ? floor.width - C.CORE_WIDTH_M : -1);
    if (isEntrance) placeEntranceStrip(ctx, region, facilities, area, rooms);
    else for (const room of rooms) ctx.overflow.push(lost(room.id, room.kind, C.CORE_WIDTH_M * room.depth));
    const here = [...order.filter((a) => explicit.get(a.agency) === floor.id).map(piece), ...carried];
    const lastFloor = index === ordered.length - 1;
    // Estimate the floor's agencies (those that would fit) for the seat share, then place.
    const trial: FloorContext = { ...ctx, zones: [], overflow: [] };
    placeBays(trial, here, seatShareFor(here.map((p) => p.agency)));
    const ids = new Set(trial.zones.filter((z) => z.kind === 'agency-counters').map((z) => z.agency));
    const onFloor = [...new Set(here.map((p) => p.agency))].filter((a) => ids.has(a.agency));
    const remaining = placeBays(ctx, here, seatShareFor(onFloor));
    if (usable && ctx.cursor < floor.depth) {
      // The spine: from the back wall to the entrance hall (or the front wall), beside the core.
      const top = isEntrance ? Math.max(0, floor.depth - C.ENTRANCE_STRIP_DEPTH_M - C.AISLE_WIDTH_M) : floor.depth;
      if (top > 0) ctx.zones.push(zone({ id: `aisle-${floor.id}-spine`, kind: 'circulation', x: spineX, y: 0, width: C.AISLE_WIDTH_M, depth: top }));
    }
    carried = lastFloor ? [] : remaining;
    if (lastFloor) for (const p of remaining) ctx.overflow.push(lost(p.part === 1 ? `agency-${p.agency.agency}` : `agency-${p.agency.agency}-${p.part}`, 'agency-counters', p.counters * p.module * C.COUNTER_DEPTH_M, p.agency.agency));
    if (ctx.overflow.length > 0) {
      const names = ctx.overflow.slice(0, 5).map((o) => o.id).join(', ') + (ctx.overflow.length > 5 ? ', …' : '');
      const area = round(ctx.overflow.reduce((s, o) => s + o.area, 0), 2);
      warnings.push(layoutWarning('zone-overflow', 'warning', 'layout.warning.zoneOverflow', { floor: floor.name, count: ctx.overflow.length, area, zones: names }, `mpp.floors[${region.mpp.floors.indexOf(floor)}]`));
    }
    // A zone left with no width or depth once rounded to the centimetre (a sliver of a tiny floor) is not drawn.
    const zones = ctx.zones.filter((z) => z.width > 0 && z.depth > 0);
    return { floor: floor.id, name: floor.name, level: floor.level, width: floor.width, depth: floor.depth, entrance: isEntrance, zones, overflow: ctx.overflow };
  });
  return { floors, warnings };
}

export { backOfficeArea };
