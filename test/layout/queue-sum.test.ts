import { describe, expect, it } from 'vitest';
import { minimumServers, offeredLoad } from '../../src/layout/erlang.js';
import { sizeCounters } from '../../src/layout/sizing.js';
import * as C from '../../src/layout/constants.js';
import {
  CORNISH_FISHER_MAX_SKEWNESS,
  EXACT_QUEUE_SUM_MAX_AGENCIES,
  cornishFisherPercentile,
  queueLengthCumulants,
  skewness,
  standardNormalQuantile,
  sumCumulants,
} from '../../src/layout/queue-sum.js';
import { approximateQueuePercentile, exactQueuePercentile, peakWaitingPeople, queueLengthDistribution } from '../../src/layout/waiting.js';
import { syntheticRegion } from './helpers.js';

type Queueing = { offeredLoad: number; neededCounters: number };

/**
 * The reference: the plain convolution of the agencies' distributions, one person per cell, never
 * binned (only a tail of less than 1e-13 in all is dropped, far below what moves the percentile).
 */
function referencePercentile(agencies: readonly Queueing[], p = C.WAITING_SEATS_PERCENTILE): number {
  let sum = new Float64Array([1]);
  for (const agency of agencies) {
    if (!(agency.offeredLoad > 0)) continue;
    const pmf = queueLengthDistribution(agency);
    const out = new Float64Array(sum.length + pmf.length - 1);
    for (let i = 0; i < sum.length; i++) for (let j = 0; j < pmf.length; j++) out[i + j] += sum[i] * pmf[j];
    let end = out.length;
    for (let tail = 0; end > 1 && tail + out[end - 1] < 1e-16; ) tail += out[--end];
    sum = out.subarray(0, end);
  }
  let cumulative = 0;
  for (let k = 0; k < sum.length; k++) {
    cumulative += sum[k];
    if (cumulative >= p - 1e-12) return k;
  }
  return sum.length - 1;
}

const approximate = (agencies: readonly Queueing[]): number => cornishFisherPercentile(sumCumulants(agencies.map(queueLengthCumulants)), C.WAITING_SEATS_PERCENTILE);
/** The tolerance of the approximation: one person, or 1% of the exact percentile. */
const within = (value: number, exact: number): boolean => Math.abs(value - exact) <= Math.max(1, 0.01 * exact);

