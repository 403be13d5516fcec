import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import type { InputIssue } from './errors.js';

/**
 * A file that could not be read, as an input issue naming the file in plain words (never the
 * system's error text: "EISDIR: illegal operation on a directory, read" means nothing to a user).
 */
export function readErrorIssue(error: unknown, file: string, lang: Lang): InputIssue {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message =
    code === 'ENOENT' ? t(lang, 'load.notFound')
    : code === 'EISDIR' ? t(lang, 'file.isDirectory', { file })
    : code === 'EACCES' || code === 'EPERM' ? t(lang, 'file.noPermission', { file })
    : t(lang, 'file.unreadable', { file });
  return { path: '', file, code: code === 'ENOENT' ? 'not-found' : 'unreadable', message };
}
