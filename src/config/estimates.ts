import type { RegionAnswers } from '../generated/region.types.js';

/**
 * Which of a region's figures rest on estimates: the one place the review and the dashboard ask.
 * Today the answers mark estimates with `estimate: true` on an agency (its planned counters and
 * participation) or a service (its visitors and handling minutes); when figures carry their own
 * provenance (given, estimated, default), only this function changes.
 */
export interface Estimates {
  /** Agencies whose figures (planned counters, participation) are estimates. */
  agencies: ReadonlySet<string>;
  /** Services whose demand figures (visitors, handling minutes) are estimates. */
  services: ReadonlySet<string>;
  /** Share (0-1) of the services whose demand figures are estimates. */
  serviceShare: number;
}

export function estimatesOf(region: Pick<RegionAnswers, 'agencies' | 'services'>): Estimates {
  const agencies = new Set(region.agencies.filter((a) => a.estimate === true).map((a) => a.id));
  const services = new Set(region.services.filter((s) => s.estimate === true).map((s) => s.id));
  return { agencies, services, serviceShare: region.services.length > 0 ? services.size / region.services.length : 0 };
}
