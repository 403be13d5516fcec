import { describe, expect, it } from 'vitest';
import { planLayout, renderLayoutFiles } from '../../src/layout/index.js';
import { minimal } from './helpers.js';

describe('absurd demand on a narrow floor', () => {
  it('stays bounded: counters beyond the floor become one overflow block per agency, area kept', () => {
    const region = minimal();
    region.mpp.floors = [{ id: 'lt1', name: 'Lantai 1', level: 1, width: 2, depth: 10, entrance: true }];
    // 10,000 arrivals an hour at 480 minutes each: about 80,000 Erlangs per service.
    region.services = region.services.map((s) => ({ ...s, visitorsPerDay: undefined, peakArrivalsPerHour: 10_000, handlingMinutes: 480 }));
    const plan = planLayout(region);
    const needed = plan.sizing.agencies.reduce((sum, a) => sum + a.layoutCounters, 0);
    expect(needed).toBeGreaterThan(100_000);
    const zones = plan.floors.flatMap((f) => f.zones).length;
    const overflow = plan.floors.flatMap((f) => f.overflow);
    // Rows are limited by the floor's depth, not by the number of counters.
    expect(zones + overflow.length).toBeLessThan(200);
    expect(plan.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['area-short', 'zone-overflow']));
    const files = renderLayoutFiles(plan, region, 'en');
    expect(files['layout/layout.yaml'].length).toBeLessThan(200_000);
  });
});
