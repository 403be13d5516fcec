import type { RegionAnswers } from '../generated/region.types.js';
import type { Collection } from './kinds.js';

/** The collections an import brings into existing answers. */
export const IMPORTED_COLLECTIONS: readonly Collection[] = ['agencies', 'services', 'counters'];

/**
 * Items of `from` replace those with the same id in `base` and are appended otherwise. Returns the
 * list and where each item of `from` landed (`at[i]` is the index of `from[i]`), so issues found in
 * the result can be traced back to the row they came from.
 */
export function upsertById<T>(base: readonly T[] | undefined, from: readonly T[] | undefined): { list: T[]; at: number[] } {
  const list = [...(base ?? [])];
  const idOf = (item: T): unknown => (typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined);
  const at = (from ?? []).map((item) => {
    const id = idOf(item);
    const index = id === undefined ? -1 : list.findIndex((existing) => idOf(existing) === id);
    if (index >= 0) {
      list[index] = item;
      return index;
    }
    list.push(item);
    return list.length - 1;
  });
  return { list, at };
}

export interface Merged {
  /** The answers with the imported items in them (not validated yet). */
  region: RegionAnswers;
  /** Per collection, where each imported item landed. */
  at: Record<Collection, number[]>;
}

/**
 * A spreadsheet's agencies, services and counters merged into existing answers: same id replaced,
 * new ones appended, everything else of the answers kept. Pure; the caller validates the result.
 */
export function mergeImported(base: RegionAnswers, imported: Partial<Pick<RegionAnswers, Collection>>): Merged {
  const region = structuredClone(base);
  const at = {} as Record<Collection, number[]>;
  for (const collection of IMPORTED_COLLECTIONS) {
    const merged = upsertById<unknown>(base[collection], imported[collection]);
    at[collection] = merged.at;
    if (merged.list.length > 0 || base[collection] !== undefined) (region as Record<Collection, unknown>)[collection] = structuredClone(merged.list);
  }
  return { region, at };
}
