import { DEFAULT_LABELS, type MergeConflict, type MergeLabels } from './conflict.js';
import { asText, hashOf, type Content } from './content.js';
import { mergeFile, type MergeStrategy } from './merge-file.js';

/** What the kit wrote for a file on an earlier run, as far as it is known. */
export interface BaseVersion {
  /** SHA-256 of the bytes the kit wrote (from the base store, or the manifest of the last run). */
  hash: string;
  /** The kit version that wrote them, when recorded. */
  kit?: string;
  /** The bytes themselves, when the base store holds them (needed for a line merge). */
  content?: Content;
}

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

export interface PlanContext {
  /** The running kit's version, recorded with every base the plan stores. */
  kitVersion: string;
  labels?: MergeLabels;
}

/**
 * Why a file the user edited stays as it is: the kit did not change it; it is binary (never merged);
 * or there is no record of what the kit wrote, so the user's edit cannot be told from the kit's
 * change and the file is treated as changed by the user.
 */
export type KeepReason = 'kit-unchanged' | 'binary' | 'no-base';

/** How much is known of the base: its bytes, only its hash, or nothing (a deployment made before the base store). */
export type BaseKnowledge = 'content' | 'hash' | 'none';

/**
 * One file's decision. `content` is what to write; `record` is what the base store keeps for the
 * path afterwards (what the kit wrote, so that the next upgrade merges against it), undefined to
 * drop the path from the store.
 */
export type FileDecision = {
  path: string;
  known: BaseKnowledge;
  record?: BaseVersion;
} & (
  | { kind: 'new'; content: Content }
  | { kind: 'unchanged' }
  | { kind: 'replace'; content: Content }
  | { kind: 'keep'; reason: KeepReason }
  | { kind: 'merge'; content: string; strategy: MergeStrategy }
  | { kind: 'conflict'; content: string; strategy: MergeStrategy; conflicts: MergeConflict[] }
  | { kind: 'delete' }
  | { kind: 'keep-edited-orphan' }
);

export type DecisionKind = FileDecision['kind'];

function knowledge(base: BaseVersion | undefined): BaseKnowledge {
  if (!base) return 'none';
  return base.content === undefined ? 'hash' : 'content';
}

/**
 * Decides what an upgrade does with one file (pure):
 *
 * | the kit now | on disk | decision |
 * |---|---|---|
 * | no file | none | unchanged (nothing to do) |
 * | no file | as the kit wrote it | delete |
 * | no file | edited, or no base | keep-edited-orphan |
 * | a file | none | new |
 * | a file | the same bytes | unchanged |
 * | a file | as the kit wrote it | replace |
 * | the base again | edited | keep (kit-unchanged) |
 * | changed, binary | edited | keep (binary) |
 * | changed | edited | merge, or conflict |
 * | changed, lines, no base | edited | keep (no-base) |
 *
 * Without a base every file that differs from the kit's output counts as edited by the user;
 * checklist.yaml and JSON files still merge two-way (what one side alone has is kept, differences
 * are listed as conflicts with the user's value kept).
 */
export function planFile(versions: FileVersions, context: PlanContext): FileDecision {
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
  if (untouched) return { path, known, kind: 'replace', content: next, record: recordNext };
  if (base !== undefined && nextHash === base.hash) return { path, known, kind: 'keep', reason: 'kit-unchanged', record: recordNext };

  // Both the user and the kit changed the file (or, without a base, it differs from the kit's).
  const texts = { base: base?.content === undefined ? undefined : asText(base.content), yours: asText(current), kit: asText(next) };
  const binary = typeof next !== 'string' || texts.yours === undefined || texts.kit === undefined || (base?.content !== undefined && texts.base === undefined);
  // A kept file still derives from the old base: keep that record, so the next merge is against it.
  if (binary) return { path, known, kind: 'keep', reason: 'binary', record: base };
  const merged = mergeFile(path, texts.base, texts.yours as string, texts.kit as string, context.labels ?? DEFAULT_LABELS);
  if (!merged) return { path, known, kind: 'keep', reason: 'no-base', record: base };
  if (merged.conflicts.length === 0) return { path, known, kind: 'merge', content: merged.content, strategy: merged.strategy, record: recordNext };
  return { path, known, kind: 'conflict', content: merged.content, strategy: merged.strategy, conflicts: merged.conflicts, record: recordNext };
}
