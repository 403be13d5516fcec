import type { Lang } from '../../i18n/types.js';
import { t } from '../../i18n/catalogue.js';
import { InputError } from '../../config/errors.js';
import { loadAnswersFile } from '../../config/answers-file.js';
import { storedRegion } from '../../deployment/answers.js';
import { missingAnswersError } from '../../interview/missing.js';
import { parseCommandArgs } from '../args.js';
import type { Io } from '../io.js';
import { checkOutDir, resolveOut } from '../out-dir.js';
import { reportWrite, shownDir, writeAndReport } from '../write-run.js';

export const newHelp = {
  id: 'mpp new [--answers mpp.yaml] [--out FOLDER] [--lang id|en] [--force] [--dry-run]\n  Membuat deployment MPP dari wawancara atau berkas jawaban. Tanpa terminal, --answers wajib.',
  en: 'mpp new [--answers mpp.yaml] [--out FOLDER] [--lang id|en] [--force] [--dry-run]\n  Creates an MPP deployment from the interview or an answers file. Without a terminal, --answers is required.',
};

/**
 * `mpp new`: the region from an answers file, else from the answers stored by the last run, else from
 * the interview (only in a terminal, the one path that loads Yeoman); validated once, then written.
 */
export async function newCommand(argv: string[], io: Io, lang: Lang): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    { answers: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
    lang,
  );
  const outDir = resolveOut((values.out as string | undefined) ?? '.', io.cwd, lang);
  checkOutDir(outDir, lang);
  const run = {
    dir: outDir,
    force: Boolean(values.force),
    dryRun: Boolean(values['dry-run']),
    done: (deployment: { summary: { regionTitle: string } }) => t(lang, 'cli.done', { region: deployment.summary.regionTitle, out: shownDir(io, outDir) }),
  };
  if (values.answers !== undefined) {
    const region = loadAnswersFile(values.answers as string, { cwd: io.cwd, lang });
    if (!region.ok) throw new InputError(region.issues);
    return writeAndReport(io, lang, region.value, run);
  }
  const stored = storedRegion(outDir, lang);
  if (stored?.ok) return writeAndReport(io, lang, stored.value, run);
  if (stored && !io.stdinIsTTY) throw new InputError(stored.issues);
  if (!io.stdinIsTTY) throw missingAnswersError(lang);
  const { runGenerator } = await import('../run-generator.js');
  const result = await runGenerator({ name: 'app', outDir, lang, force: run.force, dryRun: run.dryRun, options: {} });
  return result ? reportWrite(io, lang, result.outcome, run.done(result.outcome.deployment)) : 0;
}
