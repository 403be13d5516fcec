import { erlangC } from './erlang.js';
import * as C from './constants.js';
import type { AgencySizing } from './types.js';

/** Probabilities below this are dropped from a queue-length distribution's tail (the rest is lumped into the last cell). */
const TAIL_EPSILON = 1e-9;

/**
 * Distribution of the number waiting in an M/M/c queue (Nq, not counting those being served) at the
 * agency's needed counters: P(Nq >= k) = C·rho^k for k >= 1 (C = Erlang C, rho = A/c), so
 * P(Nq = 0) = 1 - C·rho and P(Nq = k) = C·rho^k·(1 - rho). Truncated where the tail is negligible.
 */
export function queueLengthDistribution(agency: Pick<AgencySizing, 'offeredLoad' | 'neededCounters'>): number[] {
  const load = agency.offeredLoad;
  const servers = agency.neededCounters;
  if (!(load > 0) || servers <= load) return [1];
  const rho = load / servers;
  const c = erlangC(servers, load);
  const pmf = [1 - c * rho];
  let tail = c * rho;
  for (let k = 1; tail > TAIL_EPSILON; k++) {
    const p = c * rho ** k * (1 - rho);
    pmf.push(p);
    tail -= p;
    if (k > 100_000) break;
  }
  return pmf;
}

/** Distribution of the sum of independent queues (convolution). */
function convolve(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(a.length + b.length - 1).fill(0);
  for (let i = 0; i < a.length; i++) {
    if (a[i] === 0) continue;
    for (let j = 0; j < b.length; j++) out[i + j] += a[i] * b[j];
  }
  return out;
}

/** The smallest k with P(X <= k) >= p. */
function percentile(pmf: readonly number[], p: number): number {
  let cumulative = 0;
  for (let k = 0; k < pmf.length; k++) {
    cumulative += pmf[k];
    if (cumulative >= p - 1e-12) return k;
  }
  return pmf.length - 1;
}

/**
 * People waiting at the peak for a set of agencies (one floor, or the building), at the
 * WAITING_SEATS_PERCENTILE: the percentile of the total queue (agencies' queues are independent and
 * summed), each queued visitor with COMPANIONS_PER_VISITOR companions, plus the companions of the
 * visitors being served (mean busy counters). Analytic, from the Erlang C sizing alone, so the layout
 * never depends on the simulation (which reports the simulated percentile beside it).
 */
export function peakWaitingPeople(agencies: ReadonlyArray<Pick<AgencySizing, 'offeredLoad' | 'neededCounters'>>): { queue: number; people: number } {
  let total = [1];
  let served = 0;
  for (const agency of agencies) {
    total = convolve(total, queueLengthDistribution(agency));
    if (total.length > 1) {
      // Keep the support bounded: drop the far tail (its mass moves into the last kept cell).
      let tail = 0;
      let end = total.length;
      while (end > 1 && tail + total[end - 1] < TAIL_EPSILON) tail += total[--end];
      if (end < total.length) {
        total = total.slice(0, end);
        total[end - 1] += tail;
      }
    }
    served += agency.offeredLoad;
  }
  const queue = percentile(total, C.WAITING_SEATS_PERCENTILE);
  return { queue, people: queue * (1 + C.COMPANIONS_PER_VISITOR) + C.COMPANIONS_PER_VISITOR * served };
}

/** Waiting seats for a set of agencies: the peak percentile of people waiting, rounded up, at least MIN_WAITING_SEATS. */
export function seatsFor(agencies: ReadonlyArray<Pick<AgencySizing, 'offeredLoad' | 'neededCounters'>>): number {
  return Math.max(C.MIN_WAITING_SEATS, Math.ceil(peakWaitingPeople(agencies).people - 1e-9));
}
