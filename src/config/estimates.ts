import type { CompletedRegion } from './completed-region.js';
import { isEstimate, provenanceOf } from './provenance.js';
import { estimateSummary, type EstimateSummary } from './estimate-summary.js';
import { oncePerObject } from './once.js';

/**
 * Which of a region's figures rest on estimates: the one place the review, the dashboard and the
 * PEKPPP pre-assessment ask. It reads the provenance the complete stage records for every figure
 * (src/complete/): a figure is an estimate when it is not the region's own (`perkiraan`, including
 * a figure the region itself marked `estimate: true`, or a kit default `bawaan`).
 */
export interface Estimates {
  /** Agencies whose planned counters are not the region's own. */
  agencies: ReadonlySet<string>;
  /** Agencies whose participation is not confirmed by a source (`estimate: true` or `confirmed: false`). */
  unconfirmedAgencies: ReadonlySet<string>;
  /** Services whose demand figures (visitors per day or handling minutes) are not the region's own. */
  services: ReadonlySet<string>;
  /** Share (0-1) of the services whose demand figures are estimates. */
  serviceShare: number;
  /** Counts by provenance and the share of the peak load that rests on estimates. */
  summary: EstimateSummary;
}

/** Which of a region's figures rest on estimates; once per completed region (the review, one of its checks and the PEKPPP hints all ask). */
export const estimatesOf: (region: CompletedRegion) => Estimates = oncePerObject(estimatesOnce);

function estimatesOnce(region: CompletedRegion): Estimates {
  const agencies = new Set(region.agencies.filter((a) => isEstimate(provenanceOf(region, { agency: a.id, figure: 'plannedCounters' }))).map((a) => a.id));
  const unconfirmedAgencies = new Set(region.agencies.filter((a) => a.estimate === true || a.confirmed === false).map((a) => a.id));
  const demandEstimated = (id: string): boolean =>
    isEstimate(provenanceOf(region, { service: id, figure: 'handlingMinutes' })) || isEstimate(provenanceOf(region, { service: id, figure: 'visitorsPerDay' }));
  const services = new Set(region.services.filter((s) => demandEstimated(s.id)).map((s) => s.id));
  return {
    agencies,
    unconfirmedAgencies,
    services,
    serviceShare: region.services.length > 0 ? services.size / region.services.length : 0,
    summary: estimateSummary(region),
  };
}
