import { describe, expect, it } from 'vitest';
import { sizeCounters } from '../../src/layout/sizing.js';
import { erlangC, serviceLevel } from '../../src/layout/erlang.js';
import { minimal, rawAnswers } from './helpers.js';
import { done } from '../helpers/complete.js';

describe('sizing on test/fixtures/minimal.yaml', () => {
  const region = minimal();
  const sizing = sizeCounters(region);
  const [dukcapil, samsat] = sizing.agencies;

  it('derives peak arrivals from visitors per day (mean open hours 6.5, peak factor 2) or takes them as given', () => {
    // 60 visitors / 6.5 h x 2 = 18.46 per hour; Samsat gives 12 per hour.
    expect(dukcapil.arrivalsPerHour).toBeCloseTo(18.462, 3);
    expect(samsat.arrivalsPerHour).toBe(12);
    expect(dukcapil.offeredLoad).toBeCloseTo((18.4615 * 10) / 60, 3);
    expect(samsat.offeredLoad).toBeCloseTo(1.2, 6);
  });
  it('finds the smallest counters meeting 80% within 15 minutes', () => {
    expect(dukcapil.neededCounters).toBe(4);
    expect(serviceLevel(4, dukcapil.offeredLoad, 15, 10)).toBeGreaterThanOrEqual(0.8);
    expect(serviceLevel(3, dukcapil.offeredLoad, 15, 10)).toBeLessThan(0.8);
    expect(samsat.neededCounters).toBe(2);
    expect(dukcapil.needed.probWait).toBeCloseTo(erlangC(4, dukcapil.offeredLoad), 4);
  });
  it('reports the planned counters against the needed ones, with overload', () => {
    expect(dukcapil.plannedCounters).toBe(2);
    expect(dukcapil.planned.utilisation).toBeGreaterThan(1);
    expect(dukcapil.planned.meanWaitMinutes).toBeNull();
    expect(dukcapil.layoutCounters).toBe(4);
    const codes = sizing.warnings.map((w) => `${w.code}@${w.path}`);
    expect(codes).toContain('planned-below-needed@agencies[0].plannedCounters');
    expect(codes).toContain('planned-overloaded@agencies[0].plannedCounters');
    expect(codes).toContain('planned-below-needed@agencies[1].plannedCounters');
    const w = sizing.warnings[0];
    expect(w.message.id).toContain('4 loket dibutuhkan');
    expect(w.message.en).toContain('4 needed');
  });
  it('totals add up', () => {
    expect(sizing.totals.neededCounters).toBe(6);
    expect(sizing.totals.plannedCounters).toBe(3);
  });
});

describe('arrival-weighted handling time and zero demand', () => {
  it('weights handling minutes by arrivals', () => {
    const region = done({
      ...rawAnswers('test/fixtures/minimal.yaml'),
      services: [
        { id: 'a', agency: 'dukcapil', name: 'A', peakArrivalsPerHour: 30, handlingMinutes: 2 },
        { id: 'b', agency: 'dukcapil', name: 'B', peakArrivalsPerHour: 10, handlingMinutes: 10 },
        { id: 'c', agency: 'samsat', name: 'C', peakArrivalsPerHour: 0, handlingMinutes: 5 },
      ],
    });
    const sizing = sizeCounters(region);
    expect(sizing.agencies[0].meanHandlingMinutes).toBeCloseTo((30 * 2 + 10 * 10) / 40, 9);
    // Samsat has no arrivals: 0 by queueing, 1 counter so that it is present, and an info note.
    expect(sizing.agencies[1].queueCounters).toBe(0);
    expect(sizing.agencies[1].neededCounters).toBe(1);
    expect(sizing.warnings.find((w) => w.code === 'no-demand')?.path).toBe('agencies[1]');
    expect(sizing.warnings.some((w) => w.code === 'planned-below-needed' && w.path === 'agencies[1].plannedCounters')).toBe(false);
  });
  it('an agency planning enough counters gets no sizing warning (only the under-use benchmark when it plans far too many)', () => {
    const region = minimal();
    region.agencies = region.agencies.map((a) => ({ ...a, plannedCounters: 6 }));
    const sizing = sizeCounters(region);
    expect(sizing.warnings.filter((w) => w.code !== 'outside-benchmark')).toEqual([]);
    // 60 visitors a day on 6 counters is 10 per counter: the band of counters reported idle (Jepara 3-10).
    expect(sizing.warnings.find((w) => w.path === 'agencies[0].plannedCounters')?.message.en).toContain('Jepara');
    expect(sizing.agencies[0].layoutCounters).toBe(6);
    expect(sizing.agencies[0].planned.serviceLevel).toBeGreaterThan(0.8);
  });
});

describe('one sizing per region object', () => {
  it('gives the same sizing for the same region, a fresh one for a changed copy', () => {
    const region = minimal();
    const first = sizeCounters(region);
    expect(sizeCounters(region)).toBe(first);
    const busier = { ...region, services: region.services.map((s) => ({ ...s, visitorsPerDay: (s.visitorsPerDay ?? 10) * 10 })) };
    const second = sizeCounters(busier);
    expect(second).not.toBe(first);
    expect(second.totals.neededCounters).toBeGreaterThan(first.totals.neededCounters);
    // what a later caller sees is what the first caller saw: the sizing equals a fresh one
    expect(structuredClone(sizeCounters(region))).toEqual(sizeCounters(minimal()));
  });
});
