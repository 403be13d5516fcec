import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { erlangB, erlangC, meanQueueLength, meanWaitMinutes, minimumServers, offeredLoad, probWaitExceeds, serviceLevel, utilisation } from '../../src/layout/erlang.js';

describe('Erlang B against published tables', () => {
  // Erlang B tables (e.g. the traffic tables printed in telephony textbooks): at 1% blocking,
  // 10 circuits carry 4.461 Erlangs and 100 circuits carry 84.06 Erlangs (table precision 4 digits).
  it('B(10, 4.461) = 0.0100 and B(100, 84.06) = 0.0100', () => {
    expect(erlangB(10, 4.461)).toBeCloseTo(0.01, 4);
    expect(erlangB(100, 84.06)).toBeCloseTo(0.01, 4);
  });
});

describe('Erlang C against a published worked example', () => {
  // The Call Centre Helper worked example as reproduced in pyworkforce's tests
  // (rodrigo-arenas/pyworkforce, tests/test_queing.py): 100 calls per 30 minutes, 3 minutes handling
  // (10 Erlangs), target answer 0.33 min, 80% service level -> 14 agents, waiting probability 0.174,
  // service level 0.888, occupancy 0.714 (3 decimals).
  const load = offeredLoad(100 * 2, 3);
  it('offered load is 10 Erlangs', () => expect(load).toBeCloseTo(10, 12));
  it('14 agents: P(wait) 0.174, service level 0.888, occupancy 0.714', () => {
    expect(erlangC(14, load)).toBeCloseTo(0.174, 3);
    expect(serviceLevel(14, load, 0.33, 3)).toBeCloseTo(0.888, 3);
    expect(utilisation(14, load)).toBeCloseTo(0.714, 3);
  });
  it('minimum agents for 80% within 0.33 min is 14 (13 gives less than 80%)', () => {
    expect(minimumServers(200, 3, 0.8, 0.33)).toBe(14);
    expect(serviceLevel(13, load, 0.33, 3)).toBeLessThan(0.8);
  });
});

/** Independent check for large loads: Erlang C from log-space Poisson terms (log-sum-exp). */
function erlangCLogSpace(servers: number, load: number): number {
  const logTerms: number[] = [];
  let logFact = 0;
  for (let k = 0; k < servers; k++) {
    if (k > 0) logFact += Math.log(k);
    logTerms.push(k * Math.log(load) - logFact);
  }
  const logFactC = logFact + Math.log(servers);
  const logLast = servers * Math.log(load) - logFactC + Math.log(servers / (servers - load));
  const max = Math.max(logLast, ...logTerms);
  const sum = logTerms.reduce((s, v) => s + Math.exp(v - max), 0) + Math.exp(logLast - max);
  return Math.exp(logLast - max) / sum;
}

describe('numerical stability for large loads', () => {
  it.each([
    [55, 48],
    [1050, 1000],
    [5100, 5000],
    [12421, 12345],
  ])('C(%i, %i) matches an independent log-space computation', (servers, load) => {
    const value = erlangC(servers, load);
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeCloseTo(erlangCLogSpace(servers, load), 9);
  });
  it('sizes 5,000 Erlangs without overflow, a little above the load', () => {
    const c = minimumServers(60_000, 5, 0.8, 0.25);
    expect(c).toBeGreaterThan(5000);
    expect(c).toBeLessThan(5200);
  });
});

describe('limits and definitions', () => {
  it('no arrivals need no counters and never wait', () => {
    expect(minimumServers(0, 10, 0.8, 15)).toBe(0);
    expect(erlangC(3, 0)).toBe(0);
    expect(meanWaitMinutes(3, 0, 10)).toBe(0);
  });
  it('an unstable queue waits surely and without bound', () => {
    expect(erlangC(2, 2)).toBe(1);
    expect(probWaitExceeds(2, 3, 15, 10)).toBe(1);
    expect(meanWaitMinutes(2, 3, 10)).toBe(Infinity);
    expect(meanQueueLength(2, 3)).toBe(Infinity);
  });
  it('M/M/1 closed forms: C = rho, Wq = rho s / (1 - rho)', () => {
    expect(erlangC(1, 0.5)).toBeCloseTo(0.5, 12);
    expect(meanWaitMinutes(1, 0.5, 10)).toBeCloseTo(10, 12);
    expect(meanQueueLength(1, 0.5)).toBeCloseTo(0.5, 12);
  });
});

describe('properties (fast-check)', () => {
  const lambda = fc.double({ min: 0.1, max: 2000, noNaN: true });
  const minutes = fc.double({ min: 0.5, max: 60, noNaN: true });
  const share = fc.double({ min: 0.05, max: 0.99, noNaN: true });
  const wait = fc.double({ min: 0.5, max: 120, noNaN: true });

  it('more arrivals never need fewer counters', () => {
    fc.assert(
      fc.property(lambda, fc.double({ min: 0, max: 500, noNaN: true }), minutes, share, wait, (l, extra, s, p, t) => {
        expect(minimumServers(l + extra, s, p, t)).toBeGreaterThanOrEqual(minimumServers(l, s, p, t));
      }),
    );
  });
  it('a longer wait target never needs more counters', () => {
    fc.assert(
      fc.property(lambda, minutes, share, wait, fc.double({ min: 0, max: 60, noNaN: true }), (l, s, p, t, extra) => {
        expect(minimumServers(l, s, p, t + extra)).toBeLessThanOrEqual(minimumServers(l, s, p, t));
      }),
    );
  });
  it('the counters found meet the target, are more than the load, and one fewer does not meet it', () => {
    fc.assert(
      fc.property(lambda, minutes, share, wait, (l, s, p, t) => {
        const c = minimumServers(l, s, p, t);
        const a = offeredLoad(l, s);
        expect(c).toBeGreaterThan(a);
        expect(serviceLevel(c, a, t, s)).toBeGreaterThanOrEqual(p);
        if (c - 1 > a) expect(serviceLevel(c - 1, a, t, s)).toBeLessThan(p);
      }),
    );
  });
  it('P(wait) and P(wait > t) are probabilities', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.double({ min: 0, max: 4000, noNaN: true }), wait, minutes, (c, a, t, s) => {
        const pw = erlangC(c, a);
        const late = probWaitExceeds(c, a, t, s);
        expect(pw).toBeGreaterThanOrEqual(0);
        expect(pw).toBeLessThanOrEqual(1);
        expect(late).toBeGreaterThanOrEqual(0);
        expect(late).toBeLessThanOrEqual(pw);
      }),
    );
  });
});
