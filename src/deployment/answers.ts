import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import type { ValidRegion } from '../config/valid-region.js';
import type { Result } from '../config/errors.js';
import { validateRegion } from '../config/load.js';
import { parseAnswersFile, type ParsedAnswers } from '../config/answers-file.js';
import { readRunState } from './manifest.js';

/**
 * A deployment's `mpp.yaml`, read and parsed (not validated: add and remove validate their result once,
 * and locate its issues in this file). `shown` names the folder and the file in messages.
 */
export function readDeploymentAnswers(dir: string, lang: Lang, shown: { dir: string; file: string }): Result<ParsedAnswers> {
  const path = join(dir, 'mpp.yaml');
  if (!existsSync(path) || !statSync(path).isFile()) {
    return { ok: false, issues: [{ path: '--in', file: shown.file, code: 'no-deployment', message: t(lang, 'grow.noDeployment', { dir: shown.dir }) }] };
  }
  return parseAnswersFile(path, { lang, shownAs: shown.file });
}

/** The answers the last run stored (`.yo-rc.json`), validated; undefined when there are none. */
export function storedRegion(dir: string, lang: Lang): Result<ValidRegion> | undefined {
  const stored = readRunState(dir).answers;
  return stored === undefined ? undefined : validateRegion(stored, { lang, file: '.yo-rc.json' });
}
