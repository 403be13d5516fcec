import { kitLabel, type KitInfo } from './kit.js';
import { isDeploymentPath, type BaseSnapshot, type BaseVersion } from './upgrade/base-store.js';
import type { MergeConflict } from './upgrade/conflict.js';
import { asText, type Content } from './upgrade/content.js';
import { hasConflictMarkers } from './upgrade/merge-text.js';
import { decideFile, type DecisionKind, type FileDecision } from './decide.js';

export interface PlanInputs {
  /** What the running kit writes now. */
  next: Readonly<Record<string, Content>>;
  /** The deployment folder now, for the paths of `next` and of the base (a missing key: no such file). */
  current: Record<string, Content | undefined>;
  /** What the kit wrote on earlier runs (the base store, completed by the manifest of the last run). */
  base: BaseSnapshot;
  /** The running kit. */
  kit: KitInfo;
  /** The kit version that last generated the deployment (mpp.yaml `generatedBy`, else the store's), if known. */
  from?: string;
  /** Paths whose new content was built from the user's current version: replaced as they are. */
  merged?: Iterable<string>;
  /** `--force`: the kit's version replaces every edited file it makes. */
  force?: boolean;
}

/** How much of the base was recorded: every file's bytes, some, only hashes (the manifest of a run before the store), or nothing. */
export type BaseCoverage = 'all' | 'partial' | 'hashes' | 'none';

export interface FilePlan {
  from?: string;
  to: string;
  coverage: BaseCoverage;
  /** One decision per path, sorted by path. */
  decisions: FileDecision[];
}

function coverageOf(base: BaseSnapshot): BaseCoverage {
  const records = Object.values(base.files);
  if (records.length === 0) return 'none';
  const withContent = records.filter((record) => record.content !== undefined).length;
  if (withContent === 0) return 'hashes';
  return withContent === records.length && base.damaged.length === 0 ? 'all' : 'partial';
}

/** The decisions for the given paths (see decideFile), with marker labels naming both kits. */
export function decidePaths(paths: Iterable<string>, inputs: PlanInputs): FileDecision[] {
  const { next, current, base, kit } = inputs;
  const merged = new Set(inputs.merged ?? []);
  return [...paths].map((path) => {
    const record = base.files[path];
    const baseKit = record?.kit === undefined ? undefined : { kit: base.kit?.kit ?? kit.kit, version: record.kit };
    const labels = { yours: 'yours', base: baseKit ? `base ${kitLabel(baseKit)}` : 'base', kit: `kit ${kitLabel(kit)}` };
    return decideFile({ path, base: record, current: current[path], next: next[path] }, { kitVersion: kit.version, labels, merged: merged.has(path), force: inputs.force });
  });
}

/**
 * The decision for every file the kit writes now or wrote before (pure; writes nothing). Files the
 * user added and the kit never wrote are not part of it, nor is the store itself (`.mpp/`). The
 * conflict markers name both kits: `base generator-mpp@0.1.0`, `kit generator-mpp@0.2.0`.
 */
export function planFiles(inputs: PlanInputs): FilePlan {
  const paths = [...new Set([...Object.keys(inputs.next), ...Object.keys(inputs.base.files)])].filter(isDeploymentPath).sort();
  return { from: inputs.from, to: inputs.kit.version, coverage: coverageOf(inputs.base), decisions: decidePaths(paths, inputs) };
}

/** The plan with the decisions of some paths replaced (kept in path order). */
export function withDecisions(plan: FilePlan, decisions: readonly FileDecision[]): FilePlan {
  const replaced = new Map(decisions.map((d) => [d.path, d]));
  return { ...plan, decisions: plan.decisions.map((d) => replaced.get(d.path) ?? d) };
}

/** Every conflict of the plan with its file, in path order. */
export function conflictsOf(plan: FilePlan): Array<{ path: string; conflict: MergeConflict }> {
  return plan.decisions.flatMap((d) => (d.kind === 'conflict' ? d.conflicts.map((conflict) => ({ path: d.path, conflict })) : []));
}

/** Paths per decision kind. */
export function countByKind(plan: FilePlan): Record<DecisionKind, string[]> {
  const out: Record<DecisionKind, string[]> = { new: [], unchanged: [], replace: [], keep: [], merge: [], conflict: [], delete: [], 'keep-edited-orphan': [] };
  for (const decision of plan.decisions) out[decision.kind].push(decision.path);
  return out;
}

/** The content a decision writes, if it writes. */
export function writtenContent(decision: FileDecision): Content | undefined {
  switch (decision.kind) {
    case 'new':
    case 'replace':
    case 'merge':
    case 'conflict':
      return decision.content;
    default:
      return undefined;
  }
}

/** Files kept as the user left them although the kit's version differs and was not applied (binary, no base, kept on request). */
export function keptWithoutKit(plan: FilePlan): string[] {
  return plan.decisions.filter((d) => d.kind === 'keep' && d.reason !== 'kit-unchanged').map((d) => d.path);
}

/**
 * Files that still hold conflict markers the run did not write: an earlier conflict left
 * unresolved (in a file kept, merged or left as it was).
 */
export function markersLeft(plan: FilePlan, current: Record<string, Content | undefined>): string[] {
  return plan.decisions
    .filter((d) => {
      if (d.kind === 'merge') return hasConflictMarkers(d.content);
      if (d.kind !== 'keep' && d.kind !== 'unchanged' && d.kind !== 'keep-edited-orphan') return false;
      const content = current[d.path];
      const text = content === undefined ? undefined : asText(content);
      return text !== undefined && hasConflictMarkers(text);
    })
    .map((d) => d.path);
}

/** What the base store holds after the plan: per path, what the kit wrote (see FileDecision.record). */
export function nextBaseRecords(plan: FilePlan): Record<string, BaseVersion> {
  const out: Record<string, BaseVersion> = {};
  for (const decision of plan.decisions) if (decision.record) out[decision.path] = decision.record;
  return out;
}
