import typicalAgenciesData from '../generated/data/typical-agencies.json' with { type: 'json' };
import type { Agency, Service } from '../generated/region.types.js';
import type { Localized } from '../i18n/types.js';

/** One entry of `data/typical-agencies.yaml`: an agency common in MPPs, with typical services. */
export interface TypicalAgency {
  id: string;
  name: Localized;
  shortName?: string;
  kind: Agency['kind'];
  defaultCounters: number;
  services: Array<{
    id: string;
    name: Localized;
    category?: Service['category'];
    handlingMinutes: number;
    visitorsPerDay: number;
  }>;
}

/**
 * The typical agencies the interview offers (`data/typical-agencies.yaml`, as the JSON
 * scripts/gen-data.mjs makes of it after checking it against its schema).
 */
export function typicalAgencies(): TypicalAgency[] {
  const data = typicalAgenciesData as unknown as { agencies?: TypicalAgency[] } | TypicalAgency[];
  return Array.isArray(data) ? data : (data.agencies ?? []);
}
