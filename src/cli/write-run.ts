import { relative } from 'node:path';
import type { Lang } from '../i18n/types.js';
import type { ValidRegion } from '../config/valid-region.js';
import type { ConflictChooser } from '../deployment/settle.js';
import { writeDeployment, type WriteOutcome } from '../deployment/writer.js';
import type { Deployment } from '../deployment/build.js';
import { writeReport, type WriteReportOptions } from '../deployment/report.js';
import { EXIT, type Io } from './io.js';

export interface WriteRun {
  dir: string;
  force: boolean;
  dryRun: boolean;
  /** Files built from the user's current version (mpp.yaml after add, remove, import --into). */
  merged?: readonly string[];
  /** The mpp.yaml text the new mpp.yaml is updated from (see WriteOptions.answersText). */
  answersText?: string | null;
  /** `--verbose`: the decision per file too. */
  verbose?: boolean;
  /** The line that says what was done, from the built deployment. */
  done: (deployment: Deployment) => string;
  /** `mpp upgrade`: report the upgrade in full (see WriteReportOptions). */
  upgrade?: boolean;
}

/**
 * In a terminal, a file both the user and the kit changed in the same places (or that cannot be
 * merged) is a question in the run's language; @inquirer/prompts is loaded only then, so a run
 * without such a file loads no prompt code.
 */
export const terminalChooser: ConflictChooser = async (question) => {
  const { select } = await import('@inquirer/prompts');
  return select({ message: question.message, choices: question.choices, default: question.default });
};

/** The end-of-run report shared by new, add, remove, import --into and upgrade; anything left to resolve makes the exit code 1. */
export function reportWrite(io: Io, lang: Lang, outcome: WriteOutcome, done: string, options: WriteReportOptions = {}): number {
  const report = writeReport(outcome, lang, done, options);
  for (const line of report.out) io.out(line);
  for (const line of report.err) io.err(line);
  return report.unresolved ? EXIT.findings : EXIT.ok;
}

/** Hands a validated region to the one writer and reports; asks about conflicts when there is a terminal. */
export async function writeAndReport(io: Io, lang: Lang, region: ValidRegion, run: WriteRun): Promise<number> {
  const outcome = await writeDeployment(region, {
    dir: run.dir,
    lang,
    force: run.force,
    dryRun: run.dryRun,
    merged: run.merged,
    answersText: run.answersText,
    choose: io.stdinIsTTY && !run.dryRun ? terminalChooser : undefined,
  });
  return reportWrite(io, lang, outcome, run.done(outcome.deployment), { upgrade: run.upgrade, verbose: run.verbose, dir: shownDir(io, run.dir) });
}

/** `out` as the user sees it (relative to the working folder). */
export const shownDir = (io: Io, dir: string): string => relative(io.cwd, dir) || '.';
