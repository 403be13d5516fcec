import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { InputError } from '../config/errors.js';

/** An output folder must not climb out of the working folder with `..` (absolute paths are explicit). */
export function resolveOut(out: string, cwd: string, lang: Lang): string {
  const target = resolve(cwd, out);
  if (!isAbsolute(out)) {
    const rel = relative(cwd, target);
    if (rel === '..' || rel.startsWith('../') || rel.startsWith('..\\')) {
      throw new InputError([{ path: '--out', code: 'out-outside', message: t(lang, 'cli.outOutside', { path: out }) }]);
    }
  }
  return target;
}

/** Checks the output folder before anything is computed or written: a folder we may write, or nothing yet. */
export function checkOutDir(outDir: string, lang: Lang): void {
  if (!existsSync(outDir)) return;
  if (!statSync(outDir).isDirectory()) throw new InputError([{ path: '--out', code: 'out-is-file', message: t(lang, 'cli.outIsFile', { path: outDir }) }]);
  try {
    accessSync(outDir, constants.W_OK);
  } catch {
    throw new InputError([{ path: '--out', code: 'out-not-writable', message: t(lang, 'cli.outNotWritable', { path: outDir }) }]);
  }
}
