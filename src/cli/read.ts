import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import type { Result } from '../config/errors.js';
import { readErrorIssue } from '../config/file-errors.js';
import { MAX_FILE_BYTES } from '../config/load.js';

/** Reads an answers file as text; a missing, unreadable or oversized file is an input issue. */
export function readAnswersFile(file: string, cwd: string, lang: Lang): Result<string> {
  const path = resolve(cwd, file);
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) return { ok: false, issues: [{ path: '', file, code: 'too-large', message: t(lang, 'load.tooLarge', { size, max: MAX_FILE_BYTES }) }] };
    return { ok: true, value: readFileSync(path, 'utf8') };
  } catch (error) {
    return { ok: false, issues: [readErrorIssue(error, file, lang)] };
  }
}
