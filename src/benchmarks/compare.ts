import type { CompletedRegion } from '../config/completed-region.js';
import { visitorsPerDay } from '../config/demand.js';
import { plannedCountersByAgency } from '../config/counters.js';
import { isRegionFigure, provenanceOf } from '../config/provenance.js';
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

/** What the comparison reads of a completed region. */
export type BenchmarkRegion = Pick<CompletedRegion, 'mpp' | 'agencies' | 'services' | 'counters' | 'provenance'>;

const r1 = (x: number): number => Math.round(x * 10) / 10;

/** Names and sources of benchmarks in one language: `Place (source); ...`. */
export function benchmarkNames(deviation: Pick<BenchmarkDeviation, 'benchmarks'>, lang: Lang): string {
  return deviation.benchmarks.map((b) => `${b.place[lang]}: ${b.low === b.high ? b.low : `${b.low}-${b.high}`} (${b.source})`).join('; ');
}

/**
 * The region's values of one figure, each with the path and subject it belongs to. Only the
 * region's own figures are compared (given, or its own marked estimates): a figure the kit estimated
 * is already inside the benchmarks' range by construction, and a warning on it would tell the region
 * nothing about its data.
 */
function figures(check: BenchmarkCheck, region: BenchmarkRegion): Array<{ value: number; path: string; subject: string }> {
  const agencyById = new Map(region.agencies.map((a) => [a.id, a]));
  const ownVisitors = (id: string): boolean => isRegionFigure(provenanceOf(region, { service: id, figure: 'visitorsPerDay' }));
  switch (check.figure) {
    case 'mpp-visitors-per-day': {
      if (region.mpp.dailyVisitors !== undefined) {
        return region.mpp.dailyVisitors > 0 ? [{ value: region.mpp.dailyVisitors, path: 'mpp.dailyVisitors', subject: region.mpp.name }] : [];
      }
      if (!region.services.every((s) => ownVisitors(s.id))) return [];
      const total = region.services.reduce((s, service) => s + visitorsPerDay(service, region, agencyById.get(service.agency)), 0);
      return total > 0 ? [{ value: r1(total), path: 'services', subject: region.mpp.name }] : [];
    }
    case 'handling-minutes':
      return region.services.flatMap((s, i) =>
        isRegionFigure(provenanceOf(region, { service: s.id, figure: 'handlingMinutes' })) ? [{ value: s.handlingMinutes, path: `services[${i}].handlingMinutes`, subject: s.name }] : [],
      );
    case 'visitors-per-counter-per-day': {
      const planned = plannedCountersByAgency(region);
      const byAgency = new Map<string, number>();
      const estimated = new Set<string>();
      for (const s of region.services) {
        byAgency.set(s.agency, (byAgency.get(s.agency) ?? 0) + visitorsPerDay(s, region, agencyById.get(s.agency)));
        if (!ownVisitors(s.id)) estimated.add(s.agency);
      }
      return region.agencies.flatMap((a, i) => {
        // Read directly: while the complete stage sizes its provisional region, planned counters have no provenance yet.
        const counted = region.provenance.agencies.get(a.id)?.plannedCounters;
        if (estimated.has(a.id) || !counted || !isRegionFigure(counted)) return [];
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
export function compareWithBenchmarks(region: BenchmarkRegion, data: BenchmarkData): BenchmarkDeviation[] {
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
