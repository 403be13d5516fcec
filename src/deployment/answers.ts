import { existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import type { ValidRegion } from '../config/valid-region.js';
import type { RegionAnswers } from '../generated/region.types.js';
import { InputError, type Result } from '../config/errors.js';
import { loadRegionText, parseAnswersText } from '../config/load.js';
import { parseAnswersFile, type ParsedAnswers } from '../config/answers-file.js';
import { readTextFile } from '../config/read-file.js';
import { withDerivedIds } from '../config/identify.js';
import { itemsMissingFrom, type MissingItems } from '../grow/missing-items.js';
import { changedFields } from '../grow/changed-fields.js';
import { contentHash, readRunState } from './manifest.js';

/** The deployment's answers file: the one source of its answers (`.yo-rc.json` keeps none). */
export const ANSWERS_FILE = 'mpp.yaml';

/**
 * A deployment's `mpp.yaml`, read and parsed (not validated: add and remove validate their result once,
 * and locate its issues in this file). `shown` names the folder and the file in messages.
 */
export function readDeploymentAnswers(dir: string, lang: Lang, shown: { dir: string; file: string }): Result<ParsedAnswers> {
  const path = join(dir, ANSWERS_FILE);
  if (!hasAnswersFile(dir)) {
    return { ok: false, issues: [{ path: '--in', file: shown.file, code: 'no-deployment', message: t(lang, 'grow.noDeployment', { dir: shown.dir }) }] };
  }
  return parseAnswersFile(path, { lang, shownAs: shown.file });
}

/** True when `dir` holds an mpp.yaml (a deployment, or a folder prepared for one). */
export function hasAnswersFile(dir: string): boolean {
  const path = join(dir, ANSWERS_FILE);
  return existsSync(path) && statSync(path).isFile();
}

/**
 * The answers a run writes from, and the deployment's mpp.yaml text the new mpp.yaml is updated from
 * (comments kept); null when mpp.yaml is written afresh from the answers (a new folder, --replace-answers).
 */
export interface RunAnswers {
  region: ValidRegion;
  text: string | null;
}

export interface RunAnswersOptions {
  lang: Lang;
  /** `--answers FILE`, relative to `cwd`. */
  answers?: string;
  /** `--replace-answers`: FILE replaces the deployment's answers even where it lacks their items. */
  replaceAnswers?: boolean;
  /** Folder the paths are resolved against and shown relative to. */
  cwd: string;
}

const shownPath = (cwd: string, path: string): string => relative(cwd, path) || path;

function readOrThrow(file: string, options: RunAnswersOptions): string {
  const text = readTextFile(file, { lang: options.lang, cwd: options.cwd, shownAs: shownPath(options.cwd, join(options.cwd, file)) });
  if (!text.ok) throw new InputError(text.issues);
  return text.value;
}

function validOrThrow(text: string, file: string, lang: Lang): ValidRegion {
  const region = loadRegionText(text, { lang, file });
  if (!region.ok) throw new InputError(region.issues);
  return region.value;
}

/** The error of an answers file that lacks items of the deployment: which, and the three ways on. */
function missingItemsError(missing: MissingItems[], lang: Lang, shown: { file: string; deployment: string; dir: string }): InputError {
  const items = missing.map((m) => `  - ${t(lang, `answers.list.${m.list}`)}: ${m.ids.join(', ')}`).join('\n');
  const count = missing.reduce((sum, m) => sum + m.ids.length, 0);
  return new InputError([{ path: '--answers', file: shown.file, code: 'answers-lack-items', message: t(lang, 'answers.lacksItems', { count, ...shown, items }) }]);
}

const SHOWN_FIELDS = 8;

/** The error of an answers file that differs from a deployment's hand-edited mpp.yaml: where, and the three ways on. */
function editedAnswersError(fields: string[], lang: Lang, shown: { file: string; deployment: string; dir: string }): InputError {
  const listed = fields.slice(0, SHOWN_FIELDS).join(', ') + (fields.length > SHOWN_FIELDS ? ', …' : '');
  return new InputError([{ path: '--answers', file: shown.file, code: 'answers-differ', message: t(lang, 'answers.editedDiffers', { count: fields.length, fields: listed, ...shown }) }]);
}

/** True when mpp.yaml is not what the kit wrote last (edited by hand, or no record of the last run). */
function editedSinceRun(dir: string, text: string): boolean {
  const recorded = readRunState(dir).manifest?.[ANSWERS_FILE];
  return recorded !== contentHash(text);
}

/**
 * What a writing run of `mpp new` / `yo mpp` in `dir` answers from (undefined: nothing, so the
 * interview asks):
 * - `--answers FILE`: FILE, validated. On a deployment whose mpp.yaml holds items FILE lacks (an
 *   agency added with `mpp add`), or whose mpp.yaml was edited by hand since the last run and
 *   differs from FILE, an InputError listing what FILE would drop, unless `replaceAnswers`;
 *   otherwise the deployment's mpp.yaml is updated to FILE's answers (its comments kept), or with
 *   `replaceAnswers` (or in a new folder) written afresh from them.
 * - else the deployment's own mpp.yaml, validated: edit it and run again, nothing is asked.
 * Every error is an InputError located in its file; nothing is written then.
 */
export function answersForRun(dir: string, options: RunAnswersOptions): RunAnswers | undefined {
  const { lang, cwd } = options;
  const deploymentFile = join(dir, ANSWERS_FILE);
  const deployed = hasAnswersFile(dir) ? readOrThrow(deploymentFile, options) : undefined;
  const deploymentShown = shownPath(cwd, deploymentFile);
  if (options.answers === undefined) return deployed === undefined ? undefined : { region: validOrThrow(deployed, deploymentShown, lang), text: deployed };
  const file = shownPath(cwd, join(cwd, options.answers));
  const text = readOrThrow(options.answers, options);
  const region = validOrThrow(text, file, lang);
  if (deployed === undefined || options.replaceAnswers) return { region, text: null };
  const parsed = parseAnswersText(deployed, { lang, file: deploymentShown });
  if (!parsed.ok) throw new InputError(parsed.issues);
  const shown = { file, deployment: deploymentShown, dir: shownPath(cwd, dir) };
  const kept = withDerivedIds(parsed.value.data as RegionAnswers, lang);
  const missing = itemsMissingFrom(kept, region);
  if (missing.length > 0) throw missingItemsError(missing, lang, shown);
  const other = parseAnswersText(text, { lang, file });
  const changed = other.ok && editedSinceRun(dir, deployed) ? changedFields(kept, withDerivedIds(other.value.data as RegionAnswers, lang)) : [];
  if (changed.length > 0) throw editedAnswersError(changed, lang, shown);
  return { region, text: deployed };
}
