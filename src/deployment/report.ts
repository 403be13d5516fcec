import semver from 'semver';
import type { Lang } from '../i18n/types.js';
import { t, type MessageKey } from '../i18n/catalogue.js';
import type { DecisionKind, FileDecision } from './decide.js';
import { conflictsOf, countByKind, keptWithoutKit, type FilePlan } from './plan-files.js';
import { formatReleases, selectReleases } from './upgrade/changelog.js';
import { loadChangelog } from './upgrade/changelog-source.js';
import type { MergeConflict } from './upgrade/conflict.js';
import type { WriteOutcome } from './writer.js';
import { runSummaryLines } from './run-summary.js';

/** What a run tells the user: lines for standard output, and for standard error (what is left to resolve). */
export interface WriteReport {
  out: string[];
  err: string[];
  /** Conflicts, files kept without the kit's change, or leftover markers: the run's exit code is 1. */
  unresolved: boolean;
}

export interface WriteReportOptions {
  /** `mpp upgrade`: the upgrade's heading, one line per file and the kit's changelog, always. */
  upgrade?: boolean;
  /** `--verbose`: after the summary, the counts per decision and one line per file that changed. */
  verbose?: boolean;
  /** The deployment folder as the user sees it (default `.`), named in the next steps. */
  dir?: string;
}

/** Order of the counts: what needs the user first. */
const ORDER: DecisionKind[] = ['conflict', 'merge', 'keep', 'keep-edited-orphan', 'replace', 'new', 'delete', 'unchanged'];
const MAX_VALUE = 80;

