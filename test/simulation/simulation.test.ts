import { describe, expect, it } from 'vitest';
import { planLayout } from '../../src/layout/plan.js';
import { simulationModel } from '../../src/simulation/adapter.js';
import { simulate } from '../../src/simulation/run.js';
import { readSimulation } from '../../src/simulation/reading.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import type { CompletedRegion } from '../../src/config/completed-region.js';
import { rawAnswers } from '../layout/helpers.js';
import { done } from '../helpers/complete.js';

/** The minimal fixture as answers (to change before validating and completing). */
function minimal(): RegionAnswers {
  return rawAnswers('test/fixtures/minimal.yaml');
}

/** Answers validated and completed, as the deployment and `mpp simulate` read them. */
function valid(region: RegionAnswers): CompletedRegion {
  return done(region);
}

function run(region: CompletedRegion, seed = 1, replications = 10) {
  const layout = planLayout(region);
  const model = simulationModel(region, layout);
  return { model, result: simulate(model, { replications, seed }) };
}

/** Five open days, Samsat present on Thursdays only. */
function weekWithThursdayTenant(): CompletedRegion {
  const region = minimal();
  const day = { open: '08:00', close: '15:00', breaks: [{ start: '12:00', end: '13:00' }] };
  region.mpp.openingHours = { monday: day, tuesday: day, wednesday: day, thursday: day, friday: { open: '08:00', close: '11:00' } };
  region.agencies[1] = { ...region.agencies[1], presence: { days: ['thursday'] } };
  return valid(region);
}

describe('the simulated day', () => {
  it('is deterministic by seed: the same seed gives the same figures, another seed other figures', () => {
    const region = valid(minimal());
    const a = JSON.stringify(run(region, 42).result);
    expect(JSON.stringify(run(region, 42).result)).toBe(a);
    expect(JSON.stringify(run(region, 43).result)).not.toBe(a);
  });

  it('an agency present one day a week has a queue on that day only', () => {
    const { result } = run(weekWithThursdayTenant());
    const thursday = result.days.find((d) => d.weekdays.includes('thursday'));
    expect(thursday).toBeDefined();
    expect(thursday!.weekdays).toEqual(['thursday']);
    const samsatOn = thursday!.agencies[1];
    expect(samsatOn.present).toBe(true);
    expect(samsatOn.visitors).toBeGreaterThan(0);
    expect(samsatOn.hours.some((h) => h.queueMean > 0)).toBe(true);
    for (const day of result.days.filter((d) => d !== thursday)) {
      const samsat = day.agencies[1];
      expect(samsat.present, day.day).toBe(false);
      expect(samsat.visitors).toBe(0);
      expect(samsat.hours.every((h) => h.queueMean === 0 && h.queueP95 === 0 && h.arrivals === 0)).toBe(true);
      // The full-time agency is there every day.
      expect(day.agencies[0].visitors).toBeGreaterThan(0);
    }
  });

  it('names the bottleneck stage of a two-stage service', () => {
    const region = minimal();
    region.agencies[0] = { ...region.agencies[0], plannedCounters: 3, counterGroups: [{ id: 'rekam', name: 'Perekaman', counters: 2 }, { id: 'cetak', name: 'Pencetakan', counters: 1 }] };
    // Recording is quick on two counters; printing is slow on one counter: printing is the bottleneck.
    region.services[0] = { ...region.services[0], handlingMinutes: 12, stages: [{ name: 'Perekaman', handlingMinutes: 5, counterGroup: 'rekam' }, { name: 'Pencetakan', handlingMinutes: 7, counterGroup: 'cetak' }] };
    const checked = valid(region);
    const { model, result } = run(checked);
    const staged = result.days[0].stages.find((s) => s.service === 'ktp-el');
    expect(staged?.stages.map((s) => s.name)).toEqual(['Perekaman', 'Pencetakan']);
    expect(staged?.stages[staged.bottleneck].name).toBe('Pencetakan');
    const findings = readSimulation(model, result, 'id');
    const bottleneck = findings.find((f) => f.code === 'bottleneck');
    expect(bottleneck?.params.stage).toBe('Pencetakan');
    // Swap the speeds: recording becomes the bottleneck.
    const swapped = structuredClone(region);
    swapped.services[0].stages = [{ name: 'Perekaman', handlingMinutes: 10, counterGroup: 'cetak' }, { name: 'Pencetakan', handlingMinutes: 2, counterGroup: 'rekam' }];
    const other = run(valid(swapped)).result.days[0].stages.find((s) => s.service === 'ktp-el');
    expect(other?.stages[other.bottleneck].name).toBe('Perekaman');
  });

  it('turns visitors away once the daily quota is used, and counts them', () => {
    const region = minimal();
    region.services[0] = { ...region.services[0], visitorsPerDay: 200 };
    const { result } = run(valid(region));
    const dukcapil = result.days[0].agencies[0];
    expect(dukcapil.turnedAway).toBeGreaterThan(0);
    expect(dukcapil.served + dukcapil.turnedAway + dukcapil.unservedAtClose).toBeCloseTo(dukcapil.visitors, 5);
  });

  it('serves priority visitors first: their mean wait is shorter', () => {
    const region = minimal();
    region.mpp.priorityShare = 0.3;
    region.services[0] = { ...region.services[0], visitorsPerDay: 90 };
    const { result } = run(valid(region), 5, 20);
    const dukcapil = result.days[0].agencies[0];
    expect(dukcapil.priorityWaitMean).not.toBeNull();
    expect(dukcapil.priorityWaitMean!).toBeLessThan(dukcapil.waitMean!);
  });

  it('sends fee-paying services through the shared payment counters', () => {
    const region = minimal();
    region.mpp.payment = { name: 'Kasir', counters: 1, handlingMinutes: 3 };
    region.services[1] = { ...region.services[1], payment: true };
    const { result } = run(valid(region));
    const payment = result.days[0].pools.find((p) => p.kind === 'payment');
    expect(payment?.utilisation).toBeGreaterThan(0);
    // KTP-el is free (fee 0): only Samsat's visitors pay.
    expect(payment?.label).toBe('Kasir');
  });

  it('a what-if adding a counter lowers the agency\'s waits', () => {
    const region = minimal();
    region.services[0] = { ...region.services[0], visitorsPerDay: 80 };
    const checked = valid(region);
    const layout = planLayout(checked);
    const base = simulate(simulationModel(checked, layout), { replications: 20, seed: 3 });
    const more = simulate(simulationModel(checked, layout, [{ agency: 'dukcapil', delta: 1 }]), { replications: 20, seed: 3 });
    expect(more.days[0].pools[0].counters).toBe(base.days[0].pools[0].counters + 1);
    expect(more.days[0].agencies[0].waitMean!).toBeLessThan(base.days[0].agencies[0].waitMean!);
  });
});
