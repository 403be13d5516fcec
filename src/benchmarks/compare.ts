import type { RegionAnswers } from '../generated/region.types.js';
import { visitorsPerDay } from '../config/demand.js';
import { plannedCountersByAgency } from '../config/counters.js';
import type { Lang } from '../i18n/types.js';
import type { Benchmark, BenchmarkCheck, BenchmarkData } from './types.js';

/** A region figure outside (or inside a failure band of) published benchmarks. */
export interface BenchmarkDeviation {
  check: string;
  severity: 'warning' | 'info';
  /** Field path in the answers the figure comes from. */
  path: string;
  /** What the figure is about (an agency or service label, or the MPP). */
  subject: string;
  value: number;
  low: number;
  high: number;
  benchmarks: Benchmark[];
  direction: 'below' | 'above' | 'within';
}

const r1 = (x: number): number => Math.round(x * 10) / 10;

/** Names and sources of benchmarks in one language: `Place (source); ...`. */
export function benchmarkNames(deviation: Pick<BenchmarkDeviation, 'benchmarks'>, lang: Lang): string {
  return deviation.benchmarks.map((b) => `${b.place[lang]}: ${b.low === b.high ? b.low : `${b.low}-${b.high}`} (${b.source})`).join('; ');
}

/** The region's values of one figure, each with the path and subject it belongs to. */
function figures(check: BenchmarkCheck, region: RegionAnswers): Array<{ value: number; path: string; subject: string }> {
  const agencyById = new Map(region.agencies.map((a) => [a.id, a]));
  switch (check.figure) {
    case 'mpp-visitors-per-day': {
      const total = region.services.reduce((s, service) => s + visitorsPerDay(service, region, agencyById.get(service.agency)), 0);
      return total > 0 ? [{ value: r1(total), path: 'services', subject: region.mpp.name }] : [];
    }
    case 'handling-minutes':
      return region.services.map((s, i) => ({ value: s.handlingMinutes, path: `services[${i}].handlingMinutes`, subject: s.name }));
    case 'visitors-per-counter-per-day': {
      const planned = plannedCountersByAgency(region);
      const byAgency = new Map<string, number>();
      for (const s of region.services) byAgency.set(s.agency, (byAgency.get(s.agency) ?? 0) + visitorsPerDay(s, region, agencyById.get(s.agency)));
      return region.agencies.flatMap((a, i) => {
        const counters = planned.get(a.id) ?? 0;
        const visitors = byAgency.get(a.id) ?? 0;
        return counters > 0 && visitors > 0 ? [{ value: r1(visitors / counters), path: `agencies[${i}].plannedCounters`, subject: a.shortName ?? a.name }] : [];
      });
    }
    default:
      return [];
  }
}

/** Every region figure far outside the published benchmarks (or inside a failure band), per the checks. Pure. */
export function compareWithBenchmarks(region: RegionAnswers, data: BenchmarkData): BenchmarkDeviation[] {
  const byId = new Map(data.benchmarks.map((b) => [b.id, b]));
  const out: BenchmarkDeviation[] = [];
  for (const check of data.checks) {
    const benchmarks = check.benchmarks.map((id) => byId.get(id)).filter((b): b is Benchmark => b !== undefined);
    if (benchmarks.length === 0) continue;
    const low = Math.min(...benchmarks.map((b) => b.low));
    const high = Math.max(...benchmarks.map((b) => b.high));
    for (const f of figures(check, region)) {
      let direction: BenchmarkDeviation['direction'] | undefined;
      if (check.compare === 'within') direction = f.value <= high ? 'within' : undefined;
      else if (f.value < low * (check.farBelow ?? 0)) direction = 'below';
      else if (f.value > high * (check.farAbove ?? Infinity)) direction = 'above';
      if (direction) out.push({ check: check.id, severity: check.severity, path: f.path, subject: f.subject, value: f.value, low, high, benchmarks, direction });
    }
  }
  return out;
}
