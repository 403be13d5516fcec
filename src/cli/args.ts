import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../i18n/types.js';
import { isLang } from '../i18n/types.js';
import { InputError } from '../config/errors.js';
import { t } from '../i18n/catalogue.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export const COMMON_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies OptionSpec;

/** The language asked for on the command line, before full parsing (for error messages). */
export function langFromArgv(argv: string[]): Lang {
  const index = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (index < 0) return 'id';
  const value = argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  return isLang(value) ? value : 'id';
}

/** Strict parsing: an unknown option or a missing value is an input error, not a crash. */
export function parseCommandArgs<T extends OptionSpec>(argv: string[], options: T, lang: Lang) {
  try {
    const parsed = parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
    const chosen = (parsed.values as Record<string, unknown>).lang as string | undefined;
    if (chosen !== undefined && !isLang(chosen)) {
      throw new InputError([{ path: '--lang', code: 'bad-lang', message: t(lang, 'cli.badLang') }]);
    }
    return parsed;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([{ path: '', code: 'bad-option', message: t(lang, 'cli.unknownOption', { detail: (error as Error).message }) }]);
  }
}