function show(value: unknown, lang: Lang): string {
  if (value === undefined) return t(lang, 'upgrade.conflict.absent');
  const text = JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function describeConflict(path: string, conflict: MergeConflict, lang: Lang): string {
  if (conflict.kind === 'lines') return t(lang, 'upgrade.conflict.lines', { path, line: conflict.line });
  return t(lang, 'upgrade.conflict.value', { path, field: conflict.path || '.', yours: show(conflict.yours, lang), kit: show(conflict.kit, lang) });
}

function detailOf(decision: FileDecision, lang: Lang): string {
  switch (decision.kind) {
    case 'keep':
      return t(lang, `upgrade.reason.${decision.reason}`);
    case 'keep-edited-orphan':
      return t(lang, 'upgrade.reason.orphan');
    case 'merge':
    case 'conflict':
      return t(lang, `upgrade.strategy.${decision.strategy}`);
    case 'replace':
      return decision.reason === 'untouched' ? '' : t(lang, `upgrade.replace.${decision.reason}`);
    default:
      return '';
  }
}

function fileLine(decision: FileDecision, lang: Lang): string {
  const detail = detailOf(decision, lang);
  const kind = t(lang, `upgrade.short.${decision.kind}`).padEnd(8);
  return `  ${kind} ${decision.path}${detail ? ` (${detail})` : ''}`;
}

/**
 * The run brings a deployment made by an earlier (or unrecorded) kit to the running one: a folder
 * with a record of an earlier run, whose kit version is older or not known.
 */
export function upgradesKit(plan: FilePlan): boolean {
  return plan.coverage !== 'none' && (plan.from === undefined || semver.lt(plan.from, plan.to));
}

function coverageNote(plan: FilePlan, lang: Lang): string | undefined {
  const key: Partial<Record<FilePlan['coverage'], MessageKey>> = { none: 'upgrade.report.noBase', hashes: 'upgrade.report.hashesOnly', partial: 'upgrade.report.partialBase' };
  const note = key[plan.coverage];
  return note ? t(lang, note) : undefined;
}

/** The plan's lines: counts per decision, then one line per file that changes or needs a look. */
function planLines(plan: FilePlan, lang: Lang): string[] {
  const byKind = countByKind(plan);
  const lines = ORDER.filter((kind) => byKind[kind].length > 0).map((kind) => `  ${t(lang, 'upgrade.report.count', { count: byKind[kind].length, label: t(lang, `upgrade.kind.${kind}`) })}`);
  for (const decision of plan.decisions) if (decision.kind !== 'unchanged') lines.push(fileLine(decision, lang));
  return lines;
}

/** The short account of an ordinary run: merged files, deleted files, edited files the kit no longer makes. */
function summaryLines(plan: FilePlan, lang: Lang): string[] {
  const byKind = countByKind(plan);
  const lines: string[] = [];
  if (byKind.merge.length > 0) lines.push(t(lang, 'write.merged', { files: byKind.merge.join(', ') }));
  if (byKind.delete.length > 0) lines.push(t(lang, 'grow.staleDeleted', { files: byKind.delete.join(', ') }));
  if (byKind['keep-edited-orphan'].length > 0) lines.push(t(lang, 'grow.staleKept', { files: byKind['keep-edited-orphan'].join(', ') }));
  return lines;
}

/** What is left for the user to resolve, with how: conflicts, files kept without the kit's change, leftover markers. */
function unresolvedLines(outcome: WriteOutcome, lang: Lang): string[] {
  const lines: string[] = [];
  const conflicts = conflictsOf(outcome.plan);
  if (conflicts.length > 0) {
    lines.push(t(lang, 'upgrade.conflicts.title', { count: conflicts.length }));
    for (const { path, conflict } of conflicts) lines.push(`  ${describeConflict(path, conflict, lang)}`);
    if (conflicts.some((c) => c.conflict.kind === 'lines')) lines.push(t(lang, 'upgrade.conflicts.howLines'));
    if (conflicts.some((c) => c.conflict.kind === 'value')) lines.push(t(lang, 'upgrade.conflicts.howValues'));
  }
  const kept = keptWithoutKit(outcome.plan);
  if (kept.length > 0) lines.push(t(lang, 'cli.conflictsKept', { count: kept.length, files: kept.join(', ') }));
  if (outcome.markers.length > 0) lines.push(t(lang, 'write.markersLeft', { count: outcome.markers.length, files: outcome.markers.join(', ') }));
  return lines;
}

/**
 * The end-of-run report of a write, in the run's language. Standard output: for a dry run the
 * decision per file; else the short summary (run-summary.ts: at most about fifteen lines), with
 * `--verbose` followed by the decision per file and the files merged, deleted or kept; when the
 * run upgrades the deployment's kit (or for `mpp upgrade`), the versions, what the record of the
 * last run allowed, the decision per file and the kit's changelog since the deployment's version.
 * Standard error, last: the conflicts to resolve and how, and the files kept without the kit's change.
 */
export function writeReport(outcome: WriteOutcome, lang: Lang, done: string, options: WriteReportOptions = {}): WriteReport {
  const { plan } = outcome;
  const upgrading = options.upgrade === true || upgradesKit(plan);
  const out: string[] = [];
  if (outcome.dryRun) out.push(t(lang, 'cli.dryRun'));
  else out.push(...runSummaryLines(outcome.deployment, plan, lang, done, options.dir ?? '.'));
  if (upgrading) out.push(t(lang, 'upgrade.report.title', { from: plan.from ?? t(lang, 'upgrade.report.fromUnknown'), to: plan.to }));
  const note = coverageNote(plan, lang);
  if (note && (upgrading || plan.decisions.some((d) => d.kind === 'keep' && d.reason === 'no-base'))) out.push(note);
  if (outcome.dryRun || upgrading || options.verbose) out.push(...planLines(plan, lang));
  if (options.verbose && !outcome.dryRun) out.push(...summaryLines(plan, lang));
  const releases = upgrading ? selectReleases(loadChangelog(), plan.from, plan.to) : [];
  if (releases.length > 0) out.push(t(lang, 'upgrade.changelog.title'), ...formatReleases(releases, lang));
  const err = unresolvedLines(outcome, lang);
  return { out, err, unresolved: err.length > 0 };
}
