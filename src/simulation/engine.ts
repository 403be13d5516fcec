import type { SimDay, SimModel } from './model.js';
import { exponential, type Rng } from './rng.js';
import { EventQueue } from './heap.js';
import { HourlyCount, Sample, type TimeHistogram } from './stats.js';

const ARRIVAL = 0;
const DONE = 1;
const OPEN = 2;
const CLOSE = 3;
const FINAL_CLOSE = 4;

/** Everything one day type collects over its replications (sums and pooled samples). */
export interface DayCollector {
  /** Per agency (model order), per clock hour: queue histogram, waits of visitors arriving that hour, arrivals, turned away. */
  agencyQueue: Array<Map<number, TimeHistogram>>;
  agencyWaits: Array<Map<number, Sample>>;
  agencyArrivals: Array<Map<number, number>>;
  agencyTurnedAway: Array<Map<number, number>>;
  agencyUnserved: number[];
  agencyServed: number[];
  agencyPriorityWaits: Sample[];
  buildingQueue: Map<number, TimeHistogram>;
  buildingWaits: Map<number, Sample>;
  buildingInService: Map<number, TimeHistogram>;
  paymentQueue: Map<number, TimeHistogram>;
  /** Per pool: busy minutes per counter, staffed minutes per counter, stage waits. */
  poolBusy: Float64Array[];
  poolStaffed: number[];
  poolWaits: Sample[];
}

export function createCollector(model: SimModel): DayCollector {
  const perAgency = <T>(make: () => T): T[] => model.agencies.map(make);
  return {
    agencyQueue: perAgency(() => new Map()),
    agencyWaits: perAgency(() => new Map()),
    agencyArrivals: perAgency(() => new Map()),
    agencyTurnedAway: perAgency(() => new Map()),
    agencyUnserved: model.agencies.map(() => 0),
    agencyServed: model.agencies.map(() => 0),
    agencyPriorityWaits: perAgency(() => new Sample()),
    buildingQueue: new Map(),
    buildingWaits: new Map(),
    buildingInService: new Map(),
    paymentQueue: new Map(),
    poolBusy: model.pools.map((p) => new Float64Array(p.counters)),
    poolStaffed: model.pools.map(() => 0),
    poolWaits: model.pools.map(() => new Sample()),
  };
}

const bump = (map: Map<number, number>, key: number, by = 1): void => {
  map.set(key, (map.get(key) ?? 0) + by);
};
function sampleOf(map: Map<number, Sample>, key: number): Sample {
  let s = map.get(key);
  if (!s) {
    s = new Sample();
    map.set(key, s);
  }
  return s;
}

/** Open intervals of a window with the day's breaks cut out. */
function openIntervals(from: number, to: number, breaks: SimDay['breaks']): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let cursor = from;
  for (const b of [...breaks].sort((x, y) => x.start - y.start)) {
    if (b.end <= cursor || b.start >= to) continue;
    if (b.start > cursor) out.push([cursor, b.start]);
    cursor = Math.max(cursor, b.end);
  }
  if (cursor < to) out.push([cursor, to]);
  return out;
}

/**
 * One replication of one day type: a discrete-event simulation. Visitors arrive by the agency's
 * arrival profile (a Poisson process per hour slot), are turned away once their service's daily
 * quota is used, pass their service's stages in series (each at its pool, the priority groups first,
 * first come first served otherwise, the lowest-numbered free counter takes the next visitor,
 * handling times exponential as in Erlang C), then the shared payment stage when their service pays.
 * Counters pause in breaks (a visitor being served is finished) and stop at the end of the agency's
 * window: whoever still waits then goes home unserved. Pure: all randomness comes from `rng`.
 */
