import { describe, expect, it } from 'vitest';
import { planLayout } from '../../src/layout/plan.js';
import { layoutWarnings, formatLayoutWarning } from '../../src/layout/warnings.js';
import * as C from '../../src/layout/constants.js';
import type { FloorPlan } from '../../src/layout/types.js';
import { minimal, syntheticRegion } from './helpers.js';

function overlaps(plan: FloorPlan): string[] {
  const bad: string[] = [];
  const z = plan.zones;
  for (let i = 0; i < z.length; i++) {
    for (let j = i + 1; j < z.length; j++) {
      const a = z[i];
      const b = z[j];
      const ix = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const iy = Math.min(a.y + a.depth, b.y + b.depth) - Math.max(a.y, b.y);
      if (ix > 1e-6 && iy > 1e-6) bad.push(`${a.id}/${b.id}`);
    }
  }
  return bad;
}

function inside(plan: FloorPlan): boolean {
  return plan.zones.every((z) => z.x >= 0 && z.y >= -1e-9 && z.x + z.width <= plan.width + 1e-6 && z.y + z.depth <= plan.depth + 1e-6);
}

describe('planLayout on the minimal fixture', () => {
  const plan = planLayout(minimal());
  const floor = plan.floors[0];

  it('places the entrance, the facilities the region chose or a rule requires, and one block per agency', () => {
    const kinds = new Set(floor.zones.map((z) => z.kind));
    // Chosen: information desk (and a ramp, which takes no room). Required by rules: priority counter, lactation room, accessible toilets.
    for (const kind of ['entrance', 'information-desk', 'priority-counter', 'waiting-area', 'lactation-room', 'accessible-toilet', 'back-office', 'circulation'] as const) {
      expect(kinds.has(kind), kind).toBe(true);
    }
    for (const kind of ['ticket-kiosk', 'complaint-desk', 'children-corner', 'prayer-room', 'first-aid', 'stairs', 'lift'] as const) expect(kinds.has(kind), kind).toBe(false);
    expect(floor.zones.find((z) => z.kind === 'lactation-room')?.requiredBy).toBe('layout.rule.lactation');
    expect(floor.zones.find((z) => z.kind === 'information-desk')?.requiredBy).toBeUndefined();
    const blocks = floor.zones.filter((z) => z.kind === 'agency-counters');
    expect(blocks.map((b) => b.agency).sort()).toEqual(['dukcapil', 'samsat']);
    expect(blocks.map((b) => b.counters)).toEqual([4, 2]);
    expect(blocks[0].width).toBe(4 * C.COUNTER_WIDTH_M);
    expect(floor.overflow).toEqual([]);
  });
  it('zones stay inside the floor and never overlap', () => {
    expect(inside(floor)).toBe(true);
    expect(overlaps(floor)).toEqual([]);
  });
  it('the entrance and the priority counter are in the front row (entrance side)', () => {
    const entrance = floor.zones.find((z) => z.kind === 'entrance');
    const priority = floor.zones.find((z) => z.kind === 'priority-counter');
    expect(entrance && entrance.y + entrance.depth).toBe(floor.depth);
    expect(priority && priority.y + priority.depth).toBe(floor.depth);
  });
  it('area programme: counters, seats from the queue, facilities, circulation; the fixture fits', () => {
    expect(plan.area.items.find((i) => i.kind === 'agency-counters')?.count).toBe(6);
    expect(plan.area.waitingSeats).toBeGreaterThanOrEqual(C.MIN_WAITING_SEATS);
    expect(plan.area.items.find((i) => i.kind === 'information-desk')?.declared).toBe(true);
    expect(plan.area.items.find((i) => i.kind === 'lactation-room')?.declared).toBe(false);
    expect(plan.area.neededArea).toBeCloseTo(plan.area.netArea * (1 + C.CIRCULATION_FACTOR), 1);
    expect(plan.area.availableArea).toBe(600);
    expect(plan.area.missingArea).toBe(0);
    expect(layoutWarnings(plan).some((w) => w.code === 'area-short')).toBe(false);
  });
  it('is deterministic', () => {
    expect(JSON.stringify(planLayout(minimal()))).toBe(JSON.stringify(plan));
  });
});

