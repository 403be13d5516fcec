import type { Lang } from '../../i18n/types.js';
import { t } from '../../i18n/catalogue.js';
import { answersForRun, ANSWERS_FILE } from '../../deployment/answers.js';
import { missingAnswersError } from '../../interview/missing.js';
import { parseCommandArgs } from '../args.js';
import type { Io } from '../io.js';
import { checkOutDir, resolveOut } from '../out-dir.js';
import { reportWrite, shownDir, writeAndReport } from '../write-run.js';

export const newHelp = {
  id: 'mpp new [--answers mpp.yaml] [--replace-answers] [--out FOLDER] [--lang id|en] [--force] [--dry-run] [--verbose]\n  Membuat deployment MPP dari wawancara atau berkas jawaban. Di folder deployment yang sudah ada, tanpa --answers:\n  membuat ulang semuanya dari mpp.yaml folder itu (sunting, lalu jalankan lagi), tanpa pertanyaan.\n  --answers yang tidak memuat butir mpp.yaml deployment (mis. dari `mpp add`) ditolak, kecuali --replace-answers.\n  --verbose: keputusan per berkas. Tanpa terminal dan tanpa mpp.yaml, --answers wajib.',
  en: 'mpp new [--answers mpp.yaml] [--replace-answers] [--out FOLDER] [--lang id|en] [--force] [--dry-run] [--verbose]\n  Creates an MPP deployment from the interview or an answers file. In an existing deployment folder, without --answers:\n  makes everything again from that folder\'s mpp.yaml (edit it, then run again), asking nothing.\n  --answers lacking items of the deployment\'s mpp.yaml (e.g. from `mpp add`) is refused, unless --replace-answers.\n  --verbose: the decision per file. Without a terminal and without an mpp.yaml, --answers is required.',
};

/**
 * `mpp new`: the region from an answers file, else from the deployment's own mpp.yaml (answersForRun),
 * else from the interview (only in a terminal, the one path that loads Yeoman); validated once, then
 * written. mpp.yaml is updated from the text it was read from, so the user's comments stay.
 */
export async function newCommand(argv: string[], io: Io, lang: Lang): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    { answers: { type: 'string' }, 'replace-answers': { type: 'boolean' }, out: { type: 'string' }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, verbose: { type: 'boolean' } },
    lang,
  );
  const outDir = resolveOut((values.out as string | undefined) ?? '.', io.cwd, lang);
  checkOutDir(outDir, lang);
  const run = {
    dir: outDir,
    force: Boolean(values.force),
    dryRun: Boolean(values['dry-run']),
    verbose: Boolean(values.verbose),
    done: (deployment: { summary: { regionTitle: string } }) => t(lang, 'cli.done', { region: deployment.summary.regionTitle, out: shownDir(io, outDir) }),
  };
  const input = answersForRun(outDir, { lang, cwd: io.cwd, answers: values.answers as string | undefined, replaceAnswers: Boolean(values['replace-answers']) });
  if (input) return writeAndReport(io, lang, input.region, { ...run, merged: [ANSWERS_FILE], answersText: input.text });
  if (!io.stdinIsTTY) throw missingAnswersError(lang);
  const { runGenerator } = await import('../run-generator.js');
  const result = await runGenerator({ name: 'app', outDir, lang, force: run.force, dryRun: run.dryRun, options: { verbose: run.verbose } });
  return result ? reportWrite(io, lang, result.outcome, run.done(result.outcome.deployment), { dir: shownDir(io, outDir), verbose: run.verbose }) : 0;
}
