import type { RegionAnswers } from '../generated/region.types.js';
import { slugify, uniqueId } from '../config/slug.js';
import { COLLECTION, isItem, type Collection, type Item, type ItemKind } from './kinds.js';

/** Where one part of an item file landed in the answers: `collection[index]` came from `itemPath`. */
export interface Placement {
  collection: Collection;
  index: number;
  itemPath: Array<string | number>;
}

/** The answers with the item in them (not validated yet) and where its parts went. */
export interface Addition {
  data: Item;
  /** Identifier of the added item (given or derived from its name); undefined when neither exists. */
  id?: string;
  placements: Placement[];
}

export interface AddOptions {
  /** An item whose id already exists replaces it (change) instead of being added twice (an error). */
  replace?: boolean;
}

const FALLBACK: Record<Collection, string> = { agencies: 'instansi', services: 'layanan', counters: 'loket' };

/**
 * Puts one item into a copy of the answers. An agency item may carry its own `services` and `counters`
 * lists (an agency needs at least one service); their `agency` defaults to the agency's id. Missing ids
 * are derived from the name (`Dinas Kesehatan` -> `dinas-kesehatan`, `-2` when taken). Pure: the
 * caller validates the result as a whole.
 */
export function addItem(region: RegionAnswers, kind: ItemKind, item: Item, options: AddOptions = {}): Addition {
  const data = structuredClone(region) as unknown as Item;
  const placements: Placement[] = [];
  // Answers whose collections are not lists are left as they are: their validation says what is wrong.
  if ((['agencies', 'services', 'counters'] as const).some((c) => data[c] !== undefined && !Array.isArray(data[c]))) {
    return { data, placements };
  }
  const lists: Record<Collection, Item[]> = {
    agencies: (data.agencies as Item[] | undefined) ?? [],
    services: (data.services as Item[] | undefined) ?? [],
    counters: (data.counters as Item[] | undefined) ?? [],
  };
  const taken: Record<Collection, Set<string>> = {
    agencies: idsOf(lists.agencies),
    services: idsOf(lists.services),
    counters: idsOf(lists.counters),
  };
  const place = (collection: Collection, value: Item, itemPath: Array<string | number>): void => {
    const list = lists[collection];
    const existing = typeof value.id === 'string' && options.replace ? list.findIndex((other) => other.id === value.id) : -1;
    if (existing >= 0) {
      list[existing] = value;
      placements.push({ collection, index: existing, itemPath });
    } else {
      placements.push({ collection, index: list.length, itemPath });
      list.push(value);
    }
  };
  const withId = (collection: Collection, value: Item): Item => {
    if (value.id !== undefined || typeof value.name !== 'string') return value;
    const base = slugify(value.name, FALLBACK[collection]);
    const id = uniqueId(base, taken[collection]);
    return { id, ...value };
  };

  const collection = COLLECTION[kind];
  let main: Item = { ...item };
  const nested: Array<{ collection: Collection; key: string; items: Item[] }> = [];
  if (kind === 'agency') {
    for (const [key, into] of [['services', 'services'], ['counters', 'counters']] as const) {
      const value = main[key];
      if (Array.isArray(value) && value.every(isItem)) {
        nested.push({ collection: into, key, items: value });
        delete main[key];
      }
    }
  }
  main = withId(collection, main);
  place(collection, main, []);
  for (const group of nested) {
    group.items.forEach((child, index) => {
      const owned = main.id !== undefined && child.agency === undefined ? { ...child, agency: main.id } : child;
      place(group.collection, withId(group.collection, owned), [group.key, index]);
    });
  }
  data.agencies = lists.agencies;
  data.services = lists.services;
  if (lists.counters.length > 0 || data.counters !== undefined) data.counters = lists.counters;
  return { data, id: typeof main.id === 'string' ? main.id : undefined, placements };
}

function idsOf(items: readonly Item[]): Set<string> {
  return new Set(items.map((item) => item.id).filter((id): id is string => typeof id === 'string'));
}
