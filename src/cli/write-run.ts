import { relative } from 'node:path';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import type { ValidRegion } from '../config/valid-region.js';
import type { ConflictChooser } from '../deployment/decide.js';
import { writeDeployment, type WriteOutcome } from '../deployment/writer.js';
import type { Deployment } from '../deployment/build.js';
import { writeReport } from '../deployment/report.js';
import { EXIT, type Io } from './io.js';

export interface WriteRun {
  dir: string;
  force: boolean;
  dryRun: boolean;
  /** Files built from the user's current version (mpp.yaml after add, remove, import --into). */
  merged?: readonly string[];
  /** The line that says what was done, from the built deployment. */
  done: (deployment: Deployment) => string;
}

/**
 * In a terminal, a file edited by hand that the kit now makes differently is a question (in the run's
 * language); @inquirer/prompts is loaded only then, so a run without conflicts loads no prompt code.
 */
export function terminalChooser(lang: Lang): ConflictChooser {
  return async (path) => {
    const { select } = await import('@inquirer/prompts');
    return select({
      message: t(lang, 'write.conflict.question', { path }),
      choices: [
        { name: t(lang, 'write.conflict.keep'), value: 'keep' as const },
        { name: t(lang, 'write.conflict.overwrite'), value: 'overwrite' as const },
      ],
      default: 'keep',
    });
  };
}

/** The end-of-run report shared by new, add, remove and import --into; kept conflicts make the exit code 1. */
export function reportWrite(io: Io, lang: Lang, outcome: WriteOutcome, done: string): number {
  const report = writeReport(outcome, lang, done);
  for (const line of report.out) io.out(line);
  for (const line of report.err) io.err(line);
  return report.keptConflicts ? EXIT.findings : EXIT.ok;
}

/** Hands a validated region to the one writer and reports; asks about conflicts when there is a terminal. */
export async function writeAndReport(io: Io, lang: Lang, region: ValidRegion, run: WriteRun): Promise<number> {
  const outcome = await writeDeployment(region, {
    dir: run.dir,
    lang,
    force: run.force,
    dryRun: run.dryRun,
    merged: run.merged,
    choose: io.stdinIsTTY && !run.dryRun ? terminalChooser(lang) : undefined,
  });
  return reportWrite(io, lang, outcome, run.done(outcome.deployment));
}

/** `out` as the user sees it (relative to the working folder). */
export const shownDir = (io: Io, dir: string): string => relative(io.cwd, dir) || '.';
