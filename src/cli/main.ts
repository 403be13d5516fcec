import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { packageRoot } from '../paths.js';
import { langFromArgv } from './args.js';
import { EXIT, processIo, reportError, type Io } from './io.js';
import { newCommand, newHelp } from './commands/new.js';
import { validateCommand, validateHelp } from './commands/validate.js';
import { reviewCommand, reviewHelp } from './commands/review.js';

type Command = {
  run: (argv: string[], io: Io, lang: Lang) => Promise<number>;
  help: { id: string; en: string };
};

/** The commands; each lives in its own module under commands/. */
export const COMMANDS: Record<string, Command> = {
  new: { run: newCommand, help: newHelp },
  validate: { run: validateCommand, help: validateHelp },
  review: { run: reviewCommand, help: reviewHelp },
};

function usage(lang: Lang): string {
  const head = lang === 'en' ? 'mpp-kit: Mal Pelayanan Publik replication kit\n\nCommands:' : 'mpp-kit: Kit Replikasi Mal Pelayanan Publik\n\nPerintah:';
  return [head, ...Object.values(COMMANDS).map((c) => `  ${c.help[lang].replace(/\n/g, '\n  ')}`)].join('\n\n');
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const lang = langFromArgv(argv);
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.out(usage(lang));
    return command === undefined ? EXIT.input : EXIT.ok;
  }
  if (command === '--version' || command === '-v') {
    io.out((JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version);
    return EXIT.ok;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    io.err(t(lang, 'cli.unknownCommand', { command }));
    io.err(usage(lang));
    return EXIT.input;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(entry.help[lang]);
    return EXIT.ok;
  }
  try {
    return await entry.run(rest, io, lang);
  } catch (error) {
    return reportError(io, lang, error);
  }
}
