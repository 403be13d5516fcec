import { isDeepStrictEqual } from 'node:util';
import { formatPath } from '../config/errors.js';

/** What the kit writes into mpp.yaml itself: never a difference between two teams' answers. */
const KIT_KEYS = new Set(['generatedBy', '$schema']);

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A list item's name in a path: its id, else its name, else its position. */
function itemKey(item: unknown, index: number): string | number {
  if (isPlain(item) && typeof item.id === 'string') return item.id;
  if (isPlain(item) && typeof item.name === 'string') return item.name;
  return index;
}

function diff(a: unknown, b: unknown, path: Array<string | number>, out: string[]): void {
  if (isDeepStrictEqual(a, b)) return;
  if (isPlain(a) && isPlain(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) if (!(path.length === 0 && KIT_KEYS.has(key))) diff(a[key], b[key], [...path, key], out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.every(isPlain) && b.every(isPlain)) {
    const keysA = a.map(itemKey);
    const keysB = new Map(b.map((item, index) => [itemKey(item, index), item]));
    a.forEach((item, index) => diff(item, keysB.get(keysA[index]), [...path, `[${keysA[index]}]`], out));
    b.forEach((item, index) => {
      if (!keysA.includes(itemKey(item, index))) diff(undefined, item, [...path, `[${itemKey(item, index)}]`], out);
    });
    return;
  }
  out.push(formatPath(path).replace(/\.\[/g, '['));
}

/**
 * The fields whose values differ between two sets of answers (pure), as paths such as `mpp.name`
 * or `agencies[disdukcapil].plannedCounters` (list items named by id, else name). What the kit
 * writes itself (`generatedBy`) does not count. Both should carry their derived ids (withDerivedIds).
 */
export function changedFields(kept: unknown, other: unknown): string[] {
  const out: string[] = [];
  diff(kept, other, [], out);
  return out;
}
