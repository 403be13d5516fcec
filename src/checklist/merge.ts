import type { ChecklistFile, Item, Status } from '../generated/checklist.types.js';

const KEY_ORDER: Array<keyof Item> = [
  'id', 'phase', 'title', 'subject', 'explanation', 'gaps', 'estimates', 'legalBasis', 'examples', 'ownerRole', 'evidence',
  'blocksLaunch', 'dueWeeksBefore', 'recurs', 'dueDate', 'confirmMet', 'applies', 'status', 'statusBeforeRetired', 'notes',
  'evidenceProvided', 'reviewerStatus', 'reviewerNote',
];

/** What the region and its reviewer wrote on an item: kept across re-runs, whatever the generator plans. */
export function userEntries(item: Item): Pick<Item, 'notes' | 'evidenceProvided' | 'reviewerStatus' | 'reviewerNote'> {
  return {
    notes: item.notes ?? undefined,
    evidenceProvided: item.evidenceProvided,
    reviewerStatus: item.reviewerStatus,
    reviewerNote: item.reviewerNote ?? undefined,
  };
}

/** A copy with keys in a fixed order and no undefined values, so the YAML reads the same for every item. */
export function orderItemKeys(item: Item): Item {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (item[key] !== undefined) out[key] = item[key];
  return out as unknown as Item;
}

/** The region's status for an item that applies again after having been retired. */
function restoredStatus(previous: Item): Status {
  if (previous.applies === false) return previous.statusBeforeRetired ?? 'belum';
  return previous.status;
}

function retire(previous: Item): Item {
  const before = previous.applies === false ? previous.statusBeforeRetired : previous.status;
  return orderItemKeys({
    ...previous,
    applies: false,
    status: 'tidak-berlaku',
    statusBeforeRetired: before && before !== 'tidak-berlaku' ? before : undefined,
  });
}

/**
 * Applies the region's own entries from `previous` to a freshly tailored checklist. For each planned
 * item with the same id: its `status`, `notes`, `evidenceProvided`, `reviewerStatus` and
 * `reviewerNote` are kept. Items of `previous` that the answers no
 * longer produce are kept (never deleted) with `applies: false` and status `tidak-berlaku`; the status
 * they had is remembered in `statusBeforeRetired` and comes back if the item applies again.
 * Order: phase by phase, the planned items, then the retired ones in their previous order.
 */
export function mergeChecklist(planned: ChecklistFile, previous?: ChecklistFile): ChecklistFile {
  const previousById = new Map((previous?.items ?? []).map((item) => [item.id, item]));
  const plannedIds = new Set(planned.items.map((item) => item.id));
  const merged = planned.items.map((item) => {
    const before = previousById.get(item.id);
    if (!before) return orderItemKeys(item);
    return orderItemKeys({ ...item, status: restoredStatus(before), statusBeforeRetired: undefined, ...userEntries(before) });
  });
  const retired = (previous?.items ?? []).filter((item) => !plannedIds.has(item.id)).map(retire);
  const phaseIds = planned.phases.map((p) => p.id);
  const items: Item[] = [];
  for (const phase of phaseIds) {
    items.push(...merged.filter((item) => item.phase === phase));
    items.push(...retired.filter((item) => item.phase === phase));
  }
  // Items whose phase the current catalogue no longer has stay at the end rather than vanish.
  items.push(...merged.filter((item) => !phaseIds.includes(item.phase)), ...retired.filter((item) => !phaseIds.includes(item.phase)));
  return { ...planned, items };
}
