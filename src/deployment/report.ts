import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import type { WriteOutcome } from './writer.js';

/** What a run tells the user: lines for standard output, and for standard error (kept conflicts). */
export interface WriteReport {
  out: string[];
  err: string[];
  /** Files edited by hand were kept rather than overwritten. */
  keptConflicts: boolean;
}

/**
 * The end-of-run report of a write, in the run's language: for a dry run the decision per file, else
 * what was done, the headline figures and the report lines of the build; kept conflicts last.
 */
export function writeReport(outcome: WriteOutcome, lang: Lang, done: string): WriteReport {
  const out: string[] = [];
  const err: string[] = [];
  if (outcome.dryRun) {
    out.push(t(lang, 'cli.dryRun'));
    const label = (kind: string) => t(lang, `write.decision.${kind}` as never);
    const width = Math.max(0, ...outcome.decisions.map((d) => label(d.kind).length));
    for (const decision of outcome.decisions) out.push(`  ${label(decision.kind).padEnd(width)}  ${decision.path}`);
  } else {
    const { summary, report } = outcome.deployment;
    out.push(done, t(lang, 'summary.counts', { agencies: summary.agencies, services: summary.services, counters: summary.counters, facilities: summary.facilities }), ...report);
    const deleted = outcome.decisions.filter((d) => d.kind === 'delete').map((d) => d.path);
    const stale = outcome.decisions.filter((d) => d.kind === 'kept-edited' && d.reason === 'stale').map((d) => d.path);
    if (deleted.length > 0) out.push(t(lang, 'grow.staleDeleted', { files: deleted.join(', ') }));
    if (stale.length > 0) out.push(t(lang, 'grow.staleKept', { files: stale.join(', ') }));
  }
  if (outcome.kept.length > 0) err.push(t(lang, 'cli.conflictsKept', { count: outcome.kept.length, files: outcome.kept.join(', ') }));
  return { out, err, keptConflicts: outcome.kept.length > 0 };
}
