import type { DeploymentFiles } from '../deployment/files.js';
import { kitLabel, type KitInfo } from '../deployment/kit.js';
import { isDeploymentPath, type BaseSnapshot } from './base-store.js';
import type { MergeConflict } from './conflict.js';
import type { Content } from './content.js';
import { planFile, type BaseVersion, type DecisionKind, type FileDecision } from './plan-file.js';

export interface UpgradeInputs {
  /** What the running kit writes now: the deployment built from the user's mpp.yaml, with the user's files as `previous`. */
  next: DeploymentFiles;
  /** The deployment folder now, for the paths of `next` and of the base (a missing key: no such file). */
  current: Record<string, Content | undefined>;
  /** What the kit wrote on earlier runs (the base store, completed by the manifest). */
  base: BaseSnapshot;
  /** The running kit. */
  kit: KitInfo;
  /** The kit version that last generated the deployment (mpp.yaml `generatedBy`, else the store's), if known. */
  from?: string;
}

/** How much of the base was recorded: every file's bytes, some (or hashes only), or nothing. */
export type BaseCoverage = 'all' | 'partial' | 'none';

export interface UpgradePlan {
  from?: string;
  to: string;
  coverage: BaseCoverage;
  /** One decision per path, sorted by path. */
  decisions: FileDecision[];
}

function coverageOf(base: BaseSnapshot): BaseCoverage {
  const records = Object.values(base.files);
  if (records.length === 0) return 'none';
  return records.every((record) => record.content !== undefined) && base.damaged.length === 0 ? 'all' : 'partial';
}

/**
 * The upgrade of a whole deployment, one decision per file the kit writes now or wrote before
 * (pure; writes nothing). Files the user added and the kit never wrote are not part of it. The
 * conflict markers name both kits: `base generator-mpp@0.1.0`, `kit generator-mpp@0.2.0`.
 */
export function planUpgrade(inputs: UpgradeInputs): UpgradePlan {
  const { next, current, base, kit } = inputs;
  const paths = [...new Set([...Object.keys(next), ...Object.keys(base.files)])].filter(isDeploymentPath).sort();
  const decisions = paths.map((path) => {
    const record = base.files[path];
    const baseKit = record?.kit === undefined ? undefined : { kit: base.kit?.kit ?? kit.kit, version: record.kit };
    const labels = { yours: 'yours', base: baseKit ? `base ${kitLabel(baseKit)}` : 'base', kit: `kit ${kitLabel(kit)}` };
    return planFile({ path, base: record, current: current[path], next: next[path] }, { kitVersion: kit.version, labels });
  });
  return { from: inputs.from, to: kit.version, coverage: coverageOf(base), decisions };
}

/** Every conflict of the plan with its file, in path order. */
export function conflictsOf(plan: UpgradePlan): Array<{ path: string; conflict: MergeConflict }> {
  return plan.decisions.flatMap((d) => (d.kind === 'conflict' ? d.conflicts.map((conflict) => ({ path: d.path, conflict })) : []));
}

/** Paths per decision kind. */
export function countByKind(plan: UpgradePlan): Record<DecisionKind, string[]> {
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

/**
 * The deployment folder as it is once the plan is applied (pure): written files replaced, deleted
 * files gone, everything else as it was. What a writer must produce, and what a dry run describes.
 */
export function applyPlan(current: Record<string, Content | undefined>, plan: UpgradePlan): Record<string, Content> {
  const out: Record<string, Content> = {};
  for (const [path, content] of Object.entries(current)) if (content !== undefined) out[path] = content;
  for (const decision of plan.decisions) {
    const content = writtenContent(decision);
    if (content !== undefined) out[decision.path] = content;
    if (decision.kind === 'delete') delete out[decision.path];
  }
  return Object.fromEntries(Object.keys(out).sort().map((path) => [path, out[path]]));
}

/** What the base store holds after the plan: per path, what the kit wrote (see FileDecision.record). */
export function nextBaseRecords(plan: UpgradePlan): Record<string, BaseVersion> {
  const out: Record<string, BaseVersion> = {};
  for (const decision of plan.decisions) if (decision.record) out[decision.path] = decision.record;
  return out;
}
