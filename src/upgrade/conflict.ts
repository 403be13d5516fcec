/**
 * What a three-way merge could not decide alone. Text conflicts are written into the file between
 * standard markers; structured conflicts (YAML, JSON) keep the user's value, so the file stays
 * valid, and list the kit's value for the user to adopt or not.
 */
export type MergeConflict = LineConflict | ValueConflict;

/** Overlapping changes in a text file, written with markers starting at `line` (1-based). */
export interface LineConflict {
  kind: 'lines';
  line: number;
  yours: string[];
  base: string[];
  kit: string[];
}

/**
 * Both sides changed one value differently: the user's value is kept. `path` names the value, with
 * list elements by identity, e.g. `queue.counters[id=dukcapil-1].label.id`. An absent value is
 * `undefined` (the key was deleted, or never existed on that side).
 */
export interface ValueConflict {
  kind: 'value';
  path: string;
  base: unknown;
  yours: unknown;
  kit: unknown;
}

/** The labels after the conflict markers: `<<<<<<< yours`, `||||||| base`, `>>>>>>> kit`. */
export interface MergeLabels {
  yours: string;
  base: string;
  kit: string;
}

export const DEFAULT_LABELS: MergeLabels = { yours: 'yours', base: 'base', kit: 'kit' };

/** A merge's outcome: the merged value and what it could not decide. */
export interface Merged<T, C extends MergeConflict = MergeConflict> {
  value: T;
  conflicts: C[];
}
