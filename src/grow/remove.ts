import type { ValidRegion } from '../config/valid-region.js';
import type { RegionAnswers } from '../generated/region.types.js';
import { formatPath, type InputIssue, type Result } from '../config/errors.js';
import { validateRegion } from '../config/load.js';
import { withDerivedIds } from '../config/identify.js';
import { locate, type YamlSource } from '../config/yaml-source.js';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { COLLECTION, type Collection, type ItemKind } from './kinds.js';
import { pathSegments } from './path-segments.js';

export interface Removal {
  region: ValidRegion;
  /** Every identifier removed, the asked-for item first. */
  removed: { agencies: string[]; services: string[]; counters: string[] };
}

export interface RemoveOptions {
  lang: Lang;
  /** Also remove what still references the item (an agency's services and counters; a service's place on counters). */
  cascade?: boolean;
  /** The answers file's name and parsed source: every issue points there (line, column, its own path). */
  regionFile?: string;
  regionSource?: YamlSource;
}

const list = (ids: readonly string[]): string => ids.join(', ');

type Keyed = { id: string };

/** Lists of objects where the answers need them; anything else is left to the validator to report. */
function wellShaped(region: RegionAnswers): boolean {
  const isList = (value: unknown): boolean => Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null);
  const floorsOk = typeof region.mpp === 'object' && region.mpp !== null;
  return floorsOk && isList(region.agencies) && isList(region.services) && (region.counters === undefined || isList(region.counters));
}

/** An issue about the result, moved to where it is in the answers file (indices before the removal). */
function relocate(issue: InputIssue, kept: Record<Collection, number[]>, options: RemoveOptions): InputIssue {
  const segments = pathSegments(issue.path);
  const collection = segments[0] as Collection;
  if (collection in kept && typeof segments[1] === 'number') segments[1] = kept[collection][segments[1]] ?? segments[1];
  const pos = options.regionSource ? locate(options.regionSource, segments) : undefined;
  return { ...issue, path: formatPath(segments), file: options.regionFile, line: pos?.line, column: pos?.column };
}

/**
 * The answers without one item. Refused (an issue, nothing changed) when the item does not exist, when
 * services or counters still reference it and `cascade` is off, or when it is the last service of its
 * agency. With `cascade`, an agency goes with its services and counters, and a service leaves every
 * counter (a counter left with no service goes too). The answers may come straight from the file: the
 * result is validated once, as a whole, its issues located in the file. Pure.
 */
