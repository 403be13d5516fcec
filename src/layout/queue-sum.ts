/**
 * The percentile of the total queue of MANY agencies without convolving their distributions: the
 * sum's first four cumulants (each agency's in closed form, summed: independent queues) and the
 * Cornish-Fisher expansion of its quantile. The cost is linear in the agencies and does not depend on
 * how long the queues are, where the exact convolution (waiting.ts) costs agencies x bins of the
 * running sum x queue length. Pure.
 *
 * Which one runs (see waiting.ts peakWaitingPeople): the exact convolution for sets of at most
 * EXACT_QUEUE_SUM_MAX_AGENCIES agencies with a queue (every real MPP, and every example, stays
 * there), this approximation above, unless the sum is too skewed for it (CORNISH_FISHER_MAX_SKEWNESS).
 */
import { erlangC } from './erlang.js';
import type { AgencySizing } from './types.js';

/**
 * Agencies with a queue up to which the total queue is convolved exactly. Real MPPs gather tens of
 * agencies (Badung, the largest example: 31 in 2025; Banyuwangi 24 in 2022), twice that stays exact,
 * where the exact sum costs milliseconds. From about 40 agencies on, the four-cumulant expansion
 * lands within one person or 1% of the exact percentile on generated sets
 * (test/layout/queue-sum.test.ts), while the exact sum costs about agencies x the sum's width in
 * people (up to 2,048 bins) x each queue's length, which grows faster than the agencies.
 */
export const EXACT_QUEUE_SUM_MAX_AGENCIES = 64;

/**
 * Largest skewness of the total queue for which the Cornish-Fisher expansion is used. Measured
 * against the exact convolution on generated sets of 40 to 600 agencies (light, mixed, near
 * saturation, one agency of thousands of Erlangs among small ones), the expansion stays within one
 * person or 1% up to a skewness of 3 (a sum dominated by one long geometric tail has about 2) and
 * drifts beyond it (1.4% at 4); such a sum is convolved exactly, whatever the number of agencies.
 */
export const CORNISH_FISHER_MAX_SKEWNESS = 3;

/** The first four cumulants (mean, variance, third and fourth cumulants) of a number of people waiting. */
export type Cumulants = readonly [number, number, number, number];

const NONE: Cumulants = [0, 0, 0, 0];

/** Cumulants already found, by load and counters (many agencies share both; the plan asks per floor). */
const known = new Map<string, Cumulants>();

/**
 * Cumulants of the number waiting (Nq) at an agency's needed counters, the distribution of
 * waiting.ts queueLengthDistribution without its truncation: Nq = 0 with probability 1 - a
 * (a = C·rho, C = Erlang C, rho = A/c), else a geometric count Y >= 1 with P(Y = k) = (1 - rho)·rho^(k-1),
 * whose raw moments are E[Y^n] = A_n(rho)/(1 - rho)^n (A_n the Eulerian polynomials). An agency
 * without load, or not stable (counters <= load), adds no queue, as in the exact distribution.
 */
export function queueLengthCumulants(agency: Pick<AgencySizing, 'offeredLoad' | 'neededCounters'>): Cumulants {
  const key = `${agency.offeredLoad}/${agency.neededCounters}`;
  let cumulants = known.get(key);
  if (!cumulants) {
    cumulants = computeCumulants(agency.offeredLoad, agency.neededCounters);
    if (known.size > 10_000) known.clear();
    known.set(key, cumulants);
  }
  return cumulants;
}

function computeCumulants(load: number, servers: number): Cumulants {
  if (!(load > 0) || servers <= load) return NONE;
  const rho = load / servers;
  const a = erlangC(servers, load) * rho;
  const p = 1 - rho;
  const m1 = a / p;
  const m2 = (a * (1 + rho)) / p ** 2;
  const m3 = (a * (1 + 4 * rho + rho ** 2)) / p ** 3;
  const m4 = (a * (1 + 11 * rho + 11 * rho ** 2 + rho ** 3)) / p ** 4;
  return [
    m1,
    m2 - m1 ** 2,
    m3 - 3 * m2 * m1 + 2 * m1 ** 3,
    m4 - 4 * m3 * m1 - 3 * m2 ** 2 + 12 * m2 * m1 ** 2 - 6 * m1 ** 4,
  ];
}

/** Cumulants of the sum of independent counts: the sums of their cumulants. */
export function sumCumulants(parts: Iterable<Cumulants>): Cumulants {
  let k1 = 0;
  let k2 = 0;
  let k3 = 0;
  let k4 = 0;
  for (const k of parts) {
    k1 += k[0];
    k2 += k[1];
    k3 += k[2];
    k4 += k[3];
  }
  return [k1, k2, k3, k4];
}

/** Skewness of a distribution from its cumulants (0 for a constant). */
export function skewness(k: Cumulants): number {
  return k[1] > 0 ? k[2] / k[1] ** 1.5 : 0;
}

/**
 * The p-quantile of a count with these cumulants, by the Cornish-Fisher expansion to the fourth
 * cumulant, as a whole number: the smallest k with P(X <= k) >= p under a continuity correction
 * (P(X <= k) read at k + 1/2), never below 0.
 */
export function cornishFisherPercentile(k: Cumulants, p: number): number {
  const [mean, variance, k3, k4] = k;
  if (!(variance > 0)) return Math.max(0, Math.ceil(mean - 1e-9));
  const sd = Math.sqrt(variance);
  const g1 = k3 / sd ** 3;
  const g2 = k4 / variance ** 2;
  let z = normalQuantiles.get(p);
  if (z === undefined) normalQuantiles.set(p, (z = standardNormalQuantile(p)));
  const w = z + ((z ** 2 - 1) * g1) / 6 + ((z ** 3 - 3 * z) * g2) / 24 - ((2 * z ** 3 - 5 * z) * g1 ** 2) / 36;
  return Math.max(0, Math.ceil(mean + sd * w - 0.5 - 1e-9));
}

/** Standard normal quantiles already found, by probability (the plan asks for one). */
const normalQuantiles = new Map<number, number>();

/**
 * The p-quantile of the standard normal distribution (0 < p < 1), by bisection on its distribution
 * function to 1e-12 (the complementary error function of Numerical Recipes, 6.2, fractional error
 * below 1.2e-7): z(0.95) = 1.64485.
 */
export function standardNormalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probability ${p} outside (0, 1)`);
  let lo = -40;
  let hi = 40;
  while (hi - lo > 1e-12) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}
