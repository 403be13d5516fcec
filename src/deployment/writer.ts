import { existsSync, lstatSync, mkdirSync, readdirSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { ValidRegion } from '../config/valid-region.js';
import type { Lang } from '../i18n/types.js';
import { parseChecklistYaml } from '../checklist/parse.js';
import { buildDeployment, documentLang, renderChecklistViews, type Deployment } from './build.js';
import type { FileDecision } from './decide.js';
import type { PreviousFiles } from './files.js';
import { KIT } from './kit.js';
import { readRunState, runStateText, RUN_STATE_FILE, type Manifest } from './manifest.js';
import { decidePaths, markersLeft, nextBaseRecords, planFiles, withDecisions, writtenContent, type FilePlan, type PlanInputs } from './plan-files.js';
import { settleDecisions, type ConflictChooser } from './settle.js';
import { baseStoreFiles, staleStorePaths, storedHashes, withManifest, type BaseSnapshot } from './upgrade/base-store.js';
import { asText, hashOf, toBytes, type Content } from './upgrade/content.js';
import { packFile } from './upgrade/packed.js';
import { deploymentKitVersion } from './upgrade/deployment-version.js';
import { CHECKLIST_PATH } from './upgrade/merge-file.js';
import { listStoreFiles, loadBaseStore, readCurrentFiles } from './upgrade/read-deployment.js';

/**
 * The ONE writer of a deployment folder. Every writing entry point (mpp new/add/remove/import
 * --into/upgrade, yo mpp and its subgenerators) computes the next validated region once and hands
 * it here: the writer renders the files with the running kit, reads what the kit wrote last time
 * (the base store `.mpp/base/`, else the manifest of the last run) and the folder, decides per file
 * (decide.ts, pure: replace what nobody edited, keep what only the user changed, merge three ways
 * what both changed), settles the questions (asking when there is someone to ask), applies, and
 * records what the kit wrote in the base store for the next run.
 */

export interface WriteOptions {
  /** The deployment folder (created when something is written). */
  dir: string;
  /** Language of the run's messages; documents follow the answers' `lang`, else this. */
  lang: Lang;
  /** Overwrite files edited by hand with the kit's version. */
  force?: boolean;
  /** Decide and report, write nothing. */
  dryRun?: boolean;
  /** Files whose new content was built from the user's current version (mpp.yaml after add/remove/import/upgrade). */
  merged?: readonly string[];
  /**
   * The mpp.yaml text the new mpp.yaml starts from (the user's comments and order kept); null: none
   * (mpp.yaml rendered from the answers); by default the folder's mpp.yaml when `merged` names it.
   */
  answersText?: string | null;
  /** Asks about files whose changes overlap or cannot be merged; without it the defaults stand (see settle.ts). */
  choose?: ConflictChooser;
}

/** What a run is about to do: the built deployment and the decision per file (questions not settled yet). */
export interface WritePlan {
  deployment: Deployment;
  plan: FilePlan;
  /** The folder's files at the plan's paths, as read. */
  current: Record<string, Uint8Array>;
  base: BaseSnapshot;
}

export interface WriteOutcome {
  deployment: Deployment;
  /** Per file, as applied (a dry run keeps its questions unsettled). */
  plan: FilePlan;
  /** Files that still hold conflict markers from an earlier run. */
  markers: string[];
  dryRun: boolean;
}

const ANSWERS_PATH = 'mpp.yaml';
const text = (content: Content | undefined): string | undefined => (content === undefined ? undefined : asText(content));

/** The files of the folder the build continues from (checklist statuses, ticket prefixes). */
function previousFiles(current: Record<string, Uint8Array>): PreviousFiles {
  return { checklistYaml: text(current[CHECKLIST_PATH]), appConfigJson: text(current['app/app-config.json']) };
}

/**
 * A checklist.yaml merged with the user's that differs from the kit's plan (a field only the user
 * changed, a field the kit no longer writes): the files that show the checklist are rendered again
 * from the merged one, and decided again.
 */
async function followMergedChecklist(region: ValidRegion, lang: Lang, deployment: Deployment, plan: FilePlan, inputs: PlanInputs): Promise<FilePlan> {
  const decision = plan.decisions.find((d) => d.path === CHECKLIST_PATH);
  if (!decision || (decision.kind !== 'merge' && decision.kind !== 'conflict') || decision.strategy !== 'checklist') return plan;
  if (hashOf(decision.content) === hashOf(deployment.files[CHECKLIST_PATH])) return plan;
  const views = await renderChecklistViews(deployment.completed, parseChecklistYaml(decision.content), deployment.layout, deployment.files, documentLang(region, lang), packFile);
  delete views[CHECKLIST_PATH];
  return withDecisions(plan, decidePaths(Object.keys(views), { ...inputs, next: views }));
}

/**
 * Builds the deployment and decides per file. Reads the folder, writes nothing. A corrupted
 * previous checklist is an InputError here, before anything is written.
 */
export async function planWrite(region: ValidRegion, options: WriteOptions): Promise<WritePlan> {
  const state = readRunState(options.dir);
  const base = withManifest(loadBaseStore(options.dir), state.manifest);
  const previous = readCurrentFiles(options.dir, [CHECKLIST_PATH, 'app/app-config.json', ANSWERS_PATH]);
  const answersText = options.answersText === undefined ? (options.merged?.includes(ANSWERS_PATH) ? text(previous[ANSWERS_PATH]) : undefined) : (options.answersText ?? undefined);
  // Each file is packed as soon as it is rendered: compressed, with its hash and size (see PackedFile).
  const deployment = await buildDeployment(region, { lang: options.lang, previous: previousFiles(previous), kit: KIT, answersText, hold: packFile });
  const current = readCurrentFiles(options.dir, new Set([...Object.keys(deployment.files), ...Object.keys(base.files)]));
  const inputs: PlanInputs = { next: deployment.files, current, base, kit: KIT, from: deploymentKitVersion(text(current['mpp.yaml']), base), merged: options.merged, force: options.force };
  const plan = await followMergedChecklist(region, options.lang, deployment, planFiles(inputs), inputs);
  return { deployment, plan, current, base };
}

/** Removes the folders below `dir` that a deletion left empty (a removed agency's page folder). */
function removeEmptyParents(dir: string, path: string): void {
  for (let folder = dirname(join(dir, path)); relative(dir, folder) !== '' && !relative(dir, folder).startsWith(`..${sep}`); folder = dirname(folder)) {
    if (!existsSync(folder) || readdirSync(folder).length > 0) return;
    rmdirSync(folder);
  }
}

/** True when `path` is a symbolic link (never followed: the writer does not write through one). */
function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Writes files below `dir`; a symbolic link in a file's place is replaced by the file, its target left alone. */
function writeFiles(dir: string, files: Readonly<Record<string, Content>>): void {
  for (const [path, contents] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    if (isLink(target)) unlinkSync(target);
    writeFileSync(target, typeof contents === 'string' ? contents : toBytes(contents));
  }
}

/** Applies settled decisions to the folder: writes what they write, deletes stale files. */
export function applyDecisions(dir: string, decisions: readonly FileDecision[]): void {
  for (const decision of decisions) {
    const content = writtenContent(decision);
    if (content !== undefined) writeFiles(dir, { [decision.path]: content });
    else if (decision.kind === 'delete') {
      unlinkSync(join(dir, decision.path));
      removeEmptyParents(dir, decision.path);
    }
  }
}

/**
 * Records what the kit wrote (the plan's records) in the base store, without the objects it holds
 * already and without the ones no longer needed. Returns the records as a manifest (path -> hash).
 */
function recordBase(dir: string, plan: FilePlan, base: BaseSnapshot): Manifest {
  const records = nextBaseRecords(plan);
  writeFiles(dir, baseStoreFiles(records, KIT, storedHashes(base)));
  for (const path of staleStorePaths(listStoreFiles(dir), records)) {
    unlinkSync(join(dir, path));
    removeEmptyParents(dir, path);
  }
  return Object.fromEntries(Object.entries(records).map(([path, record]) => [path, record.hash]));
}

/** Writes a validated region as a deployment (see the module comment); the base store and the run state go last. */
export async function writeDeployment(region: ValidRegion, options: WriteOptions): Promise<WriteOutcome> {
  const { deployment, plan, current, base } = await planWrite(region, options);
  if (options.dryRun) return { deployment, plan, markers: markersLeft(plan, current), dryRun: true };
  const settled: FilePlan = { ...plan, decisions: await settleDecisions(plan.decisions, options.lang, options.choose) };
  mkdirSync(options.dir, { recursive: true });
  applyDecisions(options.dir, settled.decisions);
  const manifest = recordBase(options.dir, settled, base);
  writeFileSync(join(options.dir, RUN_STATE_FILE), runStateText(options.dir, { manifest }));
  return { deployment, plan: settled, markers: markersLeft(settled, current), dryRun: false };
}
