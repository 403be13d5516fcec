import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeploymentFiles } from './files.js';

/**
 * What the previous run wrote: path -> SHA-256 of the bytes. A file on disk whose hash is still the
 * one recorded was not edited by hand, so regenerating it loses nothing; any other difference is
 * the user's edit, and the writer keeps it (or asks) unless --force.
 */
export type Manifest = Record<string, string>;

export function contentHash(contents: string | Uint8Array): string {
  return createHash('sha256').update(contents).digest('hex');
}

export function manifestOf(files: DeploymentFiles): Manifest {
  const out: Manifest = {};
  for (const path of Object.keys(files).sort()) out[path] = contentHash(files[path]);
  return out;
}

/** True when the file on disk is exactly what mpp-kit wrote last time (safe to replace). */
export function untouchedSinceGenerated(path: string, onDisk: Uint8Array, manifest: Manifest | undefined): boolean {
  return manifest?.[path] !== undefined && manifest[path] === contentHash(onDisk);
}

/**
 * The deployment's run state, kept in `.yo-rc.json` under the package's name (where Yeoman keeps a
 * generator's configuration, so `yo` finds the project root there): the manifest of the last run.
 * The answers are not kept here: the deployment's mpp.yaml is their one source (an older kit's
 * `answers` key is dropped on the next run). Other keys of the file (an interview's progress) are
 * kept. The ONE place that reads and writes the writer's part of it.
 */
export const RUN_STATE_FILE = '.yo-rc.json';
const KEY = 'generator-mpp';

export interface RunState {
  manifest?: Manifest;
}

type StateFile = Record<string, Record<string, unknown> | undefined>;

function readStateFile(dir: string): StateFile {
  const path = join(dir, RUN_STATE_FILE);
  if (!existsSync(path)) return {};
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as StateFile) : {};
  } catch {
    // A broken state file only loses the memory of the last run: every differing file is then a conflict.
    return {};
  }
}

/** The run state of the deployment in `dir` (empty for a first run or an unreadable file). */
export function readRunState(dir: string): RunState {
  const manifest = (readStateFile(dir)[KEY] ?? {}).generated;
  return typeof manifest === 'object' && manifest !== null ? { manifest: manifest as Manifest } : {};
}

/** The text of `.yo-rc.json` after a run: this run's manifest, other keys of the file kept, no answers. */
export function runStateText(dir: string, state: Required<RunState>): string {
  const file = readStateFile(dir);
  const { answers, ...own } = file[KEY] ?? {};
  void answers;
  const next: StateFile = { ...file, [KEY]: { ...own, generated: state.manifest } };
  return `${JSON.stringify(next, null, 2)}\n`;
}
