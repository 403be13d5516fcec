import type { Service, Standard } from '../generated/region.types.js';
import type { CompletedService, CompletedRegion } from '../config/completed-region.js';
import { DEFAULTS } from '../config/defaults.js';
import { STANDARD_COMPONENTS, missingComponents } from '../checklist/components.js';
import type { Catalogue, CatalogueService, Component, Fee } from '../generated/app-config.types.js';

type ComponentKey = Component['key'];

/**
 * The fee as the application shows it: free (amount 0), paid (amount > 0), the published text only
 * (several tariffs or conditions, no single amount), a note only, or not set. The published text is
 * kept beside the amount, never parsed into one.
 */
export function feeOf(service: Pick<Service, 'standard'>): Fee {
  const fee = service.standard?.fee;
  if (!fee) return { kind: 'not-set', currency: 'IDR' };
  const rest = { ...(fee.text ? { text: fee.text } : {}), ...(fee.note ? { note: fee.note } : {}) };
  if (fee.amount === 0) return { kind: 'free', currency: 'IDR', amount: 0, ...rest };
  if (fee.amount !== undefined) return { kind: 'paid', currency: 'IDR', amount: fee.amount, ...rest };
  if (fee.text) return { kind: 'text', currency: 'IDR', ...rest };
  return { kind: 'note', currency: 'IDR', ...rest };
}

/** One service with its 14 components in the regulation's order; missing ones listed, never invented. */
export function catalogueService(service: CompletedService, agencyName: string): CatalogueService {
  const standard: Standard = service.standard ?? {};
  const missing = new Set(missingComponents(service));
  const components: Component[] = STANDARD_COMPONENTS.map((c) => {
    const key = c.key as ComponentKey;
    const value = standard[key as keyof Standard];
    const set = !missing.has(key) && value !== undefined;
    return {
      key,
      group: c.group,
      status: set ? 'set' : 'missing',
      ...(set ? { value: structuredClone(value) as Component['value'] } : {}),
    };
  });
  const missingKeys = components.filter((c) => c.status === 'missing').map((c) => c.key);
  return {
    id: service.id,
    agency: service.agency,
    agencyName,
    name: service.name,
    category: service.category ?? DEFAULTS.serviceCategory,
    estimate: service.estimate === true,
    fee: feeOf(service),
    components,
    missing: missingKeys,
    complete: missingKeys.length === 0,
  };
}

/** The service catalogue: every service, in the answers' order. */
export function planCatalogue(region: Pick<CompletedRegion, 'agencies' | 'services'>): Catalogue {
  const names = new Map(region.agencies.map((a) => [a.id, a.name]));
  return {
    basis: 'UU 25/2009 Pasal 21; PermenPANRB 15/2014',
    components: STANDARD_COMPONENTS.map((c) => ({ key: c.key, group: c.group, label: { id: c.label.id, en: c.label.en } })),
    services: region.services.map((s) => catalogueService(s, names.get(s.agency) ?? s.agency)),
  };
}
