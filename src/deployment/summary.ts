import type { CompletedRegion } from '../config/completed-region.js';
import { effectiveCounters } from '../config/counters.js';
import { isEstimate, provenanceOf } from '../config/provenance.js';
import { regionTitle } from '../config/region-title.js';

/** Whether a source confirms an agency's participation: `confirmed`, `illustrative` (marked not confirmed) or `stated` (the region's own list, no mark). */
export type AgencyStatus = 'confirmed' | 'illustrative' | 'stated';

/** Headline figures of a region, for the README and the CLI. */
export interface RegionSummary {
  regionTitle: string;
  agencies: number;
  services: number;
  counters: number;
  /** Some counters rest on an estimated or default planned count. */
  countersEstimated: boolean;
  facilities: number;
  agencyRows: Array<{
    id: string;
    name: string;
    kind: string;
    kindEstimated: boolean;
    services: number;
    counters: number;
    countersEstimated: boolean;
    status: AgencyStatus;
    source?: string;
  }>;
}

function agencyStatus(agency: CompletedRegion['agencies'][number]): AgencyStatus {
  if (agency.confirmed === true) return 'confirmed';
  if (agency.confirmed === false || agency.estimate === true) return 'illustrative';
  return 'stated';
}

export function summarizeRegion(region: CompletedRegion): RegionSummary {
  const counters = effectiveCounters(region);
  const servicesBy = new Map<string, number>();
  for (const s of region.services) servicesBy.set(s.agency, (servicesBy.get(s.agency) ?? 0) + 1);
  const countersBy = new Map<string, number>();
  for (const c of counters) countersBy.set(c.agency, (countersBy.get(c.agency) ?? 0) + 1);
  const agencyRows = region.agencies.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    kindEstimated: isEstimate(provenanceOf(region, { agency: a.id, figure: 'kind' })),
    services: servicesBy.get(a.id) ?? 0,
    counters: countersBy.get(a.id) ?? 0,
    countersEstimated: isEstimate(provenanceOf(region, { agency: a.id, figure: 'plannedCounters' })),
    status: agencyStatus(a),
    ...(a.source ? { source: a.source } : {}),
  }));
  return {
    regionTitle: regionTitle(region.region),
    agencies: region.agencies.length,
    services: region.services.length,
    counters: counters.length,
    countersEstimated: agencyRows.some((r) => r.countersEstimated && r.counters > 0),
    facilities: region.facilities?.length ?? 0,
    agencyRows,
  };
}
