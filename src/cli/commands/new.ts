import { isAbsolute, relative, resolve } from 'node:path';
import type { Lang } from '../../i18n/types.js';
import { t } from '../../i18n/catalogue.js';
import { InputError } from '../../config/errors.js';
import { loadRegionText } from '../../config/load.js';
import { parseCommandArgs } from '../args.js';
import type { Io } from '../io.js';
import { readAnswersFile } from '../read.js';
import { checkOutDir, runGenerator } from '../run-generator.js';
import { reportRun } from '../report-run.js';

export const newHelp = {
  id: 'mpp new [--answers mpp.yaml] [--out FOLDER] [--lang id|en] [--force] [--dry-run]\n  Membuat deployment MPP dari wawancara atau berkas jawaban. Tanpa terminal, --answers wajib.',
  en: 'mpp new [--answers mpp.yaml] [--out FOLDER] [--lang id|en] [--force] [--dry-run]\n  Creates an MPP deployment from the interview or an answers file. Without a terminal, --answers is required.',
};

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

export async function newCommand(argv: string[], io: Io, lang: Lang): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    { answers: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
    lang,
  );
  const useLang = (values.lang as Lang | undefined) ?? lang;
  const outDir = resolveOut((values.out as string | undefined) ?? '.', io.cwd, useLang);
  checkOutDir(outDir, useLang);
  let answersPath: string | undefined;
  if (values.answers !== undefined) {
    // Validate before Yeoman is even loaded: a broken file fails fast and writes nothing.
    const text = readAnswersFile(values.answers as string, io.cwd, useLang);
    const result = text.ok ? loadRegionText(text.value, { lang: useLang, file: values.answers as string }) : text;
    if (!result.ok) throw new InputError(result.issues);
    answersPath = resolve(io.cwd, values.answers as string);
  }
  const dryRun = Boolean(values['dry-run']);
  const outcome = await runGenerator({
    name: 'app',
    outDir,
    lang: useLang,
    interactive: io.stdinIsTTY && answersPath === undefined,
    force: Boolean(values.force),
    dryRun,
    options: answersPath ? { answers: answersPath } : {},
  });
  return reportRun(io, useLang, outcome, dryRun, outcome.result.deployment ? t(useLang, 'cli.done', { region: outcome.result.deployment.summary.regionTitle, out: relative(io.cwd, outDir) || '.' }) : '');
}