describe('a building that is too small', () => {
  const region = minimal();
  region.mpp.floors = [{ id: 'lt1', name: 'Lantai 1', level: 1, width: 8, depth: 6, entrance: true }];
  const plan = planLayout(region);

  it('warns with the missing square metres', () => {
    const warning = layoutWarnings(plan).find((w) => w.code === 'area-short');
    expect(warning).toBeDefined();
    expect(plan.area.availableArea).toBe(48);
    expect(plan.area.missingArea).toBeCloseTo(plan.area.neededArea - 48, 2);
    expect(warning?.params.missing).toBe(plan.area.missingArea);
    expect(warning?.message.id).toContain(`kurang ${plan.area.missingArea} m²`);
    expect(formatLayoutWarning(warning!, 'en')).toContain(`short by ${plan.area.missingArea} m²`);
    expect(warning?.path).toBe('mpp.floors');
  });
  it('still places what fits and reports the rest as overflow', () => {
    const floor = plan.floors[0];
    expect(floor.zones.length).toBeGreaterThan(0);
    expect(floor.overflow.length).toBeGreaterThan(0);
    expect(inside(floor)).toBe(true);
    expect(overlaps(floor)).toEqual([]);
    const overflow = layoutWarnings(plan).find((w) => w.code === 'zone-overflow');
    expect(overflow?.params.count).toBe(floor.overflow.length);
  });
  it('never throws, even for a floor narrower than one counter', () => {
    const tiny = minimal();
    tiny.mpp.floors = [{ id: 'x', name: 'X', level: 0, width: 1, depth: 1 }];
    const p = planLayout(tiny);
    expect(p.floors[0].zones).toEqual([]);
    expect(p.floors[0].overflow.length).toBeGreaterThan(5);
    expect(layoutWarnings(p).map((w) => w.code)).toContain('no-entrance-floor');
  });
});

describe('several floors', () => {
  const region = syntheticRegion(60, 40, 25);
  const plan = planLayout(region);
  it('the entrance floor comes first and every agency is placed or reported', () => {
    expect(plan.floors.map((f) => f.floor)).toEqual(['lt1', 'lt2']);
    expect(plan.floors[0].entrance).toBe(true);
    const placed = new Set(plan.floors.flatMap((f) => f.zones.map((z) => z.agency).filter(Boolean)));
    const overflowed = new Set(plan.floors.flatMap((f) => f.overflow.map((o) => o.agency).filter(Boolean)));
    for (const a of region.agencies) expect(placed.has(a.id) || overflowed.has(a.id)).toBe(true);
    for (const f of plan.floors) {
      expect(inside(f)).toBe(true);
      expect(overlaps(f)).toEqual([]);
    }
  });
  it('counters placed per agency equal max(planned, needed) when nothing overflows', () => {
    for (const a of plan.sizing.agencies) {
      const placed = plan.floors.flatMap((f) => f.zones).filter((z) => z.agency === a.agency).reduce((s, z) => s + (z.counters ?? 0), 0);
      const lost = plan.floors.flatMap((f) => f.overflow).some((o) => o.agency === a.agency);
      if (!lost) expect(placed).toBe(a.layoutCounters);
    }
  });
  it('honours a floor given on explicit counters', () => {
    const r = minimal();
    r.mpp.floors = [
      { id: 'lt1', name: 'Lantai 1', level: 1, width: 30, depth: 20, entrance: true },
      { id: 'lt2', name: 'Lantai 2', level: 2, width: 30, depth: 20 },
    ];
    r.counters = [
      { id: 'd1', agency: 'dukcapil', services: ['ktp-el'], floor: 'lt2' },
      { id: 's1', agency: 'samsat', services: ['pkb'] },
    ];
    const p = planLayout(r);
    const where = (agency: string) => p.floors.find((f) => f.zones.some((z) => z.agency === agency))?.floor;
    expect(where('dukcapil')).toBe('lt2');
    expect(where('samsat')).toBe('lt1');
  });
});

