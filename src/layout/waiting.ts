import { erlangC } from './erlang.js';
import * as C from './constants.js';
import type { AgencySizing, SizingResult } from './types.js';
import { CORNISH_FISHER_MAX_SKEWNESS, EXACT_QUEUE_SUM_MAX_AGENCIES, cornishFisherPercentile, queueLengthCumulants, skewness, sumCumulants } from './queue-sum.js';

/** Probabilities below this are dropped from a queue-length distribution's tail (the rest is lumped into the last cell). */
const TAIL_EPSILON = 1e-8;

/**
 * Distribution of the number waiting in an M/M/c queue (Nq, not counting those being served) at the
 * agency's needed counters: P(Nq >= k) = C·rho^k for k >= 1 (C = Erlang C, rho = A/c), so
 * P(Nq = 0) = 1 - C·rho and P(Nq = k) = C·rho^k·(1 - rho). Truncated where the tail is negligible.
 */
export function queueLengthDistribution(agency: Pick<AgencySizing, 'offeredLoad' | 'neededCounters'>): number[] {
  const key = `${agency.offeredLoad}/${agency.neededCounters}`;
  const known = distributions.get(key);
  if (known) return known;
  const pmf = computeDistribution(agency);
  if (distributions.size > 10_000) distributions.clear();
  distributions.set(key, pmf);
  return pmf;
}

/** Distributions already computed, by load and counters (many agencies share both). */
const distributions = new Map<string, number[]>();

