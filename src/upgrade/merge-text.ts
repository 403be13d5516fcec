import { diff3Merge } from 'node-diff3';
import { DEFAULT_LABELS, type LineConflict, type MergeLabels, type Merged } from './conflict.js';

/** Line ending of the user's file: a file the user's editor turned to CRLF stays CRLF. */
function lineEnding(yours: string): '\r\n' | '\n' {
  return yours.includes('\r\n') ? '\r\n' : '\n';
}

const lines = (text: string): string[] => text.replace(/\r\n/g, '\n').split('\n');

/**
 * Line-based three-way merge (diff3, the algorithm of GNU diff3 and git): changes made on one side
 * only are applied; the same change made on both sides is taken once; overlapping different changes
 * are written between standard markers, with the base between the two sides (git's `diff3` style):
 *
 *     <<<<<<< yours
 *     (the user's lines)
 *     ||||||| base
 *     (what the kit wrote last time)
 *     =======
 *     (what the kit writes now)
 *     >>>>>>> kit
 *
 * Line endings are compared without CR, and the result keeps the user's line ending.
 */
export function mergeText(base: string, yours: string, kit: string, labels: MergeLabels = DEFAULT_LABELS): Merged<string, LineConflict> {
  const regions = diff3Merge(lines(yours), lines(base), lines(kit), { excludeFalseConflicts: true });
  const out: string[] = [];
  const conflicts: LineConflict[] = [];
  for (const region of regions) {
    if (region.ok) {
      out.push(...region.ok);
    } else if (region.conflict) {
      const { a, o, b } = region.conflict;
      conflicts.push({ kind: 'lines', line: out.length + 1, yours: a, base: o, kit: b });
      out.push(`<<<<<<< ${labels.yours}`, ...a, `||||||| ${labels.base}`, ...o, '=======', ...b, `>>>>>>> ${labels.kit}`);
    }
  }
  return { value: out.join(lineEnding(yours)), conflicts };
}

/** True when a text still holds the opening and closing markers of a conflict (not yet resolved). */
export function hasConflictMarkers(text: string): boolean {
  return /^<{7} /m.test(text) && /^>{7} /m.test(text);
}