describe('planLayout with a simulated figure of people waiting', () => {
  const seatsOf = (floor: FloorPlan): number => floor.zones.filter((z) => z.kind === 'waiting-area').reduce((s, z) => s + (z.seats ?? 0), 0);

  it('without one, the seats come from the analytic (Erlang C) 95th percentile and say so', () => {
    const plan = planLayout(minimal());
    expect(plan.area.seatSource.kind).toBe('analytic');
    expect(plan.area.seatSource.estimated).toBe(false);
    expect(plan.area.waitingSeats).toBe(Math.max(C.MIN_WAITING_SEATS, Math.ceil(plan.area.seatSource.people - 1e-9)));
  });

  it('with one, the seats, the waiting area and the area fit follow it (rounded up, never below the minimum)', () => {
    const region = minimal();
    const analytic = planLayout(region);
    const simulated = planLayout(region, { people: 41.2, agencies: { dukcapil: 30, samsat: 8 }, estimated: true });
    expect(simulated.area.waitingSeats).toBe(42);
    expect(simulated.area.seatSource).toEqual({ kind: 'simulated', people: 41.2, estimated: true });
    expect(simulated.area.items.find((i) => i.kind === 'waiting-area')?.count).toBe(42);
    expect(simulated.area.netArea - analytic.area.netArea).toBeCloseTo((42 - analytic.area.waitingSeats) * C.WAITING_SEAT_M2, 6);
    expect(seatsOf(simulated.floors[0])).toBeGreaterThanOrEqual(42);
    expect(planLayout(region, { people: 3, agencies: { dukcapil: 2 }, estimated: false }).area.waitingSeats).toBe(C.MIN_WAITING_SEATS);
    expect(JSON.stringify(planLayout(region, { people: 41.2, agencies: { dukcapil: 30, samsat: 8 }, estimated: true }))).toBe(JSON.stringify(simulated));
  });

  it('on two floors each floor takes its agencies\' share of the simulated seats', () => {
    const region = syntheticRegion(12, 30, 30);
    const base = planLayout(region);
    const ids = base.sizing.agencies.map((a) => a.agency);
    // All the waiting at one agency: its floor gets (about) every seat, the other floors only the bays' minimum.
    const placed = base.floors.flatMap((f) => f.zones.filter((z) => z.kind === 'agency-counters').map((z) => z.agency));
    const busy = ids.find((id) => placed.filter((a) => a === id).length === 1)!;
    const plan = planLayout(region, { people: 120, agencies: Object.fromEntries(ids.map((id) => [id, id === busy ? 100 : 0])), estimated: false });
    const floorOf = plan.floors.find((f) => f.zones.some((z) => z.kind === 'agency-counters' && z.agency === busy));
    expect(floorOf).toBeDefined();
    expect(seatsOf(floorOf!)).toBeGreaterThanOrEqual(120);
    for (const floor of plan.floors.filter((f) => f !== floorOf)) {
      const bays = floor.zones.filter((z) => z.kind === 'waiting-area').length;
      expect(seatsOf(floor)).toBe(bays * C.MIN_BAY_SEATS);
    }
  });
});

describe('a floor whose leftover depth is a sliver', () => {
  it('draws no zone that rounds to zero width or depth (found by the property test: 7 x 5.800000000000001 m)', () => {
    const region = minimal();
    const depth = C.ENTRANCE_STRIP_DEPTH_M + C.AISLE_WIDTH_M + 1e-15; // the spine's depth is 1e-15 m before rounding
    region.mpp.floors = [{ ...region.mpp.floors[0], width: 7, depth }];
    const plan = planLayout(region);
    expect(plan.floors[0].depth).toBe(depth);
    for (const z of plan.floors[0].zones) {
      expect(z.width, z.id).toBeGreaterThan(0);
      expect(z.depth, z.id).toBeGreaterThan(0);
    }
  });
});
