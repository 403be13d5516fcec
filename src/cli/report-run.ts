import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { EXIT, type Io } from './io.js';
import type { GeneratorOutcome } from './run-generator.js';

/** The end-of-run report shared by new, add, remove and import --into; conflicts make the exit code 1. */
export function reportRun(io: Io, lang: Lang, outcome: GeneratorOutcome, dryRun: boolean, done: string): number {
  if (dryRun) {
    io.out(t(lang, 'cli.dryRun'));
    for (const file of outcome.written) io.out(`  ${file}`);
  } else if (outcome.result.deployment) {
    const deployment = outcome.result.deployment;
    io.out(done);
    io.out(t(lang, 'summary.counts', { agencies: deployment.summary.agencies, services: deployment.summary.services, counters: deployment.summary.counters, facilities: deployment.summary.facilities }));
    for (const line of deployment.report) io.out(line);
  }
  if (outcome.conflicts.length > 0) {
    io.err(t(lang, 'cli.conflictsKept', { count: outcome.conflicts.length, files: outcome.conflicts.join(', ') }));
    return EXIT.findings;
  }
  return EXIT.ok;
}
