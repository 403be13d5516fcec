import type { DeploymentFiles } from './files.js';
import { untouchedSinceGenerated, type Manifest } from './manifest.js';

/**
 * What the writer does with one file, decided before anything is written. A union that grows with the
 * writer (a three-way `merge` of a file both the user and the kit changed is one step away: the
 * content of the last run is all it needs beside these inputs).
 */
export type FileDecision =
  /** Not on disk: written. */
  | { kind: 'new'; path: string; contents: string | Uint8Array }
  /** On disk with exactly the new bytes: left alone. */
  | { kind: 'unchanged'; path: string }
  /**
   * Replaced: nobody edited it since the last run (`untouched`), its new content already carries what
   * the user entered (`merged`: checklist statuses, the answers), `--force`, or the user said so.
   */
  | { kind: 'replace'; path: string; contents: string | Uint8Array; reason: 'untouched' | 'merged' | 'forced' | 'confirmed' }
  /** Edited by hand (or never written by the kit) and the kit now makes other bytes: someone must choose. */
  | { kind: 'conflict'; path: string; contents: string | Uint8Array }
  /** The user's version stays: a conflict answered "keep" (or not asked), or a file no longer made that was edited. */
  | { kind: 'kept-edited'; path: string; reason: 'conflict' | 'stale' }
  /** Made by an earlier run, no longer made, not edited since: deleted. */
  | { kind: 'delete'; path: string };

export type DecisionKind = FileDecision['kind'];

export interface DecideInput {
  /** Every file this run makes. */
  files: DeploymentFiles;
  /** What the last run wrote (path -> hash); undefined for a first run. */
  previous: Manifest | undefined;
  /** The bytes on disk now, for every path of `files` and of `previous` that exists. */
  onDisk: ReadonlyMap<string, Uint8Array>;
  /** Files whose new content already carries the user's entries: replaced without a question. */
  merged?: ReadonlySet<string>;
  /** Overwrite files edited by hand. */
  force?: boolean;
}

const sameBytes = (a: string | Uint8Array, b: Uint8Array): boolean => Buffer.from(typeof a === 'string' ? Buffer.from(a) : a).equals(Buffer.from(b));

/** Edited by hand (or never written by the kit): on disk with bytes that are not what the last run wrote there. */
const editedSince = (path: string, bytes: Uint8Array, previous: Manifest | undefined): boolean => !untouchedSinceGenerated(path, bytes, previous);

/**
 * Decides per file, from what this run makes, what the last run wrote and what is on disk. Pure; the
 * result is sorted by path, so a dry run, a report and the writer all show the same order.
 */
export function decideFiles(input: DecideInput): FileDecision[] {
  const decisions: FileDecision[] = [];
  for (const [path, contents] of Object.entries(input.files)) {
    const bytes = input.onDisk.get(path);
    if (bytes === undefined) decisions.push({ kind: 'new', path, contents });
    else if (sameBytes(contents, bytes)) decisions.push({ kind: 'unchanged', path });
    else if (input.merged?.has(path)) decisions.push({ kind: 'replace', path, contents, reason: 'merged' });
    else if (!editedSince(path, bytes, input.previous)) decisions.push({ kind: 'replace', path, contents, reason: 'untouched' });
    else if (input.force) decisions.push({ kind: 'replace', path, contents, reason: 'forced' });
    else decisions.push({ kind: 'conflict', path, contents });
  }
  for (const path of Object.keys(input.previous ?? {})) {
    if (path in input.files) continue;
    const bytes = input.onDisk.get(path);
    if (bytes === undefined) continue;
    decisions.push(editedSince(path, bytes, input.previous) ? { kind: 'kept-edited', path, reason: 'stale' } : { kind: 'delete', path });
  }
  return decisions.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The user's answer to a conflict. */
export type ConflictChoice = 'overwrite' | 'keep';
export type ConflictChooser = (path: string) => Promise<ConflictChoice>;

/**
 * Settles every conflict: asks `choose` one file at a time when there is someone to ask; without it
 * the user's version is kept (and reported). Returns decisions without any `conflict` left.
 */
export async function resolveConflicts(decisions: readonly FileDecision[], choose?: ConflictChooser): Promise<FileDecision[]> {
  const out: FileDecision[] = [];
  for (const decision of decisions) {
    if (decision.kind !== 'conflict') {
      out.push(decision);
      continue;
    }
    const choice = choose ? await choose(decision.path) : 'keep';
    out.push(choice === 'overwrite' ? { kind: 'replace', path: decision.path, contents: decision.contents, reason: 'confirmed' } : { kind: 'kept-edited', path: decision.path, reason: 'conflict' });
  }
  return out;
}
