import { isDeepStrictEqual } from 'node:util';
import { diff3Merge } from 'node-diff3';
import type { Merged, ValueConflict } from './conflict.js';

/**
 * Keys that identify an element of a list of objects, in the order they are tried: a list whose
 * elements all carry one of them (a string or number, unique in each version) is merged element by
 * element; any other list is one value. These are the identities the kit's structured outputs use
 * (`id` for agencies, services, counters, checklist items; `key` for components and survey unsur;
 * `day` for opening hours; `service` for quotas).
 */
export const IDENTITY_KEYS = ['id', 'key', 'day', 'service'] as const;

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown): boolean => isDeepStrictEqual(a, b);
const child = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/** The identity key shared by every element of the given lists, if there is one. */
function identityKey(lists: unknown[][]): string | undefined {
  const all = lists.flat();
  if (all.length === 0 || !all.every(isPlain)) return undefined;
  return IDENTITY_KEYS.find((key) =>
    lists.every((list) => {
      const ids = list.map((element) => (element as Plain)[key]);
      return ids.every((id) => typeof id === 'string' || typeof id === 'number') && new Set(ids).size === ids.length;
    }),
  );
}

/** Keys in the kit's order, then the keys only the user has, in the user's order. */
function unionOrder(kitKeys: Iterable<string | number>, yourKeys: Iterable<string | number>): Array<string | number> {
  const out = [...kitKeys];
  const seen = new Set(out);
  for (const key of yourKeys) {
    if (seen.has(key)) continue;
    out.push(key);
    seen.add(key);
  }
  return out;
}

class JsonMerger {
  readonly conflicts: ValueConflict[] = [];

  value(base: unknown, yours: unknown, kit: unknown, path: string): unknown {
    if (same(yours, kit)) return yours;
    if (same(base, yours)) return kit;
    if (same(base, kit)) return yours;
    if (isPlain(yours) && isPlain(kit) && (base === undefined || isPlain(base))) return this.object(base, yours, kit, path);
    if (Array.isArray(yours) && Array.isArray(kit) && (base === undefined || Array.isArray(base))) {
      const merged = this.list(base ?? [], yours, kit, path);
      if (merged !== undefined) return merged;
    }
    this.conflicts.push({ kind: 'value', path, base, yours, kit });
    return yours;
  }

  private object(base: Plain | undefined, yours: Plain, kit: Plain, path: string): Plain {
    const entries: Array<[string, unknown]> = [];
    for (const key of unionOrder(Object.keys(kit), Object.keys(yours)) as string[]) {
      const value = this.value(own(base, key), own(yours, key), own(kit, key), child(path, key));
      if (value !== undefined) entries.push([key, value]);
    }
    // fromEntries defines own properties, so a key such as `__proto__` stays data.
    return Object.fromEntries(entries);
  }

  private list(base: unknown[], yours: unknown[], kit: unknown[], path: string): unknown[] | undefined {
    const key = identityKey([base, yours, kit]);
    if (key !== undefined) return this.byIdentity(key, base as Plain[], yours as Plain[], kit as Plain[], path);
    return mergePrimitiveList(base, yours, kit);
  }

  private byIdentity(key: string, base: Plain[], yours: Plain[], kit: Plain[], path: string): unknown[] {
    const index = (list: Plain[]) => new Map(list.map((element) => [element[key] as string | number, element]));
    const [b, y, k] = [index(base), index(yours), index(kit)];
    const out: unknown[] = [];
    for (const id of unionOrder(k.keys(), y.keys())) {
      const value = this.value(b.get(id), y.get(id), k.get(id), `${path}[${key}=${id}]`);
      if (value !== undefined) out.push(value);
    }
    return out;
  }
}

function own(object: Plain | undefined, key: string): unknown {
  return object !== undefined && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** A list of strings (or of numbers) merged line-like with diff3; undefined when that cannot be clean. */
function mergePrimitiveList(base: unknown[], yours: unknown[], kit: unknown[]): unknown[] | undefined {
  const all = [...base, ...yours, ...kit];
  const kind = typeof all[0];
  if ((kind !== 'string' && kind !== 'number') || !all.every((element) => typeof element === kind)) return undefined;
  const regions = diff3Merge(yours as Array<string | number>, base as Array<string | number>, kit as Array<string | number>, { excludeFalseConflicts: true });
  if (regions.some((region) => region.conflict)) return undefined;
  return regions.flatMap((region) => region.ok ?? []);
}

/**
 * Three-way merge of JSON values, key by key: a value only the user changed is kept, one only the
 * kit changed is taken, the same change on both sides is taken once. Objects are merged per key
 * (kit's key order, then the user's own keys); lists of objects by their identity key; lists of
 * strings or numbers like lines. When both sides changed a value differently, the user's value is
 * kept and the conflict is listed, so the result is always valid JSON. `base` undefined (no record
 * of what the kit wrote) makes every difference a conflict, and keeps what only one side has.
 */
export function mergeJsonValues(base: unknown, yours: unknown, kit: unknown, path = ''): Merged<unknown, ValueConflict> {
  const merger = new JsonMerger();
  const value = merger.value(base, yours, kit, path);
  return { value, conflicts: merger.conflicts };
}

/** The kit's JSON style: two-space indentation and a final newline. */
export function serializeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * Merges three JSON texts structurally; undefined when one of them is not JSON (the caller falls
 * back to a line merge). A result equal to one side keeps that side's exact text.
 */
export function mergeJsonText(base: string | undefined, yours: string, kit: string): Merged<string, ValueConflict> | undefined {
  const parsed = [base === undefined ? { ok: true as const, value: undefined } : parseJson(base), parseJson(yours), parseJson(kit)];
  if (!parsed.every((p) => p.ok)) return undefined;
  const [b, y, k] = parsed.map((p) => (p as { value: unknown }).value);
  const merged = mergeJsonValues(b, y, k);
  const text = same(merged.value, k) ? kit : same(merged.value, y) ? yours : serializeJson(merged.value);
  return { value: text, conflicts: merged.conflicts };
}
