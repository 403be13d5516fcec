import type { BaseVersion } from './upgrade/base-store.js';
import { DEFAULT_LABELS, type MergeConflict, type MergeLabels } from './upgrade/conflict.js';
import { asText, hashOf, isRenderedText, type Content } from './upgrade/content.js';
import { mergeFile, type MergeStrategy } from './upgrade/merge-file.js';

/**
 * What the writer does with one file, decided before anything is written, from three versions:
 * what the kit wrote last time (the base), the file in the folder now (the user's) and what the
 * running kit writes now. Every writing command (new, add, remove, import --into, upgrade, yo mpp)
 * decides with the same rule; see the table of decideFile.
 */

/** The three versions of one file. Any may be missing. */
export interface FileVersions {
  path: string;
  /** What the kit wrote last time. */
  base?: BaseVersion;
  /** The file in the deployment folder now (the user's). */
  current?: Content;
  /** What the running kit writes now. */
  next?: Content;
}

export interface DecideContext {
  /** The running kit's version, recorded with every base the decision stores. */
  kitVersion: string;
  /** Labels of the conflict markers (`base generator-mpp@0.1.0`, `kit generator-mpp@0.2.0`). */
  labels?: MergeLabels;
  /** The new content was built from the user's current version (mpp.yaml after add, remove, import --into, upgrade): replaced as it is. */
  merged?: boolean;
  /** `--force`: the kit's version replaces a file the user edited (an edited file the kit no longer makes is still kept). */
  force?: boolean;
}

/**
 * Why a file the user edited stays as it is: the kit did not change it; it is binary (never
 * merged); there is no record of what the kit wrote, so the user's edit cannot be told from the
 * kit's change; or the user chose to keep it when asked.
 */
export type KeepReason = 'kit-unchanged' | 'binary' | 'no-base' | 'chosen';

/** Why the kit's version replaces a file: nobody edited it, it was built from the user's version, `--force`, or the user said so. */
export type ReplaceReason = 'untouched' | 'merged' | 'forced' | 'confirmed';

/** How much is known of the base: its bytes, only its hash, or nothing (a deployment made before the base store). */
export type BaseKnowledge = 'content' | 'hash' | 'none';

/**
 * One file's decision. `content` is what to write; `record` is what the base store keeps for the
 * path afterwards: what the kit wrote, so that the next run merges against it (never the merged
 * file), or the old base for a file kept without the kit's change (so that a later merge cannot
 * revert the kit's earlier change as if it were the user's); undefined drops the path.
 */
export type FileDecision = {
  path: string;
  known: BaseKnowledge;
  record?: BaseVersion;
} & (
  | { kind: 'new'; content: Content }
  | { kind: 'unchanged' }
  | { kind: 'replace'; content: Content; reason: ReplaceReason }
  /** `kit`: the kit's version that was not applied (binary, no base), offered when asking. */
  | { kind: 'keep'; reason: KeepReason; kit?: BaseVersion }
  | { kind: 'merge'; content: string; strategy: MergeStrategy }
  /** `base`: the old base, recorded again if the user keeps their version when asked. */
  | { kind: 'conflict'; content: string; strategy: MergeStrategy; conflicts: MergeConflict[]; base?: BaseVersion }
  | { kind: 'delete' }
  | { kind: 'keep-edited-orphan' }
);

export type DecisionKind = FileDecision['kind'];

function knowledge(base: BaseVersion | undefined): BaseKnowledge {
  if (!base) return 'none';
  return base.content === undefined ? 'hash' : 'content';
}

/**
 * Decides what a run does with one file (pure):
 *
 * | the kit now | on disk | decision |
 * |---|---|---|
 * | no file | none | unchanged (nothing to do) |
 * | no file | as the kit wrote it | delete |
 * | no file | edited, or no base | keep-edited-orphan (even with --force) |
 * | a file | none | new |
 * | a file | the same bytes | unchanged |
 * | a file | as the kit wrote it | replace (untouched) |
 * | a file | built from the user's version | replace (merged) |
 * | a file | edited, --force | replace (forced) |
 * | the base again | edited | keep (kit-unchanged) |
 * | changed, binary | edited | keep (binary) |
 * | changed | edited | merge, or conflict |
 * | changed, lines, no base bytes | edited | keep (no-base) |
 *
 * Without a base every file that differs from the kit's output counts as edited by the user;
 * checklist.yaml and JSON files still merge two-way (what one side alone has is kept, differences
 * are listed as conflicts with the user's value kept).
 */
export function decideFile(versions: FileVersions, context: DecideContext): FileDecision {
  const { path, base, current, next } = versions;
  const known = knowledge(base);
  const currentHash = current === undefined ? undefined : hashOf(current);
  const untouched = base !== undefined && currentHash === base.hash;

  if (next === undefined) {
    if (current === undefined) return { path, known, kind: 'unchanged' };
    return untouched ? { path, known, kind: 'delete' } : { path, known, kind: 'keep-edited-orphan' };
  }
  const nextHash = hashOf(next);
  const recordNext: BaseVersion = { hash: nextHash, kit: context.kitVersion, content: next };
  if (current === undefined) return { path, known, kind: 'new', content: next, record: recordNext };
  if (currentHash === nextHash) return { path, known, kind: 'unchanged', record: recordNext };
  if (untouched) return { path, known, kind: 'replace', content: next, reason: 'untouched', record: recordNext };
  if (context.merged) return { path, known, kind: 'replace', content: next, reason: 'merged', record: recordNext };
  if (context.force) return { path, known, kind: 'replace', content: next, reason: 'forced', record: recordNext };
  if (base !== undefined && nextHash === base.hash) return { path, known, kind: 'keep', reason: 'kit-unchanged', record: recordNext };

  // Both the user and the kit changed the file (or, without a base, it differs from the kit's).
  const texts = { base: base?.content === undefined ? undefined : asText(base.content), yours: asText(current), kit: asText(next) };
  const binary = !isRenderedText(next) || texts.yours === undefined || texts.kit === undefined || (base?.content !== undefined && texts.base === undefined);
  if (binary) return { path, known, kind: 'keep', reason: 'binary', record: base, kit: recordNext };
  const merged = mergeFile(path, texts.base, texts.yours as string, texts.kit as string, context.labels ?? DEFAULT_LABELS);
  if (!merged) return { path, known, kind: 'keep', reason: 'no-base', record: base, kit: recordNext };
  if (merged.conflicts.length === 0) return { path, known, kind: 'merge', content: merged.content, strategy: merged.strategy, record: recordNext };
  return { path, known, kind: 'conflict', content: merged.content, strategy: merged.strategy, conflicts: merged.conflicts, record: recordNext, base };
}