function computeDistribution(agency: Pick<AgencySizing, 'offeredLoad' | 'neededCounters'>): number[] {
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

/**
 * A distribution in bins of `step` people from `offset`: `pmf[i]` = P(offset + i·step <= X < offset + (i+1)·step).
 * Exact (step 1) for ordinary MPPs; a sum whose support grows beyond MAX_BINS doubles its step, so that
 * a queue of thousands (an agency near saturation) costs no more than a short one.
 */
interface Binned {
  offset: number;
  step: number;
  pmf: number[];
}

/** Probability mass dropped at each end of a running sum (the 95th percentile moves by far less than one person). */
const SUM_EPSILON = 1e-7;
/** Bins kept in a running sum before its step doubles (the percentile is then exact to within one step). */
const MAX_BINS = 2048;

function rebin(pmf: readonly number[], step: number): number[] {
  if (step === 1) return [...pmf];
  const out = new Array<number>(Math.ceil(pmf.length / step)).fill(0);
  for (let i = 0; i < pmf.length; i++) out[Math.floor(i / step)] += pmf[i];
  return out;
}

/** Distribution of the sum of a binned count and an independent exact one, negligible mass at both ends trimmed into the ends. */
function convolve(a: Binned, exact: readonly number[]): Binned {
  let step = a.step;
  let acc = a.pmf;
  while (acc.length > MAX_BINS || Math.ceil(exact.length / step) > MAX_BINS) {
    acc = rebin(acc, 2);
    step *= 2;
  }
  const b = rebin(exact, step);
  const out = new Array<number>(acc.length + b.length - 1).fill(0);
  for (let i = 0; i < acc.length; i++) {
    const p = acc[i];
    if (p === 0) continue;
    for (let j = 0; j < b.length; j++) out[i + j] += p * b[j];
  }
  let start = 0;
  let head = 0;
  while (start < out.length - 1 && head + out[start] < SUM_EPSILON) head += out[start++];
  let end = out.length;
  let tail = 0;
  while (end - 1 > start && tail + out[end - 1] < SUM_EPSILON) tail += out[--end];
  const pmf = out.slice(start, end);
  pmf[0] += head;
  pmf[pmf.length - 1] += tail;
  return { offset: a.offset + start * step, step, pmf };
}

/** The smallest k with P(X <= k) >= p (the upper end of the bin, when binned: never fewer seats). */
function percentile(d: Binned, p: number): number {
  let cumulative = 0;
  for (let k = 0; k < d.pmf.length; k++) {
    cumulative += d.pmf[k];
    if (cumulative >= p - 1e-12) return d.offset + (k + 1) * d.step - 1;
  }
  return d.offset + d.pmf.length * d.step - 1;
}

/**
 * People waiting at the peak for a set of agencies (one floor, or the building), at the
 * WAITING_SEATS_PERCENTILE: the percentile of the total queue (agencies' queues are independent and
 * summed), each queued visitor with COMPANIONS_PER_VISITOR companions, plus the companions of the
 * visitors being served (mean busy counters). Analytic, from the Erlang C sizing alone, so the layout
 * never depends on the simulation (which reports the simulated percentile beside it).
 *
 * The total queue is convolved exactly for up to EXACT_QUEUE_SUM_MAX_AGENCIES agencies with a queue;
 * above, its percentile comes from its cumulants (queue-sum.ts), in time linear in the agencies, unless
 * the sum is too skewed for that.
 */
export function peakWaitingPeople(agencies: ReadonlyArray<Pick<AgencySizing, 'offeredLoad' | 'neededCounters'>>): { queue: number; people: number } {
  let served = 0;
  let queued = 0;
  for (const agency of agencies) {
    served += agency.offeredLoad;
    if (agency.offeredLoad > 0) queued += 1;
  }
  const queue = queued > EXACT_QUEUE_SUM_MAX_AGENCIES ? approximateQueuePercentile(agencies) ?? exactQueuePercentile(agencies) : exactQueuePercentile(agencies);
  return { queue, people: queue * (1 + C.COMPANIONS_PER_VISITOR) + C.COMPANIONS_PER_VISITOR * served };
}

/**
 * People waiting at the peak in the whole building (peakWaitingPeople of every agency), found once per
 * sizing: the area programme and the sizing page both ask for it.
 */
export function buildingPeakWaiting(sizing: Pick<SizingResult, 'agencies'>): { queue: number; people: number } {
  const known = buildingPeaks.get(sizing);
  if (known) return known;
  const peak = peakWaitingPeople(sizing.agencies);
  buildingPeaks.set(sizing, peak);
  return peak;
}

/** Building peaks already found, by sizing result (a sizing is never changed once made). */
const buildingPeaks = new WeakMap<object, { queue: number; people: number }>();

/** WAITING_SEATS_PERCENTILE of the total queue by exact convolution of the agencies' distributions. */
export function exactQueuePercentile(agencies: ReadonlyArray<Pick<AgencySizing, 'offeredLoad' | 'neededCounters'>>): number {
  let total: Binned = { offset: 0, step: 1, pmf: [1] };
  for (const agency of agencies) {
    if (agency.offeredLoad > 0) total = convolve(total, queueLengthDistribution(agency));
  }
  return percentile(total, C.WAITING_SEATS_PERCENTILE);
}

/** WAITING_SEATS_PERCENTILE of the total queue by the Cornish-Fisher expansion; undefined where the sum is too skewed for it. */
export function approximateQueuePercentile(agencies: ReadonlyArray<Pick<AgencySizing, 'offeredLoad' | 'neededCounters'>>): number | undefined {
  const total = sumCumulants(agencies.map(queueLengthCumulants));
  if (skewness(total) > CORNISH_FISHER_MAX_SKEWNESS) return undefined;
  return cornishFisherPercentile(total, C.WAITING_SEATS_PERCENTILE);
}

/** Waiting seats for a set of agencies: the peak percentile of people waiting, rounded up, at least MIN_WAITING_SEATS. */
export function seatsFor(agencies: ReadonlyArray<Pick<AgencySizing, 'offeredLoad' | 'neededCounters'>>): number {
  return seatsForPeople(peakWaitingPeople(agencies).people);
}

/** Waiting seats for a number of people waiting (analytic or simulated): rounded up, at least MIN_WAITING_SEATS. */
export function seatsForPeople(people: number): number {
  return Math.max(C.MIN_WAITING_SEATS, Math.ceil(people - 1e-9));
}