export function removeItem(answers: RegionAnswers, kind: ItemKind, id: string, options: RemoveOptions): Result<Removal> {
  const { lang } = options;
  const file = options.regionFile;
  if (!wellShaped(answers)) {
    const checked = validateRegion(answers, { lang, file }, options.regionSource);
    if (!checked.ok) return checked;
    return removeItem(checked.value, kind, id, options);
  }
  // Identifiers the file leaves out are derived from names, as validation does: an item is named by the id it gets.
  // (Every item has an id then; data too broken for that is reported by the validation of the result.)
  const region = withDerivedIds(answers, lang) as ValidRegion;
  const collection = COLLECTION[kind];
  const kindName = t(lang, `grow.kind.${kind}`);
  const items = (region[collection] ?? []) as Keyed[];
  const index = items.findIndex((item) => item.id === id);
  const refuse = (path: string, code: string, message: string): Result<Removal> => {
    const pos = options.regionSource ? locate(options.regionSource, pathSegments(path)) : undefined;
    return { ok: false, issues: [{ path, file, line: pos?.line, column: pos?.column, code, message } satisfies InputIssue] };
  };
  if (index < 0) {
    const known = items.map((item) => item.id);
    return refuse(collection, 'grow-not-found', t(lang, 'grow.notFound', { kind: kindName, id, known: known.length > 0 ? list(known) : '-' }));
  }
  const at = `${collection}[${index}]`;
  const counters = region.counters ?? [];
  const removed: Removal['removed'] = { agencies: [], services: [], counters: [] };
  const gone: Record<Collection, Set<string>> = { agencies: new Set(), services: new Set(), counters: new Set() };
  /** A counter's services after the removal (a removed service leaves every counter). */
  const servicesAfter = (c: { services: string[] }): string[] => (kind === 'service' ? (c.services ?? []).filter((s) => s !== id) : c.services);

  if (kind === 'agency') {
    const ownServices = region.services.filter((s) => s.agency === id).map((s) => s.id);
    const ownCounters = counters.filter((c) => c.agency === id || (c.services ?? []).some((s) => ownServices.includes(s))).map((c) => c.id);
    if (!options.cascade && ownServices.length + ownCounters.length > 0) {
      const users = [
        ownServices.length > 0 ? t(lang, 'grow.usedByServices', { ids: list(ownServices) }) : '',
        ownCounters.length > 0 ? t(lang, 'grow.usedByCounters', { ids: list(ownCounters) }) : '',
      ].filter(Boolean);
      return refuse(at, 'grow-referenced', t(lang, 'grow.referenced', { kind: kindName, id, users: users.join('; ') }));
    }
    gone.agencies.add(id);
    ownServices.forEach((s) => gone.services.add(s));
    ownCounters.forEach((c) => gone.counters.add(c));
  } else if (kind === 'service') {
    const service = region.services[index];
    const serving = counters.filter((c) => (c.services ?? []).includes(id)).map((c) => c.id);
    if (!options.cascade && serving.length > 0) {
      return refuse(at, 'grow-referenced', t(lang, 'grow.referenced', { kind: kindName, id, users: t(lang, 'grow.usedByCounters', { ids: list(serving) }) }));
    }
    if (!region.services.some((s) => s.agency === service.agency && s.id !== id)) {
      return refuse(at, 'grow-last-service', t(lang, 'grow.lastService', { id, agency: service.agency }));
    }
    gone.services.add(id);
    for (const c of counters) if (servicesAfter(c).length === 0) gone.counters.add(c.id);
  } else {
    gone.counters.add(id);
  }

  // What stays, and where each kept item was in the file (to locate issues of the result there).
  const kept: Record<Collection, number[]> = { agencies: [], services: [], counters: [] };
  const keep = <T extends Keyed>(c: Collection, from: readonly T[], drop: (item: T) => boolean): T[] =>
    from.flatMap((item, i) => {
      if (drop(item)) return [];
      kept[c].push(i);
      return [structuredClone(item)];
    });
  const next: RegionAnswers = {
    ...structuredClone(region),
    agencies: keep('agencies', region.agencies, (a) => gone.agencies.has(a.id)),
    services: keep('services', region.services, (s) => gone.services.has(s.id) || gone.agencies.has(s.agency)),
  };
  const nextCounters = keep('counters', counters, (c) => gone.counters.has(c.id)).map((c) => ({ ...c, services: servicesAfter(c) }));
  // No explicit counter left: the answers fall back to each agency's plannedCounters.
  if (nextCounters.length > 0) next.counters = nextCounters;
  else delete next.counters;
  removed.agencies.push(...gone.agencies);
  removed.services.push(...region.services.filter((s) => gone.services.has(s.id) || gone.agencies.has(s.agency)).map((s) => s.id));
  removed.counters.push(...counters.filter((c) => gone.counters.has(c.id)).map((c) => c.id));
  const checked = validateRegion(next, { lang, file });
  if (!checked.ok) return { ok: false, issues: checked.issues.map((issue) => relocate(issue, kept, options)) };
  return { ok: true, value: { region: checked.value, removed } };
}

/** `instansi a, layanan b, ...`: what a removal took out, for the report. */
export function removedText(removal: Removal, lang: Lang): string {
  const { removed } = removal;
  return [
    ...removed.agencies.map((x) => `${t(lang, 'grow.kind.agency')} ${x}`),
    ...removed.services.map((x) => `${t(lang, 'grow.kind.service')} ${x}`),
    ...removed.counters.map((x) => `${t(lang, 'grow.kind.counter')} ${x}`),
  ].join(', ');
}