/** A deterministic pseudo-random sequence in [0, 1) (linear congruential, seeded). */
function sequence(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** An agency sized as sizeCounters sizes it: arrivals per hour and handling minutes, counters for the service level. */
function sized(arrivalsPerHour: number, handlingMinutes: number, targetShare = 0.8, maxWaitMinutes = 15): Queueing {
  return { offeredLoad: offeredLoad(arrivalsPerHour, handlingMinutes), neededCounters: Math.max(1, minimumServers(arrivalsPerHour, handlingMinutes, targetShare, maxWaitMinutes)) };
}

/** Sets of agencies of several shapes: light, mixed with a few large agencies, near saturation, one very large agency among small ones. */
const SHAPES: Record<string, (next: () => number, i: number) => Queueing> = {
  light: (next) => sized(0.5 + next() * 15, 2 + next() * 20),
  mixed: (next) => (next() < 0.1 ? sized(0.5 + next() * 200, 2 + next() * 30) : sized(0.5 + next() * 20, 2 + next() * 20)),
  'near saturation': (next) => sized(0.5 + next() * 60, 2 + next() * 30, 0.5, 60),
  'one large agency': (next, i) => (i === 0 ? sized(200 + next() * 1000, 2 + next() * 40, 0.5, 120) : sized(0.5 + next() * 15, 2 + next() * 20)),
};

describe('the total queue of many agencies from its cumulants (Cornish-Fisher)', () => {
  it('agrees with the exact convolution within one person or 1% on generated regions sized by the kit', () => {
    for (const n of [40, 65, 120, 250]) {
      const agencies = sizeCounters(syntheticRegion(n)).agencies;
      const exact = referencePercentile(agencies);
      expect(exactQueuePercentile(agencies)).toBe(exact);
      expect(within(approximate(agencies), exact), `${n} agencies: ${approximate(agencies)} against ${exact}`).toBe(true);
    }
  });

  it('agrees with the exact convolution within one person or 1% on sets of every shape, 40 to 200 agencies', () => {
    const misses: string[] = [];
    let compared = 0;
    for (const [shape, make] of Object.entries(SHAPES)) {
      for (const n of [40, 100, 200]) {
        for (let seed = 1; seed <= 2; seed++) {
          const next = sequence(seed * 7919 + n);
          const agencies = Array.from({ length: n }, (_, i) => make(next, i));
          const total = sumCumulants(agencies.map(queueLengthCumulants));
          expect(skewness(total)).toBeLessThanOrEqual(CORNISH_FISHER_MAX_SKEWNESS);
          const exact = referencePercentile(agencies);
          const value = cornishFisherPercentile(total, C.WAITING_SEATS_PERCENTILE);
          compared += 1;
          if (!within(value, exact)) misses.push(`${shape}, ${n} agencies, seed ${seed}: ${value} against ${exact}`);
        }
      }
    }
    expect(compared).toBe(24);
    expect(misses).toEqual([]);
  });

  it('matches the moments of the exact queue-length distribution', () => {
    for (const agency of [sized(10, 12), sized(120, 20, 0.5, 60), sized(2, 30), { offeredLoad: 980, neededCounters: 1000 }]) {
      const pmf = queueLengthDistribution(agency);
      const raw = [1, 2, 3, 4].map((n) => pmf.reduce((s, p, k) => s + p * k ** n, 0));
      const [m1, m2, m3] = raw;
      const central2 = m2 - m1 ** 2;
      const central3 = m3 - 3 * m2 * m1 + 2 * m1 ** 3;
      const [k1, k2, k3] = queueLengthCumulants(agency);
      expect(k1).toBeCloseTo(m1, 4);
      expect(Math.abs(k2 - central2) / central2).toBeLessThan(1e-4);
      expect(Math.abs(k3 - central3) / central3).toBeLessThan(1e-3);
    }
    // No load, or more load than counters: no queue counted, as in the exact distribution.
    expect(queueLengthCumulants({ offeredLoad: 0, neededCounters: 1 })).toEqual([0, 0, 0, 0]);
    expect(queueLengthCumulants({ offeredLoad: 5, neededCounters: 5 })).toEqual([0, 0, 0, 0]);
  });

  it('never gives fewer people for more agencies or more load', () => {
    const next = sequence(42);
    const agencies = Array.from({ length: 400 }, () => SHAPES.mixed(next, 1));
    let previous = -1;
    for (let n = 1; n <= agencies.length; n++) {
      const value = approximate(agencies.slice(0, n));
      expect(value).toBeGreaterThanOrEqual(previous);
      previous = value;
    }
    const base = agencies.slice(0, 100);
    let last = approximate(base);
    for (const factor of [1.05, 1.1, 1.2, 1.3]) {
      // The same counters for more load (while stable): a longer queue.
      const heavier = base.map((a) => ({ offeredLoad: Math.min(a.offeredLoad * factor, a.neededCounters * 0.99), neededCounters: a.neededCounters }));
      const value = approximate(heavier);
      expect(value).toBeGreaterThanOrEqual(last);
      last = value;
    }
  });

  it('is deterministic: the same agencies give the same people, whatever was asked before', () => {
    const make = (): Queueing[] => {
      const next = sequence(2024);
      return Array.from({ length: 500 }, () => SHAPES.light(next, 1));
    };
    const first = peakWaitingPeople(make());
    peakWaitingPeople(make().slice(0, 70));
    expect(peakWaitingPeople(make())).toEqual(first);
    expect(peakWaitingPeople(make())).toEqual(first);
  });

  it('the normal quantile is right to 6 digits', () => {
    expect(standardNormalQuantile(0.95)).toBeCloseTo(1.644854, 6);
    expect(standardNormalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(standardNormalQuantile(0.5)).toBeCloseTo(0, 6);
    expect(() => standardNormalQuantile(1)).toThrow(RangeError);
  });
});

describe('which sum the peak of people waiting uses', () => {
  it(`convolves exactly up to ${EXACT_QUEUE_SUM_MAX_AGENCIES} agencies with a queue, and approximates above`, () => {
    const next = sequence(7);
    const agencies = Array.from({ length: EXACT_QUEUE_SUM_MAX_AGENCIES + 20 }, () => SHAPES.light(next, 1));
    const idle = Array.from({ length: 30 }, () => ({ offeredLoad: 0, neededCounters: 1 }));
    const atLimit = [...agencies.slice(0, EXACT_QUEUE_SUM_MAX_AGENCIES), ...idle];
    expect(peakWaitingPeople(atLimit).queue).toBe(exactQueuePercentile(atLimit));
    const above = agencies.slice(0, EXACT_QUEUE_SUM_MAX_AGENCIES + 1);
    expect(peakWaitingPeople(above).queue).toBe(approximateQueuePercentile(above));
    expect(peakWaitingPeople(above).queue).toBe(approximate(above));
  });

  it('a sum too skewed for the expansion (one huge agency that rarely queues among small ones) is convolved exactly', () => {
    const next = sequence(11);
    const agencies = [{ offeredLoad: 9900, neededCounters: 10000 }, ...Array.from({ length: 150 }, () => sized(0.5 + next() * 5, 2 + next() * 10))];
    expect(skewness(sumCumulants(agencies.map(queueLengthCumulants)))).toBeGreaterThan(CORNISH_FISHER_MAX_SKEWNESS);
    expect(approximateQueuePercentile(agencies)).toBeUndefined();
    expect(peakWaitingPeople(agencies).queue).toBe(exactQueuePercentile(agencies));
    expect(peakWaitingPeople(agencies).queue).toBe(referencePercentile(agencies));
  });
});
