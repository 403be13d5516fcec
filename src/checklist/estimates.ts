import type { CompletedRegion } from '../config/completed-region.js';
import { isEstimate, provenanceOf } from '../config/provenance.js';
import type { Estimate } from '../generated/checklist.types.js';

/** The figures of a completed region that are not the region's own, grouped the way checklist tasks ask for them. */
export interface EstimateFacts {
  /** Agency id -> its services whose handling minutes are estimated or defaulted. */
  handling: ReadonlyMap<string, Estimate[]>;
  /** Agency id -> its services whose visitors per day are estimated or defaulted. */
  visitors: ReadonlyMap<string, Estimate[]>;
  /** Agency id -> its planned counters, when estimated (agencies with services only: the others get a service-list task). */
  counters: ReadonlyMap<string, Estimate[]>;
  /** Agency id -> its kind, when estimated from the name or defaulted. */
  kind: ReadonlyMap<string, Estimate[]>;
  /** Agencies with no known service. */
  withoutServices: ReadonlySet<string>;
  floors: boolean;
  openingHours: boolean;
}

function push(map: Map<string, Estimate[]>, key: string, estimate: Estimate): void {
  const list = map.get(key);
  if (list) list.push(estimate);
  else map.set(key, [estimate]);
}

/** Reads the provenance of a completed region into the facts the estimate conditions test. Pure. */
export function estimateFacts(region: CompletedRegion): EstimateFacts {
  const handling = new Map<string, Estimate[]>();
  const visitors = new Map<string, Estimate[]>();
  const counters = new Map<string, Estimate[]>();
  const kind = new Map<string, Estimate[]>();
  const served = new Set<string>();
  for (const service of region.services) {
    served.add(service.agency);
    const h = provenanceOf(region, { service: service.id, figure: 'handlingMinutes' });
    if (isEstimate(h)) push(handling, service.agency, { service: service.id, serviceName: service.name, figure: 'handlingMinutes', value: service.handlingMinutes, note: { ...h.note } });
    const v = provenanceOf(region, { service: service.id, figure: 'visitorsPerDay' });
    if (isEstimate(v)) push(visitors, service.agency, { service: service.id, serviceName: service.name, figure: 'visitorsPerDay', value: service.visitorsPerDay, note: { ...v.note } });
  }
  for (const agency of region.agencies) {
    const c = provenanceOf(region, { agency: agency.id, figure: 'plannedCounters' });
    if (isEstimate(c) && served.has(agency.id)) push(counters, agency.id, { figure: 'plannedCounters', value: agency.plannedCounters, note: { ...c.note } });
    const k = provenanceOf(region, { agency: agency.id, figure: 'kind' });
    if (isEstimate(k)) push(kind, agency.id, { figure: 'kind', value: agency.kind, note: { ...k.note } });
  }
  return {
    handling,
    visitors,
    counters,
    kind,
    withoutServices: new Set(region.agencies.filter((a) => !served.has(a.id)).map((a) => a.id)),
    floors: isEstimate(provenanceOf(region, { mpp: 'floors' })),
    openingHours: isEstimate(provenanceOf(region, { mpp: 'openingHours' })),
  };
}
