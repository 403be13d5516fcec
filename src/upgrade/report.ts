import { t } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/types.js';
import { formatReleases, type Release } from './changelog.js';
import type { MergeConflict } from './conflict.js';
import type { DecisionKind, FileDecision } from './plan-file.js';
import { conflictsOf, countByKind, type UpgradePlan } from './plan.js';

export interface UpgradeReportOptions {
  lang: Lang;
  /** The changelog releases between the deployment's kit and the running one (selectReleases). */
  releases?: Release[];
  dryRun?: boolean;
  /** One line per file that changes or needs a look (what `--dry-run` shows). */
  perFile?: boolean;
}

/** Order of the summary: what needs the user first. */
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

function fileLine(decision: FileDecision, lang: Lang): string {
  const detail =
    decision.kind === 'keep' ? t(lang, `upgrade.reason.${decision.reason}`)
    : decision.kind === 'keep-edited-orphan' ? t(lang, 'upgrade.reason.orphan')
    : decision.kind === 'merge' || decision.kind === 'conflict' ? t(lang, `upgrade.strategy.${decision.strategy}`)
    : '';
  const kind = t(lang, `upgrade.short.${decision.kind}`).padEnd(8);
  return `  ${kind} ${decision.path}${detail ? ` (${detail})` : ''}`;
}

/**
 * The upgrade report in one language: versions, what the base allowed, counts per decision, the
 * files (with `perFile`), the conflicts to resolve and how, then the kit's changelog since the
 * deployment's version.
 */
export function formatUpgradeReport(plan: UpgradePlan, options: UpgradeReportOptions): string[] {
  const { lang } = options;
  const lines = [t(lang, 'upgrade.report.title', { from: plan.from ?? t(lang, 'upgrade.report.fromUnknown'), to: plan.to })];
  if (options.dryRun) lines.push(t(lang, 'upgrade.report.dryRun'));
  if (plan.coverage === 'none') lines.push(t(lang, 'upgrade.report.noBase'));
  if (plan.coverage === 'partial') lines.push(t(lang, 'upgrade.report.partialBase'));
  const byKind = countByKind(plan);
  for (const kind of ORDER) {
    if (byKind[kind].length > 0) lines.push(`  ${t(lang, 'upgrade.report.count', { count: byKind[kind].length, label: t(lang, `upgrade.kind.${kind}`) })}`);
  }
  if (options.perFile) {
    for (const decision of plan.decisions) if (decision.kind !== 'unchanged') lines.push(fileLine(decision, lang));
  }
  const conflicts = conflictsOf(plan);
  if (conflicts.length > 0) {
    lines.push(t(lang, 'upgrade.conflicts.title', { count: conflicts.length }));
    for (const { path, conflict } of conflicts) lines.push(`  ${describeConflict(path, conflict, lang)}`);
    if (conflicts.some((c) => c.conflict.kind === 'lines')) lines.push(t(lang, 'upgrade.conflicts.howLines'));
    if (conflicts.some((c) => c.conflict.kind === 'value')) lines.push(t(lang, 'upgrade.conflicts.howValues'));
  }
  if (options.releases && options.releases.length > 0) {
    lines.push(t(lang, 'upgrade.changelog.title'), ...formatReleases(options.releases, lang));
  }
  return lines;
}
