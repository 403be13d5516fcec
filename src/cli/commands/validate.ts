import type { Lang } from '../../i18n/types.js';
import { t } from '../../i18n/catalogue.js';
import { EXIT, printIssues, type Io } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { InputError, type InputIssue } from '../../config/errors.js';
import { loadAnswersFile } from '../../config/answers-file.js';

export const validateHelp = {
  id: 'mpp validate BERKAS... [--lang id|en] [--format text|json]\n  Memeriksa berkas jawaban. Kode keluar: 0 valid, 2 ada kesalahan.',
  en: 'mpp validate FILE... [--lang id|en] [--format text|json]\n  Checks answers files. Exit code: 0 valid, 2 errors found.',
};

/** `mpp validate FILE...`: every file checked, every error listed; no Yeoman on this path. */
export async function validateCommand(argv: string[], io: Io, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { format: { type: 'string' } }, lang);
  if (positionals.length === 0) throw new InputError([{ path: '', code: 'missing-argument', message: t(lang, 'cli.missingArgument', { detail: 'FILE' }) }]);
  let failed = 0;
  const report: Array<{ file: string; valid: boolean; issues: InputIssue[] }> = [];
  for (const file of positionals) {
    const result = loadAnswersFile(file, { cwd: io.cwd, lang });
    if (result.ok) {
      report.push({ file, valid: true, issues: [] });
      if (values.format !== 'json') io.out(t(lang, 'cli.valid', { file, agencies: result.value.agencies.length, services: result.value.services.length }));
    } else {
      failed++;
      report.push({ file, valid: false, issues: result.issues });
      if (values.format !== 'json') printIssues(io, lang, result.issues, file);
    }
  }
  if (values.format === 'json') io.out(JSON.stringify(report, null, 2));
  return failed ? EXIT.input : EXIT.ok;
}
