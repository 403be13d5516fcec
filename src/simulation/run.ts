import { COMPANIONS_PER_VISITOR } from '../layout/constants.js';
import type { SimModel } from './model.js';
import { createRng } from './rng.js';
import { createCollector, simulateDay, type DayCollector } from './engine.js';
import { REPORTED_PERCENTILE } from './constants.js';
import type { AgencyDayFigures, DayFigures, HourFigures, PoolFigures, SimulationResult, StageFigures } from './result.js';
import { Sample as SampleClass, type TimeHistogram, type Sample } from './stats.js';

export interface SimulateOptions {
  replications: number;
  seed: number;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const r3n = (x: number | null): number | null => (x === null ? null : r3(x));

/** Clock hours a day type covers, from the opening hour to the last hour anyone is present. */
function hoursOf(model: SimModel, dayIndex: number): number[] {
  const day = model.days[dayIndex];
  const end = Math.max(day.close, ...day.presence.map((p) => p?.to ?? 0));
  const hours: number[] = [];
  for (let h = Math.floor(day.open / 60); h * 60 < end; h++) hours.push(h);
  return hours;
}

function hourFigures(hour: number, n: number, queue: Map<number, TimeHistogram>, waits: Map<number, Sample>, arrivals: Map<number, number> | undefined, turned: Map<number, number> | undefined, limit: number): HourFigures {
  const q = queue.get(hour);
  const w = waits.get(hour);
  return {
    hour,
    arrivals: r3((arrivals?.get(hour) ?? 0) / n),
    queueMean: r3(q ? q.mean() : 0),
    queueP95: q ? q.percentile(REPORTED_PERCENTILE) : 0,
    waitMean: r3n(w ? w.mean() : null),
    waitP95: r3n(w ? w.percentile(REPORTED_PERCENTILE) : null),
    overLimit: w && w.length > 0 ? r3(w.countAbove(limit) / w.length) : null,
    turnedAway: r3((turned?.get(hour) ?? 0) / n),
  };
}

function summarise(model: SimModel, dayIndex: number, c: DayCollector, n: number): DayFigures {
  const day = model.days[dayIndex];
  const limit = model.serviceLevel.maxWaitMinutes;
  const hours = hoursOf(model, dayIndex);
  const sum = (m: Map<number, number>): number => [...m.values()].reduce((s, x) => s + x, 0);
  const agencies: AgencyDayFigures[] = model.agencies.map((agency, a) => {
    const all = [...c.agencyWaits[a].values()];
    const pooled = { length: all.reduce((s, x) => s + x.length, 0), sum: all.reduce((s, x) => s + x.sum, 0), over: all.reduce((s, x) => s + x.countAbove(limit), 0) };
    const p95 = mergedPercentile(all, REPORTED_PERCENTILE);
    const figures = hours.map((h) => hourFigures(h, n, c.agencyQueue[a], c.agencyWaits[a], c.agencyArrivals[a], c.agencyTurnedAway[a], limit));
    return {
      agency: agency.id,
      label: agency.label,
      present: day.presence[a] !== null,
      hours: figures,
      visitors: r3(sum(c.agencyArrivals[a]) / n),
      served: r3(c.agencyServed[a] / n),
      turnedAway: r3(sum(c.agencyTurnedAway[a]) / n),
      unservedAtClose: r3(c.agencyUnserved[a] / n),
      waitMean: pooled.length > 0 ? r3(pooled.sum / pooled.length) : null,
      waitP95: r3n(p95),
      priorityWaitMean: r3n(c.agencyPriorityWaits[a].mean()),
      queueP95: Math.max(0, ...figures.map((f) => f.queueP95)),
      overLimit: pooled.length > 0 ? r3(pooled.over / pooled.length) : null,
    };
  });
  const pools: PoolFigures[] = model.pools.map((pool, p) => {
    const staffed = c.poolStaffed[p];
    const busy = [...c.poolBusy[p]];
    const total = busy.reduce((s, x) => s + x, 0);
    const out: PoolFigures = {
      pool: pool.id,
      label: pool.label,
      kind: pool.kind,
      counters: pool.counters,
      utilisation: staffed > 0 && pool.counters > 0 ? r3(total / (staffed * pool.counters)) : null,
      counterUtilisation: busy.map((b) => (staffed > 0 ? r3(b / staffed) : null)),
      waitMean: r3n(c.poolWaits[p].mean()),
    };
    if (pool.agency !== undefined) out.agency = pool.agency;
    return out;
  });
  const stages: StageFigures[] = [];
  for (const agency of model.agencies) {
    for (const service of agency.services) {
      if (service.stages.length < 2) continue;
      const list = service.stages.map((stage) => ({ name: stage.name, pool: model.pools[stage.pool].id, waitMean: pools[stage.pool].waitMean, utilisation: pools[stage.pool].utilisation }));
      let bottleneck = 0;
      list.forEach((stage, i) => {
        const best = list[bottleneck];
        const w = stage.waitMean ?? -1;
        const bw = best.waitMean ?? -1;
        if (w > bw + 1e-9 || (Math.abs(w - bw) <= 1e-9 && (stage.utilisation ?? 0) > (best.utilisation ?? 0))) bottleneck = i;
      });
      stages.push({ service: service.id, serviceName: service.name, agency: agency.id, stages: list, bottleneck });
    }
  }
  const buildingHours = hours.map((h) => {
    const f = hourFigures(h, n, c.buildingQueue, c.buildingWaits, undefined, undefined, limit);
    const served = c.buildingInService.get(h);
    const peopleP95 = Math.ceil(f.queueP95 * (1 + COMPANIONS_PER_VISITOR) + COMPANIONS_PER_VISITOR * (served ? served.mean() : 0) - 1e-9);
    return {
      ...f,
      arrivals: r3(agencies.reduce((s, a) => s + (a.hours.find((x) => x.hour === h)?.arrivals ?? 0), 0)),
      turnedAway: r3(agencies.reduce((s, a) => s + (a.hours.find((x) => x.hour === h)?.turnedAway ?? 0), 0)),
      peopleP95,
    };
  });
  return {
    day: day.day,
    weekdays: day.weekdays,
    open: day.open,
    close: day.close,
    building: {
      hours: buildingHours,
      visitors: r3(agencies.reduce((s, a) => s + a.visitors, 0)),
      served: r3(agencies.reduce((s, a) => s + a.served, 0)),
      turnedAway: r3(agencies.reduce((s, a) => s + a.turnedAway, 0)),
      unservedAtClose: r3(agencies.reduce((s, a) => s + a.unservedAtClose, 0)),
      queueP95: Math.max(0, ...buildingHours.map((h) => h.queueP95)),
      peopleP95: Math.max(0, ...buildingHours.map((h) => h.peopleP95)),
    },
    agencies,
    pools,
    stages,
  };
}

/** Percentile of several samples taken together. */
function mergedPercentile(samples: Sample[], p: number): number | null {
  if (samples.length === 0) return null;
  const merged = new SampleClass();
  for (const s of samples) for (const x of s.values()) merged.push(x);
  return merged.percentile(p);
}

/**
 * Simulates every day type of the model `replications` times. Replication r of day type d draws from
 * its own stream of `seed`, so results do not depend on the order days are run in, and the same
 * seed always gives the same figures. Pure.
 */
export function simulate(model: SimModel, options: SimulateOptions): SimulationResult {
  const days = model.days.map((_, d) => {
    const collector = createCollector(model);
    for (let r = 0; r < options.replications; r++) simulateDay(model, d, createRng(options.seed, r * 8 + d), collector);
    return summarise(model, d, collector, options.replications);
  });
  return { replications: options.replications, seed: options.seed, days };
}
