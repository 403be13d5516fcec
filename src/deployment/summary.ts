import type { RegionAnswers } from '../generated/region.types.js';
import { effectiveCounters } from '../config/counters.js';
import { regionTitle } from '../config/region-title.js';

/** Headline figures of a region, for the README and the CLI. */
export interface RegionSummary {
  regionTitle: string;
  agencies: number;
  services: number;
  counters: number;
  facilities: number;
  agencyRows: Array<{ id: string; name: string; kind: string; services: number; counters: number }>;
}

export function summarizeRegion(region: RegionAnswers): RegionSummary {
  const counters = effectiveCounters(region);
  const servicesBy = new Map<string, number>();
  for (const s of region.services) servicesBy.set(s.agency, (servicesBy.get(s.agency) ?? 0) + 1);
  const countersBy = new Map<string, number>();
  for (const c of counters) countersBy.set(c.agency, (countersBy.get(c.agency) ?? 0) + 1);
  return {
    regionTitle: regionTitle(region.region),
    agencies: region.agencies.length,
    services: region.services.length,
    counters: counters.length,
    facilities: region.facilities?.length ?? 0,
    agencyRows: region.agencies.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      services: servicesBy.get(a.id) ?? 0,
      counters: countersBy.get(a.id) ?? 0,
    })),
  };
}
