import { t } from '../i18n/catalogue.js';
import { nameKey } from '../config/identify.js';
import { slugify } from '../interview/slug.js';
import type { ImportContext, TableRows } from './grids-to-region.js';

type Item = Record<string, unknown>;

function asItem(value: unknown): Item {
  return value !== null && typeof value === 'object' ? (value as Item) : {};
}

/**
 * Cross-sheet checks that must be reported even when other cells are wrong (the schema validator only
 * runs its cross-reference rules on schema-valid input): duplicate ids, and references to agencies,
 * services and floors that no sheet defines.
 */
export function checkReferences(tables: TableRows, ctx: ImportContext): void {
  const lang = ctx.options.lang;
  const ids = new Map<string, Set<string>>();
  for (const collection of ['agencies', 'services', 'counters', 'mpp.floors']) {
    const first = new Map<string, string>();
    for (const item of tables.get(collection)?.items ?? []) {
      const id = asItem(item.value).id;
      if (typeof id !== 'string') continue;
      const ref = ctx.locate(`${item.at}.id`);
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, ref);
      else ctx.add(ref, 'duplicate-id', t(lang, 'sheet.duplicateId', { id, other: earlier }), `${item.at}.id`);
    }
    ids.set(collection, new Set(first.keys()));
  }
  const agencies = ids.get('agencies') ?? new Set<string>();
  // A service may name its agency by id, by name or short name, or by the id its name derives to.
  const agencyNames = new Set<string>();
  for (const item of tables.get('agencies')?.items ?? []) {
    for (const key of ['name', 'shortName']) {
      const value = asItem(item.value)[key];
      if (typeof value === 'string') agencyNames.add(nameKey(value)).add(slugify(value, ''));
    }
  }
  const services = ids.get('services') ?? new Set<string>();
  const floors = ids.get('mpp.floors') ?? new Set<string>();
  const unknownAgency = (at: string, value: unknown): void => {
    if (typeof value === 'string' && !agencies.has(value)) {
      ctx.add(ctx.locate(`${at}.agency`), 'unknown-agency', t(lang, 'sheet.unknownAgency', { id: value }), `${at}.agency`);
    }
  };
  for (const item of tables.get('services')?.items ?? []) {
    const agency = asItem(item.value).agency;
    if (typeof agency === 'string' && (agencyNames.has(nameKey(agency)) || agencyNames.has(agency))) continue;
    unknownAgency(item.at, agency);
  }
  for (const item of tables.get('counters')?.items ?? []) {
    const counter = asItem(item.value);
    unknownAgency(item.at, counter.agency);
    const list = Array.isArray(counter.services) ? (counter.services as unknown[]) : [];
    list.forEach((service, index) => {
      if (typeof service === 'string' && !services.has(service)) {
        ctx.add(ctx.locate(`${item.at}.services`), 'unknown-service', t(lang, 'sheet.unknownService', { id: service }), `${item.at}.services[${index}]`);
      }
    });
    if (typeof counter.floor === 'string' && !floors.has(counter.floor)) {
      ctx.add(ctx.locate(`${item.at}.floor`), 'unknown-floor', t(lang, 'sheet.unknownFloor', { id: counter.floor }), `${item.at}.floor`);
    }
  }
}
