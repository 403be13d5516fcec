import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import type { Result } from './errors.js';
import { MAX_FILE_BYTES } from './load.js';
import { readErrorIssue } from './file-errors.js';

export interface ReadOptions {
  lang: Lang;
  /** Folder a relative `file` is resolved against (default: the process's working folder). */
  cwd?: string;
  /** Largest file accepted, in bytes (default: MAX_FILE_BYTES; Infinity for a workbook, checked by its reader). */
  maxBytes?: number;
  /** Name shown in issues (default: `file` as given). */
  shownAs?: string;
}

/**
 * The ONE way user files are read (answers, item files, checklists, spreadsheets): a missing,
 * unreadable, not-a-file or oversized file is an input issue naming the file in plain words (never
 * the system's error text), never a crash.
 */
export function readFileBytes(file: string, options: ReadOptions): Result<Uint8Array> {
  const { lang } = options;
  const shown = options.shownAs ?? file;
  const path = resolve(options.cwd ?? process.cwd(), file);
  const max = options.maxBytes ?? MAX_FILE_BYTES;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { ok: false, issues: [readErrorIssue({ code: 'EISDIR' }, shown, lang)] };
    if (stat.size > max) return { ok: false, issues: [{ path: '', file: shown, code: 'too-large', message: t(lang, 'load.tooLarge', { size: stat.size, max }) }] };
    return { ok: true, value: readFileSync(path) };
  } catch (error) {
    return { ok: false, issues: [readErrorIssue(error, shown, lang)] };
  }
}

/** A user's text file (UTF-8), with the same checks as readFileBytes. */
export function readTextFile(file: string, options: ReadOptions): Result<string> {
  const bytes = readFileBytes(file, options);
  return bytes.ok ? { ok: true, value: Buffer.from(bytes.value).toString('utf8') } : bytes;
}