export function simulateDay(model: SimModel, dayIndex: number, rng: Rng, out: DayCollector): void {
  const day = model.days[dayIndex];
  const pools = model.pools;
  const events = new EventQueue();
  const poolOfAgency = new Map<number, number>();
  const paymentPool = pools.findIndex((p) => p.kind === 'payment');

  // Pool state.
  const open = pools.map(() => false);
  const closed = pools.map(() => false);
  const busy = pools.map((p) => new Uint8Array(p.counters));
  const busySince = pools.map((p) => new Float64Array(p.counters));
  const queueHigh: number[][] = pools.map(() => []);
  const queueLow: number[][] = pools.map(() => []);
  const headHigh = pools.map(() => 0);
  const headLow = pools.map(() => 0);

  // Queue-length trackers: one per agency, the payment pool, the building, the visitors in service.
  const agencyCount = model.agencies.map((_, a) => new HourlyCount(out.agencyQueue[a]));
  const paymentCount = new HourlyCount(out.paymentQueue);
  const buildingCount = new HourlyCount(out.buildingQueue);
  const inService = new HourlyCount(out.buildingInService);
  for (const tracker of [...agencyCount, paymentCount, buildingCount, inService]) tracker.reset(day.open);

  // Visitors (struct of arrays).
  const vAgency: number[] = [];
  const vService: number[] = [];
  const vStage: number[] = [];
  const vPriority: boolean[] = [];
  const vArrival: number[] = [];
  const vEnqueued: number[] = [];
  const vWait: number[] = [];

  const services = model.agencies.map((a) => a.services);
  const issued = services.map((list) => list.map(() => 0));
  const quota = services.map((list) => list.map((s) => s.quota[day.day]));

  // Schedules: agency pools follow the agency's window, the payment pool the MPP's day.
  const agencyIndex = new Map(model.agencies.map((a, i) => [a.id, i]));
  pools.forEach((pool, p) => {
    let window: { from: number; to: number } | null;
    if (pool.kind === 'payment') window = { from: day.open, to: day.close };
    else {
      const agency = pool.agency !== undefined ? (agencyIndex.get(pool.agency) ?? -1) : -1;
      window = agency >= 0 ? day.presence[agency] : null;
      if (agency >= 0 && pool.kind === 'agency') poolOfAgency.set(agency, p);
    }
    if (!window) {
      closed[p] = true;
      return;
    }
    const intervals = openIntervals(window.from, window.to, day.breaks);
    for (const [from, to] of intervals) {
      events.push(from, OPEN, p);
      out.poolStaffed[p] += (to - from);
      events.push(to, to === window.to ? FINAL_CLOSE : CLOSE, p);
    }
    if (intervals.length === 0) closed[p] = true;
  });

  // Arrivals: the next arrival of each present agency, generated slot by slot (memoryless).
  const slotIndex = model.agencies.map(() => 0);
  const clock = model.agencies.map(() => 0);
  const serviceVisitors = services.map((list) => list.reduce((sum, s) => sum + s.visitorsPerDay, 0));
  const dailyVisitors = serviceVisitors.map((v, a) => v * (day.presence[a]?.scale ?? 0));
  const nextArrival = (a: number): void => {
    const presence = day.presence[a];
    if (!presence || dailyVisitors[a] <= 0) return;
    let slot = slotIndex[a];
    let t = Math.max(clock[a], presence.slots[slot]?.start ?? Infinity);
    while (slot < presence.slots.length) {
      const s = presence.slots[slot];
      const rate = (dailyVisitors[a] * s.share) / (s.end - s.start);
      if (rate > 0) {
        t += exponential(rng, 1 / rate);
        if (t < s.end) {
          slotIndex[a] = slot;
          clock[a] = t;
          events.push(t, ARRIVAL, a);
          return;
        }
      }
      slot += 1;
      t = presence.slots[slot]?.start ?? Infinity;
    }
    slotIndex[a] = slot;
  };
  model.agencies.forEach((_, a) => nextArrival(a));

  const countQueue = (p: number, time: number, agency: number, delta: number): void => {
    buildingCount.change(time, delta);
    if (p === paymentPool) paymentCount.change(time, delta);
    else agencyCount[agency].change(time, delta);
  };

  const start = (p: number, k: number, v: number, time: number): void => {
    const wait = time - vEnqueued[v];
    vWait[v] += wait;
    out.poolWaits[p].push(wait);
    busy[p][k] = 1;
    busySince[p][k] = time;
    inService.change(time, 1);
    const service = services[vAgency[v]][vService[v]];
    const stage = vStage[v];
    const minutes = stage < service.stages.length ? service.stages[stage].minutes : (model.paymentMinutes ?? 0);
    events.push(time + exponential(rng, minutes), DONE, p, k, v);
  };

  const takeNext = (p: number): number => {
    if (headHigh[p] < queueHigh[p].length) return queueHigh[p][headHigh[p]++];
    if (headLow[p] < queueLow[p].length) return queueLow[p][headLow[p]++];
    return -1;
  };

  const finish = (v: number): void => {
    const a = vAgency[v];
    out.agencyServed[a] += 1;
    const hour = Math.floor(vArrival[v] / 60);
    sampleOf(out.agencyWaits[a], hour).push(vWait[v]);
    sampleOf(out.buildingWaits, hour).push(vWait[v]);
    if (vPriority[v]) out.agencyPriorityWaits[a].push(vWait[v]);
  };

  const route = (v: number, time: number): void => {
    const service = services[vAgency[v]][vService[v]];
    const stage = vStage[v];
    let p: number;
    if (stage < service.stages.length) p = service.stages[stage].pool;
    else if (stage === service.stages.length && service.paymentStage && paymentPool >= 0) p = paymentPool;
    else {
      finish(v);
      return;
    }
    vEnqueued[v] = time;
    if (closed[p] || pools[p].counters === 0) {
      out.agencyUnserved[vAgency[v]] += 1;
      return;
    }
    if (open[p]) {
      const k = busy[p].indexOf(0);
      if (k >= 0) {
        start(p, k, v, time);
        return;
      }
    }
    (vPriority[v] ? queueHigh : queueLow)[p].push(v);
    countQueue(p, time, vAgency[v], 1);
  };

  for (let event = events.pop(); event; event = events.pop()) {
    const time = event.time;
    switch (event.kind) {
      case ARRIVAL: {
        const a = event.a;
        const list = services[a];
        let pick = rng.next() * serviceVisitors[a];
        let s = 0;
        while (s < list.length - 1 && pick >= list[s].visitorsPerDay) pick -= list[s++].visitorsPerDay;
        const hour = Math.floor(time / 60);
        bump(out.agencyArrivals[a], hour);
        const priority = rng.next() < model.priorityShare;
        const limit = quota[a][s];
        if (limit !== undefined && issued[a][s] >= limit) bump(out.agencyTurnedAway[a], hour);
        else {
          issued[a][s] += 1;
          const v = vAgency.length;
          vAgency.push(a);
          vService.push(s);
          vStage.push(0);
          vPriority.push(priority);
          vArrival.push(time);
          vEnqueued.push(time);
          vWait.push(0);
          route(v, time);
        }
        nextArrival(a);
        break;
      }
      case DONE: {
        const p = event.a;
        const k = event.b;
        const v = event.c;
        out.poolBusy[p][k] += time - busySince[p][k];
        busy[p][k] = 0;
        inService.change(time, -1);
        vStage[v] += 1;
        route(v, time);
        if (open[p] && busy[p][k] === 0) {
          const next = takeNext(p);
          if (next >= 0) {
            countQueue(p, time, vAgency[next], -1);
            start(p, k, next, time);
          }
        }
        break;
      }
      case OPEN: {
        const p = event.a;
        open[p] = true;
        for (let k = 0; k < pools[p].counters; k++) {
          if (busy[p][k] !== 0) continue;
          const next = takeNext(p);
          if (next < 0) break;
          countQueue(p, time, vAgency[next], -1);
          start(p, k, next, time);
        }
        break;
      }
      default: {
        const p = event.a;
        open[p] = false;
        if (event.kind === FINAL_CLOSE) {
          closed[p] = true;
          for (let v = takeNext(p); v >= 0; v = takeNext(p)) {
            countQueue(p, time, vAgency[v], -1);
            out.agencyUnserved[vAgency[v]] += 1;
          }
        }
      }
    }
  }
  const end = Math.max(day.close, ...model.agencies.map((_, a) => day.presence[a]?.to ?? day.close));
  for (const tracker of [...agencyCount, paymentCount, buildingCount]) tracker.close(end);
  inService.close(end);
}
