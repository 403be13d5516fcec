import type { Agency, Mpp, Region, RegionAnswers, Service } from '../generated/region.types.js';

/**
 * Answers that passed validation: the schema, then the identifiers the answers left out derived from
 * names (region slug, agency and service ids) and every service's agency resolved to an agency id.
 * Figures the region did not give are still absent here; the complete stage (src/complete/) fills
 * them, each with its provenance.
 */
export type ValidAgency = Agency & { id: string };
export type ValidService = Service & { id: string };

export interface ValidRegion extends Omit<RegionAnswers, 'region' | 'agencies' | 'services'> {
  region: Region & { slug: string };
  agencies: ValidAgency[];
  services: ValidService[];
}

export type AgencyKind = NonNullable<Agency['kind']>;
export type OpeningHours = NonNullable<Mpp['openingHours']>;
export type ServiceLevel = NonNullable<Mpp['serviceLevel']>;
export type LaunchStatus = NonNullable<Mpp['launchStatus']>;
export type ServiceCategory = NonNullable<Service['category']>;
