import type { MergeConflict, MergeLabels } from './conflict.js';
import { mergeChecklistText } from './merge-checklist.js';
import { mergeJsonText } from './merge-json.js';
import { mergeText } from './merge-text.js';

/** How a file is merged: checklist.yaml by item id, JSON by keys, anything else line by line. */
export type MergeStrategy = 'checklist' | 'json' | 'text';

export const CHECKLIST_PATH = 'checklist/checklist.yaml';

export function strategyFor(path: string): MergeStrategy {
  if (path === CHECKLIST_PATH) return 'checklist';
  if (path.endsWith('.json')) return 'json';
  return 'text';
}

export interface FileMerge {
  /** The strategy that produced the result (a structured file that does not parse falls back to lines). */
  strategy: MergeStrategy;
  content: string;
  conflicts: MergeConflict[];
}

/**
 * Three-way merge of one text file by its strategy. Structured files also merge without a base
 * (two-way: what only one side has is kept, differences are listed); a line merge needs the base,
 * so without one the result is undefined.
 */
export function mergeFile(path: string, base: string | undefined, yours: string, kit: string, labels: MergeLabels): FileMerge | undefined {
  const strategy = strategyFor(path);
  const structured = strategy === 'checklist' ? mergeChecklistText(base, yours, kit) : strategy === 'json' ? mergeJsonText(base, yours, kit) : undefined;
  if (structured) return { strategy, content: structured.value, conflicts: structured.conflicts };
  if (base === undefined) return undefined;
  const merged = mergeText(base, yours, kit, labels);
  return { strategy: 'text', content: merged.value, conflicts: merged.conflicts };
}
