/**
 * Erlang B and Erlang C (M/M/c) queueing formulas, computed by the stable recurrence
 * B(0) = 1, B(k) = A·B(k-1) / (k + A·B(k-1)), never by factorials or powers, so they hold for
 * loads of thousands of Erlangs. All functions are pure; times are in minutes.
 *
 * Notation: `servers` = c (counters), `load` = A = λ·s (offered load in Erlangs, arrivals per
 * minute times mean service minutes).
 */

/** Offered load in Erlangs from arrivals per hour and mean service minutes. */
export function offeredLoad(lambdaPerHour: number, meanServiceMinutes: number): number {
  return (lambdaPerHour * meanServiceMinutes) / 60;
}

/** Erlang B: blocking probability of `servers` servers offered `load` Erlangs (no queue). */
export function erlangB(servers: number, load: number): number {
  if (load <= 0) return servers === 0 ? 1 : 0;
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (load * b) / (k + load * b);
  return b;
}

/** Erlang C from Erlang B of the same servers and load: C = c·B / (c − A·(1 − B)). */
export function erlangCFromB(servers: number, load: number, b: number): number {
  if (load <= 0) return 0;
  if (servers <= load) return 1;
  const c = (servers * b) / (servers - load * (1 - b));
  return Math.min(1, Math.max(0, c));
}

/** Erlang C: probability that an arrival has to wait (all servers busy). 1 when servers <= load. */
export function erlangC(servers: number, load: number): number {
  if (load <= 0) return 0;
  if (servers <= load) return 1;
  return erlangCFromB(servers, load, erlangB(servers, load));
}

/** Utilisation (occupancy) A / c; Infinity for zero servers with load, 0 without load. */
export function utilisation(servers: number, load: number): number {
  if (load <= 0) return 0;
  return servers > 0 ? load / servers : Infinity;
}

/** P(wait > t) = C · exp(−(c − A)·t / s). 1 when the queue is unstable (c <= A). */
export function probWaitExceeds(servers: number, load: number, waitMinutes: number, meanServiceMinutes: number): number {
  if (load <= 0) return 0;
  if (servers <= load) return 1;
  return probWaitExceedsGivenC(erlangC(servers, load), servers, load, waitMinutes, meanServiceMinutes);
}

function probWaitExceedsGivenC(c: number, servers: number, load: number, waitMinutes: number, meanServiceMinutes: number): number {
  const p = c * Math.exp((-(servers - load) * waitMinutes) / meanServiceMinutes);
  return Math.min(1, Math.max(0, p));
}

/** Share of arrivals served within `waitMinutes`: 1 − P(wait > t). */
export function serviceLevel(servers: number, load: number, waitMinutes: number, meanServiceMinutes: number): number {
  return 1 - probWaitExceeds(servers, load, waitMinutes, meanServiceMinutes);
}

/** Mean wait in minutes (W_q = C·s / (c − A)); Infinity when unstable, 0 without load. */
export function meanWaitMinutes(servers: number, load: number, meanServiceMinutes: number): number {
  if (load <= 0) return 0;
  if (servers <= load) return Infinity;
  return (erlangC(servers, load) * meanServiceMinutes) / (servers - load);
}

/** Mean number waiting in the queue (L_q = C·A / (c − A)); Infinity when unstable. */
export function meanQueueLength(servers: number, load: number): number {
  if (load <= 0) return 0;
  if (servers <= load) return Infinity;
  return (erlangC(servers, load) * load) / (servers - load);
}

/**
 * The smallest number of servers c with c > A such that at least `targetShare` of arrivals wait
 * at most `maxWaitMinutes`. 0 when there are no arrivals. Linear in c: the Erlang B recurrence
 * is carried from one candidate c to the next instead of restarted.
 */
export function minimumServers(lambdaPerHour: number, meanServiceMinutes: number, targetShare: number, maxWaitMinutes: number): number {
  if (!(lambdaPerHour > 0) || !(meanServiceMinutes > 0)) return 0;
  const load = offeredLoad(lambdaPerHour, meanServiceMinutes);
  const first = Math.floor(load) + 1;
  let b = 1;
  for (let k = 1; k <= first; k++) b = (load * b) / (k + load * b);
  let servers = first;
  for (;;) {
    const c = erlangCFromB(servers, load, b);
    const late = probWaitExceedsGivenC(c, servers, load, maxWaitMinutes, meanServiceMinutes);
    if (1 - late >= targetShare) return servers;
    servers += 1;
    b = (load * b) / (servers + load * b);
  }
}
