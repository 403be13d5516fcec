import type { ValidRegion } from '../config/valid-region.js';
import type { InputIssue, Result } from '../config/errors.js';
import { validateRegion } from '../config/load.js';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { COLLECTION, type ItemKind } from './kinds.js';

export interface Removal {
  region: ValidRegion;
  /** Every identifier removed, the asked-for item first. */
  removed: { agencies: string[]; services: string[]; counters: string[] };
}

export interface RemoveOptions {
  lang: Lang;
  /** Also remove what still references the item (an agency's services and counters; a service's place on counters). */
  cascade?: boolean;
}

const list = (ids: readonly string[]): string => ids.join(', ');

/**
 * The answers without one item. Refused (an issue, nothing changed) when the item does not exist, when
 * services or counters still reference it and `cascade` is off, or when it is the last service of its
 * agency. With `cascade`, an agency goes with its services and counters, and a service leaves every
 * counter (a counter left with no service goes too). The result is validated as a whole. Pure.
 */
export function removeItem(region: ValidRegion, kind: ItemKind, id: string, options: RemoveOptions): Result<Removal> {
  const { lang } = options;
  const collection = COLLECTION[kind];
  const kindName = t(lang, `grow.kind.${kind}`);
  const items = (region[collection] ?? []) as Array<{ id: string }>;
  const index = items.findIndex((item) => item.id === id);
  const refuse = (path: string, code: string, message: string): Result<Removal> => ({ ok: false, issues: [{ path, code, message } satisfies InputIssue] });
  if (index < 0) {
    const known = items.map((item) => item.id);
    return refuse(collection, 'grow-not-found', t(lang, 'grow.notFound', { kind: kindName, id, known: known.length > 0 ? list(known) : '-' }));
  }
  const at = `${collection}[${index}]`;
  const counters = region.counters ?? [];
  const removed: Removal['removed'] = { agencies: [], services: [], counters: [] };
  let services = region.services;
  let nextCounters = counters;
  let agencies = region.agencies;

  if (kind === 'agency') {
    const ownServices = region.services.filter((s) => s.agency === id).map((s) => s.id);
    const ownCounters = counters.filter((c) => c.agency === id || c.services.some((s) => ownServices.includes(s))).map((c) => c.id);
    if (!options.cascade && ownServices.length + ownCounters.length > 0) {
      const users = [
        ownServices.length > 0 ? t(lang, 'grow.usedByServices', { ids: list(ownServices) }) : '',
        ownCounters.length > 0 ? t(lang, 'grow.usedByCounters', { ids: list(ownCounters) }) : '',
      ].filter(Boolean);
      return refuse(at, 'grow-referenced', t(lang, 'grow.referenced', { kind: kindName, id, users: users.join('; ') }));
    }
    agencies = agencies.filter((a) => a.id !== id);
    services = services.filter((s) => s.agency !== id);
    nextCounters = counters.filter((c) => !ownCounters.includes(c.id));
    removed.agencies.push(id);
    removed.services.push(...ownServices);
    removed.counters.push(...ownCounters);
  } else if (kind === 'service') {
    const service = region.services[index];
    const serving = counters.filter((c) => c.services.includes(id)).map((c) => c.id);
    if (!options.cascade && serving.length > 0) {
      return refuse(at, 'grow-referenced', t(lang, 'grow.referenced', { kind: kindName, id, users: t(lang, 'grow.usedByCounters', { ids: list(serving) }) }));
    }
    if (!region.services.some((s) => s.agency === service.agency && s.id !== id)) {
      return refuse(at, 'grow-last-service', t(lang, 'grow.lastService', { id, agency: service.agency }));
    }
    services = services.filter((s) => s.id !== id);
    nextCounters = counters.map((c) => ({ ...c, services: c.services.filter((s) => s !== id) }));
    removed.services.push(id);
    removed.counters.push(...nextCounters.filter((c) => c.services.length === 0).map((c) => c.id));
    nextCounters = nextCounters.filter((c) => c.services.length > 0);
  } else {
    nextCounters = counters.filter((c) => c.id !== id);
    removed.counters.push(id);
  }

  const next: ValidRegion = { ...structuredClone(region), agencies: structuredClone(agencies), services: structuredClone(services) };
  // No explicit counter left: the answers fall back to each agency's plannedCounters.
  if (nextCounters.length > 0) next.counters = structuredClone(nextCounters);
  else delete next.counters;
  const checked = validateRegion(next, { lang });
  if (!checked.ok) return checked;
  return { ok: true, value: { region: checked.value, removed } };
}
