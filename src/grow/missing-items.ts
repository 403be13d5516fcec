import type { RegionAnswers } from '../generated/region.types.js';

/** The lists of the answers whose items a team adds or removes one by one (`mpp add`, by hand). */
export const ITEM_LISTS = ['agencies', 'services', 'counters', 'facilities'] as const;
export type ItemList = (typeof ITEM_LISTS)[number];

/** Items of one list, by identity. */
export interface MissingItems {
  list: ItemList;
  ids: string[];
}

/** An item's identity: a facility is its code, anything else its id (derived from the name where the file leaves it out). */
function identityOf(item: unknown): string | undefined {
  if (typeof item === 'string') return item;
  if (typeof item !== 'object' || item === null) return undefined;
  const { id, name } = item as { id?: unknown; name?: unknown };
  if (typeof id === 'string') return id;
  return typeof name === 'string' ? name : undefined;
}

const identities = (answers: RegionAnswers, list: ItemList): string[] => {
  const items: unknown = answers[list];
  return Array.isArray(items) ? items.flatMap((item) => identityOf(item) ?? []) : [];
};

/**
 * The items `kept` holds that `other` lacks, list by list (pure): what answering from `other`
 * would drop from a deployment whose answers are `kept` (an agency added with `mpp add`, a counter
 * added by hand). Both should carry their derived ids (withDerivedIds). Empty lists are left out.
 */
export function itemsMissingFrom(kept: RegionAnswers, other: RegionAnswers): MissingItems[] {
  return ITEM_LISTS.flatMap((list) => {
    const present = new Set(identities(other, list));
    const ids = [...new Set(identities(kept, list).filter((id) => !present.has(id)))];
    return ids.length > 0 ? [{ list, ids }] : [];
  });
}
