import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import Generator from 'yeoman-generator';
import type { ValidRegion } from '../../src/config/valid-region.js';
import { isLang, type Lang } from '../../src/i18n/types.js';
import { InputError } from '../../src/config/errors.js';
import type { ParsedAnswers } from '../../src/config/answers-file.js';
import { readDeploymentAnswers } from '../../src/deployment/answers.js';
import type { ConflictChoice, ConflictChooser } from '../../src/deployment/settle.js';
import { writeDeployment, type WriteOutcome } from '../../src/deployment/writer.js';
import { RUN_STATE_FILE } from '../../src/deployment/manifest.js';
import type { Deployment } from '../../src/deployment/build.js';
import { writeReport } from '../../src/deployment/report.js';
import type { Removal } from '../../src/grow/remove.js';

/** A deployment's answers as read from its mpp.yaml (parsed; the command's pure function validates its result). */
export type ReadAnswers = ParsedAnswers;

export interface MppOptions {
  lang?: string;
  answers?: string;
  /** mpp:agency|service|counter: the item file. */
  from?: string;
  replace?: boolean;
  /** mpp:app: --answers replaces the deployment's answers even where it lacks their items. */
  replaceAnswers?: boolean;
  /** The decision per file in the end-of-run report. */
  verbose?: boolean;
  /** mpp:remove: what to remove. */
  kind?: string;
  id?: string;
  cascade?: boolean;
  /** False when stdin is no terminal or answers were given: never prompt then. */
  interactive?: boolean;
  force?: boolean;
  dryRun?: boolean;
  /** Handed by the CLI, which has read the deployment's mpp.yaml already: not read again. */
  deployment?: ReadAnswers;
  /** Filled by the generator for the CLI's report (when the CLI runs it). */
  result?: { outcome?: WriteOutcome; removal?: Removal; id?: string };
}

/**
 * Shared glue for the mpp generators: options, reading the deployment's answers, and handing the next
 * validated region to the one writer (src/deployment/writer.ts). All logic lives in src/; the
 * generators are the interview, `yo` integration and subgenerator composition.
 */
export class MppBaseGenerator extends Generator {
  declare options: Generator['options'] & MppOptions;

  constructor(args: string[], options: Generator['options']) {
    // The kit installs nothing in a deployment: `customInstallTask` tells the environment so, and it
    // leaves out its package-manager step (and its "No change to package.json" line).
    super(args, options, { customInstallTask: true });
    this.option('lang', { type: String, default: 'id', description: 'Bahasa / language: id | en' });
    this.option('answers', { type: String, description: 'Berkas jawaban / answers file (YAML)' });
    this.option('verbose', { type: Boolean, description: 'Keputusan per berkas / the decision per file' });
  }

  get lang(): Lang {
    return isLang(this.options.lang) ? this.options.lang : 'id';
  }

  get interactive(): boolean {
    if (this.options.interactive !== undefined) return Boolean(this.options.interactive);
    return Boolean(process.stdin.isTTY) && !this.options.answers;
  }

  /**
   * Asks through the environment's adapter (a terminal, `yo`, or yeoman-test's mocks). Not through
   * `this.prompt`, which also reads and stores answers in `.yo-rc.json` through Yeoman's file cache:
   * the run state in that file is the writer's alone.
   */
  ask(questions: readonly object[]): Promise<Record<string, unknown>> {
    return this.env.adapter.prompt(questions as never) as Promise<Record<string, unknown>>;
  }

  /** The deployment's current answers: handed by the CLI, or read from `mpp.yaml` in the destination folder. */
  deploymentAnswers(): ReadAnswers {
    if (this.options.deployment) return this.options.deployment;
    const read = readDeploymentAnswers(this.destinationRoot(), this.lang, { dir: this.destinationRoot(), file: 'mpp.yaml' });
    if (!read.ok) throw new InputError(read.issues);
    return read.value;
  }

  /**
   * Hands the next validated region to the one writer. In a terminal, a file both the user and the
   * kit changed in the same places (or that cannot be merged) is asked about through Yeoman's
   * prompt; otherwise the defaults stand (merged with markers, or kept).
   */
  async writeRegion(region: ValidRegion, done: (deployment: Deployment) => string, merged: readonly string[] = [], answersText?: string | null): Promise<WriteOutcome> {
    const choose: ConflictChooser | undefined = this.interactive
      ? async (question) => {
          const answer = (await this.ask([{ type: 'select', name: 'conflict', message: question.message, choices: question.choices, default: question.default }])) as { conflict: ConflictChoice };
          return answer.conflict;
        }
      : undefined;
    const outcome = await writeDeployment(region, {
      dir: this.destinationRoot(),
      lang: this.lang,
      force: Boolean(this.options.force),
      dryRun: Boolean(this.options.dryRun ?? (this.options as { 'dry-run'?: boolean })['dry-run']),
      merged,
      answersText,
      choose,
    });
    if (!outcome.dryRun) {
      // Yeoman read .yo-rc.json into its file cache when it made this generator: show it what the
      // writer wrote there, so that its view (and yeoman-test's) matches the disk. Nothing is re-written.
      const statePath = this.destinationPath(RUN_STATE_FILE);
      const cached = this.env.sharedFs.get(statePath) as { contents: Buffer | null };
      cached.contents = readFileSync(statePath);
    }
    if (this.options.result) this.options.result.outcome = outcome;
    // Run by `yo` itself: the generator reports (the CLI reports on its own otherwise).
    else {
      const report = writeReport(outcome, this.lang, done(outcome.deployment), { verbose: Boolean(this.options.verbose), dir: relative(process.cwd(), this.destinationRoot()) || '.' });
      for (const line of [...report.out, ...report.err]) this.log(line);
    }
    return outcome;
  }
}
