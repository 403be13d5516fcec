import { peakArrivalsPerHour } from './demand.js';
import { round } from '../numbers/round.js';
import { countProvenance, isEstimate, provenanceOf, type ProvenanceCount } from './provenance.js';
import type { CompletedRegion, MppFigure, Provenance } from './completed-region.js';

/** How much of one agency's sizing rests on the region's own figures. */
export interface AgencyEstimates {
  agency: string;
  plannedCounters: Provenance;
  kind: Provenance;
  handlingMinutes: ProvenanceCount;
  visitorsPerDay: ProvenanceCount;
  /** Share (0-1) of the agency's peak offered load from services whose handling or visitors are not given. */
  loadOnEstimates: number;
}

/** How much of a completed region rests on estimates and defaults. */
export interface EstimateSummary {
  mpp: Record<MppFigure, Provenance>;
  handlingMinutes: ProvenanceCount;
  visitorsPerDay: ProvenanceCount;
  plannedCounters: ProvenanceCount;
  kinds: ProvenanceCount;
  /** Share (0-1) of the MPP's peak offered load (Erlangs) from services whose handling or visitors are not given. */
  loadOnEstimates: number;
  agencies: AgencyEstimates[];
  /** Agencies with no known service (they take no counter until planned; a checklist task lists them). */
  agenciesWithoutServices: string[];
  /** True when any figure the sizing reads is not the region's own. */
  any: boolean;
}

/** Where the figures of a completed region come from, counted, and the share of the load they carry. Pure. */
export function estimateSummary(region: CompletedRegion): EstimateSummary {
  let load = 0;
  let estimatedLoad = 0;
  const byAgency = new Map<string, { load: number; estimated: number; handling: Provenance[]; visitors: Provenance[] }>(
    region.agencies.map((a) => [a.id, { load: 0, estimated: 0, handling: [], visitors: [] }]),
  );
  const agencyById = new Map(region.agencies.map((a) => [a.id, a]));
  for (const service of region.services) {
    const handling = provenanceOf(region, { service: service.id, figure: 'handlingMinutes' });
    const visitors = provenanceOf(region, { service: service.id, figure: 'visitorsPerDay' });
    const erlangs = (peakArrivalsPerHour(service, region, agencyById.get(service.agency)) * service.handlingMinutes) / 60;
    const estimated = isEstimate(handling) || (service.peakArrivalsPerHour === undefined && isEstimate(visitors));
    const entry = byAgency.get(service.agency);
    if (!entry) continue;
    entry.load += erlangs;
    entry.handling.push(handling);
    entry.visitors.push(visitors);
    load += erlangs;
    if (estimated) {
      entry.estimated += erlangs;
      estimatedLoad += erlangs;
    }
  }
  const agencies = region.agencies.map((a): AgencyEstimates => {
    const entry = byAgency.get(a.id) as { load: number; estimated: number; handling: Provenance[]; visitors: Provenance[] };
    return {
      agency: a.id,
      plannedCounters: provenanceOf(region, { agency: a.id, figure: 'plannedCounters' }),
      kind: provenanceOf(region, { agency: a.id, figure: 'kind' }),
      handlingMinutes: countProvenance(entry.handling),
      visitorsPerDay: countProvenance(entry.visitors),
      loadOnEstimates: entry.load > 0 ? round(entry.estimated / entry.load, 4) : 0,
    };
  });
  const handlingMinutes = countProvenance(agencies.flatMap((a) => byAgency.get(a.agency)?.handling ?? []));
  const visitorsPerDay = countProvenance(agencies.flatMap((a) => byAgency.get(a.agency)?.visitors ?? []));
  const plannedCounters = countProvenance(agencies.map((a) => a.plannedCounters));
  const kinds = countProvenance(agencies.map((a) => a.kind));
  const mpp = { ...region.provenance.mpp };
  const any =
    handlingMinutes.total !== handlingMinutes.diisi ||
    visitorsPerDay.total !== visitorsPerDay.diisi ||
    plannedCounters.total !== plannedCounters.diisi ||
    Object.values(mpp).some(isEstimate);
  const served = new Set(region.services.map((s) => s.agency));
  return {
    mpp,
    handlingMinutes,
    visitorsPerDay,
    plannedCounters,
    kinds,
    loadOnEstimates: load > 0 ? round(estimatedLoad / load, 4) : 0,
    agencies,
    agenciesWithoutServices: region.agencies.filter((a) => !served.has(a.id)).map((a) => a.id),
    any,
  };
}
