import type { ValidRegion } from '../config/valid-region.js';
import type { CompletedRegion } from '../config/completed-region.js';
import { effectiveCounters } from '../config/counters.js';
import type { Localized } from '../i18n/types.js';
import type { CategoryId, Review, Severity, SeverityCounts } from './types.js';

/** One field that differs; `before`/`after` are absent when the field is absent on that side. */
export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

export interface EntityChange {
  id: string;
  name: string;
  /** Only for changed entities: the fields that differ, in schema order. */
  fields?: FieldChange[];
}

export interface ListDiff {
  added: EntityChange[];
  removed: EntityChange[];
  changed: EntityChange[];
}

export interface FindingRef {
  code: string;
  severity: Severity;
  path: string;
  message: Localized;
}

export interface RegionDiff {
  agencies: ListDiff;
  services: ListDiff;
  /** The effective counters (explicit ones, or `<agency>-<n>` from planned counters). */
  counters: ListDiff;
  /** Changed fields of `region` and `mpp`, e.g. `mpp.onlineBookingShare`. */
  settings: FieldChange[];
  facilities: { added: string[]; removed: string[] };
  readiness: {
    before: number;
    after: number;
    delta: number;
    countsBefore: SeverityCounts;
    countsAfter: SeverityCounts;
    categories: Array<{ id: CategoryId; before: number; after: number; delta: number }>;
  };
  /** Findings only in the new review, and findings of the old review that are gone (matched by code and message). */
  findings: { added: FindingRef[]; resolved: FindingRef[] };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Fields that differ between two objects (keys in the new object's order, then removed keys); `deep` keys are compared one level down. */
export function fieldChanges(before: object | undefined, after: object | undefined, prefix = '', deep: readonly string[] = []): FieldChange[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const keys = [...Object.keys(b), ...Object.keys(a).filter((k) => !(k in b))];
  const changes: FieldChange[] = [];
  for (const key of keys) {
    if (same(a[key], b[key])) continue;
    const bothObjects = [a[key], b[key]].every((v) => v === undefined || (typeof v === 'object' && v !== null && !Array.isArray(v)));
    if (deep.includes(key) && bothObjects) {
      changes.push(...fieldChanges(a[key] as object | undefined, b[key] as object | undefined, `${prefix}${key}.`));
      continue;
    }
    changes.push({ field: `${prefix}${key}`, ...(a[key] !== undefined ? { before: a[key] } : {}), ...(b[key] !== undefined ? { after: b[key] } : {}) });
  }
  return changes;
}

function listDiff<T extends { id: string }>(before: readonly T[], after: readonly T[], name: (item: T) => string, deep: readonly string[] = []): ListDiff {
  const oldById = new Map(before.map((item) => [item.id, item]));
  const newIds = new Set(after.map((item) => item.id));
  const diff: ListDiff = { added: [], removed: [], changed: [] };
  for (const item of after) {
    const previous = oldById.get(item.id);
    if (!previous) diff.added.push({ id: item.id, name: name(item) });
    else {
      const fields = fieldChanges(previous, item, '', deep);
      if (fields.length > 0) diff.changed.push({ id: item.id, name: name(item), fields });
    }
  }
  for (const item of before) if (!newIds.has(item.id)) diff.removed.push({ id: item.id, name: name(item) });
  return diff;
}

function findingRefs(review: Review): Map<string, FindingRef> {
  return new Map(review.findings.map((f) => [`${f.code}\u0000${f.message.en}`, { code: f.code, severity: f.severity, path: f.path, message: f.message }]));
}

/**
 * What changed between two versions of a region's answers, with the readiness before and after.
 * Agencies, services and settings compare the answers (what the user changed); counters compare the
 * completed regions (an estimated counter count is a counter too). Pure.
 */
export function diffRegions(before: ValidRegion, after: ValidRegion, reviews: { before: Review; after: Review }, completed: { before: CompletedRegion; after: CompletedRegion }): RegionDiff {
  const oldFindings = findingRefs(reviews.before);
  const newFindings = findingRefs(reviews.after);
  const oldFacilities = new Set(before.facilities ?? []);
  const newFacilities = new Set(after.facilities ?? []);
  const oldCategories = new Map(reviews.before.categories.map((c) => [c.id, c.score]));
  return {
    agencies: listDiff(before.agencies, after.agencies, (a) => a.name),
    services: listDiff(before.services, after.services, (s) => s.name, ['standard']),
    counters: listDiff(effectiveCounters(completed.before), effectiveCounters(completed.after), (c) => c.id),
    settings: [...fieldChanges(before.region, after.region, 'region.'), ...fieldChanges(before.mpp, after.mpp, 'mpp.')],
    facilities: { added: [...newFacilities].filter((f) => !oldFacilities.has(f)), removed: [...oldFacilities].filter((f) => !newFacilities.has(f)) },
    readiness: {
      before: reviews.before.score,
      after: reviews.after.score,
      delta: reviews.after.score - reviews.before.score,
      countsBefore: reviews.before.counts,
      countsAfter: reviews.after.counts,
      categories: reviews.after.categories.map((c) => ({ id: c.id, before: oldCategories.get(c.id) ?? 0, after: c.score, delta: c.score - (oldCategories.get(c.id) ?? 0) })),
    },
    findings: {
      added: [...newFindings].filter(([key]) => !oldFindings.has(key)).map(([, f]) => f),
      resolved: [...oldFindings].filter(([key]) => !newFindings.has(key)).map(([, f]) => f),
    },
  };
}
