import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { ValidRegion } from '../config/valid-region.js';
import type { Lang } from '../i18n/types.js';
import { buildDeployment, type Deployment } from './build.js';
import { decideFiles, resolveConflicts, type ConflictChooser, type FileDecision } from './decide.js';
import type { PreviousFiles } from './files.js';
import { manifestOf, readRunState, runStateText, RUN_STATE_FILE, type RunState } from './manifest.js';

/**
 * The ONE writer of a deployment folder. Every writing entry point (mpp new/add/remove/import --into,
 * yo mpp and its subgenerators) computes the next validated region once and hands it here: the writer
 * renders the files, compares them with the manifest of the last run and with the disk, decides per
 * file (decide.ts, pure), settles conflicts (asking when there is someone to ask) and applies.
 */

export interface WriteOptions {
  /** The deployment folder (created when something is written). */
  dir: string;
  /** Language of the run's messages; documents follow the answers' `lang`, else this. */
  lang: Lang;
  /** Overwrite files edited by hand. */
  force?: boolean;
  /** Decide and report, write nothing. */
  dryRun?: boolean;
  /** Files whose new content was built from the user's current version (mpp.yaml after add/remove/import). */
  merged?: readonly string[];
  /** Asks about each file edited by hand that the kit now makes differently; without it the user's version is kept. */
  choose?: ConflictChooser;
}

/** What a run is about to do: the built deployment and the decision per file (conflicts not settled yet). */
export interface WritePlan {
  deployment: Deployment;
  decisions: FileDecision[];
  state: RunState;
}

export interface WriteOutcome {
  deployment: Deployment;
  /** Per file, as applied (a dry run keeps its conflicts unsettled). */
  decisions: FileDecision[];
  /** Files edited by hand that the kit would change, kept as the user left them. */
  kept: string[];
  dryRun: boolean;
}

function readIfFile(path: string): Uint8Array | undefined {
  try {
    return statSync(path).isFile() ? readFileSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/** The files of the last run the build continues from (checklist statuses, ticket prefixes). */
function previousFiles(dir: string): PreviousFiles {
  const text = (path: string): string | undefined => readIfFile(join(dir, path))?.toString();
  return { checklistYaml: text('checklist/checklist.yaml'), appConfigJson: text('app/app-config.json') };
}

/**
 * Builds the deployment and decides per file. Reads the folder, writes nothing. A corrupted previous
 * checklist is an InputError here, before anything is written.
 */
export async function planWrite(region: ValidRegion, options: WriteOptions): Promise<WritePlan> {
  const state = readRunState(options.dir);
  const deployment = await buildDeployment(region, { lang: options.lang, previous: previousFiles(options.dir) });
  const onDisk = new Map<string, Uint8Array>();
  for (const path of new Set([...Object.keys(deployment.files), ...Object.keys(state.manifest ?? {})])) {
    const bytes = readIfFile(join(options.dir, path));
    if (bytes !== undefined) onDisk.set(path, bytes);
  }
  const merged = new Set([...deployment.mergedFiles, ...(options.merged ?? [])]);
  const decisions = decideFiles({ files: deployment.files, previous: state.manifest, onDisk, merged, force: options.force });
  return { deployment, decisions, state };
}

/** Removes the folders below `dir` that a deletion left empty (a removed agency's page folder). */
function removeEmptyParents(dir: string, path: string): void {
  for (let folder = dirname(join(dir, path)); relative(dir, folder) !== '' && !relative(dir, folder).startsWith(`..${sep}`); folder = dirname(folder)) {
    if (!existsSync(folder) || readdirSync(folder).length > 0) return;
    rmdirSync(folder);
  }
}

/** Applies settled decisions to the folder: writes new and replaced files, deletes stale ones. */
export function applyDecisions(dir: string, decisions: readonly FileDecision[]): void {
  for (const decision of decisions) {
    const target = join(dir, decision.path);
    if (decision.kind === 'new' || decision.kind === 'replace') {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, decision.contents);
    } else if (decision.kind === 'delete') {
      unlinkSync(target);
      removeEmptyParents(dir, decision.path);
    }
  }
}

/** Writes a validated region as a deployment (see the module comment); the run state goes last. */
export async function writeDeployment(region: ValidRegion, options: WriteOptions): Promise<WriteOutcome> {
  const plan = await planWrite(region, options);
  if (options.dryRun) {
    return { deployment: plan.deployment, decisions: plan.decisions, kept: plan.decisions.filter((d) => d.kind === 'conflict').map((d) => d.path), dryRun: true };
  }
  const decisions = await resolveConflicts(plan.decisions, options.choose);
  mkdirSync(options.dir, { recursive: true });
  applyDecisions(options.dir, decisions);
  writeFileSync(join(options.dir, RUN_STATE_FILE), runStateText(options.dir, { manifest: manifestOf(plan.deployment.files), answers: region }));
  const kept = decisions.filter((d) => d.kind === 'kept-edited' && d.reason === 'conflict').map((d) => d.path);
  return { deployment: plan.deployment, decisions, kept, dryRun: false };
}
