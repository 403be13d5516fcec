import { describe, expect, it } from 'vitest';
import { planLayout } from '../../src/layout/plan.js';
import { loadRegionText } from '../../src/config/load.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FloorPlan, Zone } from '../../src/layout/types.js';
import type { CompletedRegion } from '../../src/config/completed-region.js';
import { done } from '../helpers/complete.js';
import { minimal, rawAnswers, root, syntheticRegion } from './helpers.js';

function example(slug: string): CompletedRegion {
  const result = loadRegionText(readFileSync(join(root, 'examples', slug, 'mpp.yaml'), 'utf8'), { lang: 'id' });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return done(result.value);
}

/** Two rectangles share a stretch of edge (or overlap): a person can step from one to the other. */
function touch(a: Zone, b: Zone): boolean {
  const ix = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const iy = Math.min(a.y + a.depth, b.y + b.depth) - Math.max(a.y, b.y);
  return (ix > 0.5 && iy > -1e-6) || (iy > 0.5 && ix > -1e-6);
}

/** Zones reachable without steps from the entrance (entrance floor) or the lift (other floors), through circulation. */
function reachable(floor: FloorPlan): Set<Zone> {
  const start = floor.zones.filter((z) => z.kind === (floor.entrance ? 'entrance' : 'lift'));
  const walk = floor.zones.filter((z) => z.kind === 'circulation');
  const seen = new Set<Zone>(start);
  const queue = [...start];
  while (queue.length > 0) {
    const here = queue.shift() as Zone;
    for (const next of walk) if (!seen.has(next) && touch(here, next)) { seen.add(next); queue.push(next); }
  }
  return seen;
}

/** Every counter block faces a waiting zone that opens onto the accessible route. */
function routeProblems(plan: ReturnType<typeof planLayout>): string[] {
  const problems: string[] = [];
  for (const floor of plan.floors) {
    const route = reachable(floor);
    if (route.size <= 1) problems.push(`${floor.floor}: no route from the ${floor.entrance ? 'entrance' : 'lift'}`);
    const waiting = floor.zones.filter((z) => z.kind === 'waiting-area');
    for (const w of waiting) if (![...route].some((r) => touch(r, w))) problems.push(`${floor.floor}: ${w.id} is off the route`);
    for (const block of floor.zones.filter((z) => z.kind === 'agency-counters')) {
      const front = waiting.find((w) => touch(w, block) && (block.facing === 'back' ? w.y + w.depth <= block.y + 1e-6 : w.y >= block.y + block.depth - 1e-6));
      if (!front) problems.push(`${floor.floor}: ${block.id} faces no waiting zone`);
    }
  }
  return problems;
}

describe('a floor plan an architect would recognise', () => {
  it('Badung on two floors: the busiest agencies are on the entrance floor (Disdukcapil among them)', () => {
    // Badung's example gives no building (the kit derives one floor): put its answers in a two-floor building.
    const answers = rawAnswers('examples/badung/mpp.yaml');
    const floors = [
      { id: 'lt1', name: 'Lantai 1', level: 1, width: 36, depth: 24, entrance: true },
      { id: 'lt2', name: 'Lantai 2', level: 2, width: 36, depth: 24 },
    ];
    const plan = planLayout(done({ ...answers, mpp: { ...answers.mpp, floors } }));
    expect(plan.floors).toHaveLength(2);
    const entrance = plan.floors.find((f) => f.entrance) as FloorPlan;
    const onEntrance = new Set(entrance.zones.filter((z) => z.kind === 'agency-counters').map((z) => z.agency));
    expect(onEntrance.has('disdukcapil')).toBe(true);
    const busiest = [...plan.sizing.agencies].sort((a, b) => b.arrivalsPerHour - a.arrivalsPerHour).slice(0, 3).map((a) => a.agency);
    for (const id of busiest) expect(onEntrance.has(id), id).toBe(true);
  });

  it('stairs and lift on every floor of a multi-floor MPP, at the same place; none on a single floor', () => {
    for (const region of [example('blora'), syntheticRegion(30)]) {
      const plan = planLayout(region);
      const cores = plan.floors.map((f) => ['stairs', 'lift'].map((k) => f.zones.find((z) => z.kind === k)));
      for (const [stairs, lift] of cores) {
        expect(stairs).toBeDefined();
        expect(lift).toBeDefined();
        expect([stairs!.x, stairs!.y, lift!.x, lift!.y]).toEqual([cores[0][0]!.x, cores[0][0]!.y, cores[0][1]!.x, cores[0][1]!.y]);
      }
    }
    // Muna Barat gives one floor; Badung gives none and gets one derived floor.
    for (const slug of ['muna-barat', 'badung']) {
      const single = planLayout(example(slug));
      expect(single.floors).toHaveLength(1);
      expect(single.floors[0].zones.some((z) => z.kind === 'stairs' || z.kind === 'lift'), slug).toBe(false);
    }
  });

  it('counter rows face their waiting zones, back office behind, and the accessible route reaches every one of them', () => {
    for (const region of [example('badung'), example('jeneponto'), example('muna-barat'), example('blora'), minimal(), syntheticRegion(40)]) {
      const plan = planLayout(region);
      expect(routeProblems(plan), region.region.slug).toEqual([]);
      for (const floor of plan.floors) {
        for (const block of floor.zones.filter((z) => z.kind === 'agency-counters')) {
          const office = floor.zones.find((z) => z.kind === 'back-office' && touch(z, block) && (block.facing === 'back' ? z.y >= block.y + block.depth - 1e-6 : z.y + z.depth <= block.y + 1e-6));
          expect(office, `${floor.floor} ${block.id}`).toBeDefined();
        }
      }
    }
  });

  it('only the facilities the region chose, plus those a rule requires (labelled with the rule)', () => {
    const region = example('muna-barat');
    const zones = planLayout(region).floors.flatMap((f) => f.zones);
    const kinds = new Set(zones.map((z) => z.kind));
    // Chosen: information desk, priority counter, prayer room. Not chosen: kiosk, complaint desk, children's corner, first aid.
    for (const kind of ['information-desk', 'priority-counter', 'prayer-room'] as const) expect(kinds.has(kind), kind).toBe(true);
    for (const kind of ['ticket-kiosk', 'complaint-desk', 'children-corner', 'first-aid'] as const) expect(kinds.has(kind), kind).toBe(false);
    // Not chosen but required: accessible toilets and the lactation room, labelled with their rule.
    expect(zones.filter((z) => z.kind === 'accessible-toilet').every((z) => z.requiredBy === 'layout.rule.accessibleToilet')).toBe(true);
    expect(zones.find((z) => z.kind === 'lactation-room')?.requiredBy).toBe('layout.rule.lactation');
    expect(zones.find((z) => z.kind === 'priority-counter')?.requiredBy).toBeUndefined();
    const area = planLayout(region).area.items;
    expect(area.some((i) => i.kind === 'ticket-kiosk')).toBe(false);
    expect(area.find((i) => i.kind === 'lactation-room')?.requiredBy).toBe('layout.rule.lactation');
  });
});
