import { isDeepStrictEqual } from 'node:util';
import type { ChecklistFile, Item } from '../generated/checklist.types.js';
import { mergeChecklist, orderItemKeys } from '../checklist/merge.js';
import { parseChecklistYaml } from '../checklist/parse.js';
import { renderChecklistYaml } from '../checklist/render-yaml.js';
import type { Merged, ValueConflict } from './conflict.js';
import { mergeJsonValues } from './merge-json.js';

/**
 * Item fields the checklist's own merge settles (src/checklist/merge.ts): the region's status and
 * notes by item id, the status remembered when an item stops applying, and whether it applies.
 */
const SETTLED = new Set(['id', 'status', 'statusBeforeRetired', 'notes', 'applies']);

type Fields = Record<string, unknown>;

/** Known fields in the checklist's key order, then any other field in the order it came. */
function ordered(values: Fields): Item {
  const known = orderItemKeys(values as unknown as Item) as unknown as Fields;
  const out: Fields = { ...known };
  for (const [key, value] of Object.entries(values)) if (!(key in out) && value !== undefined) out[key] = value;
  return out as unknown as Item;
}

const own = (item: Item | undefined, key: string): unknown => (item as unknown as Fields | undefined)?.[key];

/**
 * Three-way merge of checklist.yaml by item id. The kit's new checklist brings new items, corrected
 * texts and legal bases; the region's status and notes are kept as on every re-run, and items the
 * kit no longer makes stay with `applies: false` (the checklist's own merge, reused). Beyond that,
 * every other field of an item is merged against the base: a field only the user changed (a
 * reworded title, an evidence list, a field a newer kit added) is kept, one only the kit changed is
 * taken, and when both changed it the user's value is kept and the conflict listed. Without a base
 * the file's contract applies: the kit rewrites everything but status and notes, and fields the kit
 * does not know are kept.
 */
export function mergeChecklistFiles(base: ChecklistFile | undefined, yours: ChecklistFile, kit: ChecklistFile): Merged<ChecklistFile, ValueConflict> {
  // The kit's own plan is what applies; items it shows as retired come from the region's file again.
  const planned: ChecklistFile = { ...kit, items: kit.items.filter((item) => item.applies !== false) };
  const merged = mergeChecklist(planned, yours);
  const byId = (file: ChecklistFile | undefined) => new Map((file?.items ?? []).map((item) => [item.id, item]));
  const [before, mine, theirs] = [byId(base), byId(yours), byId(planned)];
  const conflicts: ValueConflict[] = [];
  const items = merged.items.map((item) => {
    const y = mine.get(item.id);
    if (!y) return item;
    const k = theirs.get(item.id);
    const b = before.get(item.id);
    const values: Fields = { ...(item as unknown as Fields) };
    const keys = new Set([...Object.keys(y), ...Object.keys(k ?? {})]);
    for (const key of keys) {
      if (SETTLED.has(key)) continue;
      if (!k || (!b && own(k, key) === undefined)) {
        // An item the kit retired, or a field the kit does not write: the user's value.
        if (values[key] === undefined) values[key] = own(y, key);
      } else if (b) {
        const result = mergeJsonValues(own(b, key), own(y, key), own(k, key), `items[id=${item.id}].${key}`);
        values[key] = result.value;
        conflicts.push(...result.conflicts);
      }
    }
    return ordered(values);
  });
  return { value: { ...merged, items }, conflicts };
}

function parseOrUndefined(text: string): ChecklistFile | undefined {
  try {
    return parseChecklistYaml(text);
  } catch {
    return undefined;
  }
}

/**
 * Merges three checklist.yaml texts structurally and writes the result with the checklist's own
 * serializer; undefined when one of them is not a valid checklist (the caller falls back to a line
 * merge, which keeps every byte the user wrote). A result equal to the kit's keeps its exact text.
 */
export function mergeChecklistText(base: string | undefined, yours: string, kit: string): Merged<string, ValueConflict> | undefined {
  const b = base === undefined ? undefined : parseOrUndefined(base);
  const y = parseOrUndefined(yours);
  const k = parseOrUndefined(kit);
  if (!y || !k || (base !== undefined && !b)) return undefined;
  const merged = mergeChecklistFiles(b, y, k);
  const text = isDeepStrictEqual(merged.value, k) ? kit : renderChecklistYaml(merged.value);
  return { value: text, conflicts: merged.conflicts };
}
