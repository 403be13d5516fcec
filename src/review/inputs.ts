import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import type { InputIssue, Result } from '../config/errors.js';
import type { ValidRegion } from '../config/valid-region.js';
import type { ChecklistFile } from '../generated/checklist.types.js';
import { loadRegionText } from '../config/load.js';
import { readTextFile } from '../config/read-file.js';
import { parseChecklistText } from './checklist-file.js';
import { completeRegion } from '../complete/complete.js';
import type { CompletedRegion } from '../config/completed-region.js';

/**
 * File-system side of `mpp review` (the assessment itself is pure): which answers files and
 * checklists the command-line arguments name, and reading them.
 */
export interface RegionSource {
  /** Answers file, as shown to the user (relative to the working folder when the argument was). */
  file: string;
  /** `checklist/checklist.yaml` of a deployment folder, when there is one. */
  checklist?: string;
}

const ANSWERS = 'mpp.yaml';
const CHECKLIST = join('checklist', 'checklist.yaml');

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function deployment(dir: string, cwd: string): RegionSource {
  const checklist = join(dir, CHECKLIST);
  return { file: join(dir, ANSWERS), ...(existsSync(resolve(cwd, checklist)) ? { checklist } : {}) };
}

/**
 * One argument -> region sources. A file is an answers file (its folder's checklist is not read);
 * a folder with `mpp.yaml` is a deployment folder (with `checklist/checklist.yaml` when present);
 * another folder is a folder of regions: every `<sub>/mpp.yaml` one level below, sorted by name.
 */
export function resolveArgument(arg: string, cwd: string, lang: Lang): Result<RegionSource[]> {
  const path = resolve(cwd, arg);
  if (!isDirectory(path)) return { ok: true, value: [{ file: arg }] };
  if (existsSync(join(path, ANSWERS))) return { ok: true, value: [deployment(arg, cwd)] };
  const subs = readdirSync(path)
    .filter((name) => isDirectory(join(path, name)) && existsSync(join(path, name, ANSWERS)))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (subs.length === 0) return { ok: false, issues: [{ path: '', file: arg, code: 'no-regions', message: t(lang, 'review.cli.noRegions') }] };
  return { ok: true, value: subs.map((name) => deployment(join(arg, name), cwd)) };
}

export interface LoadedRegion {
  source: RegionSource;
  /** The answers as validated (what the region gave). */
  answers: ValidRegion;
  /** The answers completed once (src/complete/): what the review assesses. */
  region: CompletedRegion;
  checklist?: ChecklistFile;
}

/** Reads and validates one source: the answers as `mpp validate` does, completed once, then its checklist. */
export function loadSource(source: RegionSource, cwd: string, lang: Lang): Result<LoadedRegion> {
  const text = readTextFile(source.file, { cwd, lang });
  const answers = text.ok ? loadRegionText(text.value, { lang, file: source.file }) : text;
  if (!answers.ok) return answers;
  const loaded: LoadedRegion = { source, answers: answers.value, region: completeRegion(answers.value, undefined, answers.value.lang ?? lang) };
  if (!source.checklist) return { ok: true, value: loaded };
  const checklistText = readTextFile(source.checklist, { cwd, lang });
  const checklist = checklistText.ok ? parseChecklistText(checklistText.value, { lang, file: source.checklist }, answers.value) : checklistText;
  if (!checklist.ok) return checklist;
  return { ok: true, value: { ...loaded, checklist: checklist.value } };
}

/** Every argument resolved and loaded; all issues of all inputs, grouped by file, when any fails. */
export function loadArguments(args: readonly string[], cwd: string, lang: Lang): { regions: LoadedRegion[]; issues: Array<{ file: string; issues: InputIssue[] }> } {
  const regions: LoadedRegion[] = [];
  const issues: Array<{ file: string; issues: InputIssue[] }> = [];
  for (const arg of args) {
    const sources = resolveArgument(arg, cwd, lang);
    if (!sources.ok) {
      issues.push({ file: arg, issues: sources.issues });
      continue;
    }
    for (const source of sources.value) {
      const loaded = loadSource(source, cwd, lang);
      if (loaded.ok) regions.push(loaded.value);
      else issues.push({ file: loaded.issues[0]?.file ?? source.file, issues: loaded.issues });
    }
  }
  return { regions, issues };
}
