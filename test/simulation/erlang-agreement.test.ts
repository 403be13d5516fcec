import { describe, expect, it } from 'vitest';
import { createCollector, simulateDay } from '../../src/simulation/engine.js';
import { createRng } from '../../src/simulation/rng.js';
import { erlangC, meanWaitMinutes, offeredLoad, probWaitExceeds } from '../../src/layout/erlang.js';
import { mmcModel } from './helpers.js';

/** Hours simulated before waits are counted (the queue starts empty), and the last hour left out (closing). */
const WARM_UP_HOURS = 2;
const REPLICATIONS = 16;

/** Per replication: the share of visitors (arriving after the warm-up) who waited longer than t, and the mean wait. */
function replicate(perMinute: number, minutes: number, counters: number, t: number): { shares: number[]; means: number[] } {
  const model = mmcModel(perMinute, minutes, counters);
  const shares: number[] = [];
  const means: number[] = [];
  for (let r = 0; r < REPLICATIONS; r++) {
    const collector = createCollector(model);
    simulateDay(model, 0, createRng(7, r), collector);
    let n = 0;
    let over = 0;
    let sum = 0;
    for (const [hour, sample] of collector.agencyWaits[0]) {
      if (hour < WARM_UP_HOURS || hour >= 23) continue;
      n += sample.length;
      over += sample.countAbove(t);
      sum += sample.sum;
    }
    shares.push(over / n);
    means.push(sum / n);
  }
  return { shares, means };
}

const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
/** Tolerance from the replication spread: 4 standard errors of the mean, plus a small floor. */
function tolerance(xs: number[], floor: number): number {
  const m = mean(xs);
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
  return 4 * (sd / Math.sqrt(xs.length)) + floor;
}

describe('the simulation agrees with Erlang C on stationary M/M/c queues', () => {
  const cases: Array<[string, number, number, number, number]> = [
    // name, arrivals per minute, mean handling minutes, counters, wait limit t (minutes)
    ['one counter at 75% (M/M/1)', 0.5, 1.5, 1, 2],
    ['three counters, 2.5 Erlangs', 1, 2.5, 3, 1],
    ['a civil-registry desk: 20 an hour, 8 minutes, 4 counters', 20 / 60, 8, 4, 5],
    ['heavy load: 9.2 Erlangs on 10 counters', 2.3, 4, 10, 2],
  ];
  for (const [name, perMinute, minutes, counters, t] of cases) {
    it(`${name}: P(wait > ${t} min) and the mean wait`, () => {
      const load = offeredLoad(perMinute * 60, minutes);
      const expected = probWaitExceeds(counters, load, t, minutes);
      const { shares, means } = replicate(perMinute, minutes, counters, t);
      expect(Math.abs(mean(shares) - expected)).toBeLessThanOrEqual(tolerance(shares, 0.005));
      const wq = meanWaitMinutes(counters, load, minutes);
      expect(Math.abs(mean(means) - wq)).toBeLessThanOrEqual(tolerance(means, 0.02 * wq + 0.01));
    });
  }

  it('a published example (call-centre sizing: 360 calls per half hour, 4-minute calls, 55 agents, 15-second target)', () => {
    // Published: traffic 48 Erlangs, probability of waiting 23.87%, average speed of answer 8.18 s.
    const load = offeredLoad(720, 4);
    expect(load).toBe(48);
    expect(erlangC(55, load)).toBeCloseTo(0.2387, 4);
    expect(meanWaitMinutes(55, load, 4) * 60).toBeCloseTo(8.18, 1);
    const t = 15 / 60;
    const { shares, means } = replicate(12, 4, 55, t);
    const expected = probWaitExceeds(55, load, t, 4);
    expect(Math.abs(mean(shares) - expected)).toBeLessThanOrEqual(tolerance(shares, 0.005));
    // Share that waits at all: P(wait > 0) = Erlang C.
    const { shares: waited } = replicate(12, 4, 55, 0);
    expect(Math.abs(mean(waited) - 0.2387)).toBeLessThanOrEqual(tolerance(waited, 0.005));
    expect(Math.abs(mean(means) * 60 - 8.18)).toBeLessThanOrEqual(tolerance(means.map((m) => m * 60), 0.3));
  }, 60_000);
});
