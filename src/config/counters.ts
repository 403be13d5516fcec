import type { Counter } from '../generated/region.types.js';

/** What the counter functions read: agencies with their planned counters, services by agency, explicit counters. */
export interface CounterSource {
  agencies: ReadonlyArray<{ id: string; plannedCounters: number }>;
  services: ReadonlyArray<{ id: string; agency: string }>;
  counters?: Counter[];
}

/**
 * The counters of the MPP: the explicit `counters` when the answers give any, else
 * `plannedCounters` counters per agency, each serving all of that agency's services, with ids
 * `<agency>-<n>` (an agency without services has no counter to serve anything). The result is in a
 * stable order (answers order).
 */
export function effectiveCounters(region: CounterSource): Counter[] {
  if (region.counters && region.counters.length > 0) return region.counters;
  const servicesByAgency = new Map<string, string[]>();
  for (const service of region.services) {
    const list = servicesByAgency.get(service.agency) ?? [];
    list.push(service.id);
    servicesByAgency.set(service.agency, list);
  }
  const counters: Counter[] = [];
  for (const agency of region.agencies) {
    const services = servicesByAgency.get(agency.id) ?? [];
    if (services.length === 0) continue;
    for (let n = 1; n <= agency.plannedCounters; n++) {
      counters.push({ id: `${agency.id}-${n}`, agency: agency.id, services: [...services], priority: false });
    }
  }
  return counters;
}

/** Planned counters per agency id: explicit counters counted, or `plannedCounters`. */
export function plannedCountersByAgency(region: CounterSource): Map<string, number> {
  const result = new Map<string, number>(region.agencies.map((a) => [a.id, 0]));
  if (region.counters && region.counters.length > 0) {
    for (const c of region.counters) result.set(c.agency, (result.get(c.agency) ?? 0) + 1);
  } else {
    for (const a of region.agencies) result.set(a.id, a.plannedCounters);
  }
  return result;
}
