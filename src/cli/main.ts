import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { packageRoot } from '../paths.js';
import { langFromArgv } from './args.js';
import { EXIT, processIo, reportError, type Io } from './io.js';
type Command = {
  run: (argv: string[], io: Io, lang: Lang) => Promise<number>;
  help: { id: string; en: string };
};

/**
 * The commands; each lives in its own module under commands/ and is imported only when it runs, so
 * a command pays start-up time for its own dependencies only (validate and review never load Yeoman).
 */
export const COMMANDS: Record<string, () => Promise<Command>> = {
  new: async () => { const m = await import('./commands/new.js'); return { run: m.newCommand, help: m.newHelp }; },
  validate: async () => { const m = await import('./commands/validate.js'); return { run: m.validateCommand, help: m.validateHelp }; },
  review: async () => { const m = await import('./commands/review.js'); return { run: m.reviewCommand, help: m.reviewHelp }; },
  add: async () => { const m = await import('./commands/add.js'); return { run: m.addCommand, help: m.addHelp }; },
  remove: async () => { const m = await import('./commands/remove.js'); return { run: m.removeCommand, help: m.removeHelp }; },
  import: async () => { const m = await import('./commands/import.js'); return { run: m.importCommand, help: m.importHelp }; },
  export: async () => { const m = await import('./commands/export.js'); return { run: m.exportCommand, help: m.exportHelp }; },
  upgrade: async () => { const m = await import('./commands/upgrade.js'); return { run: m.upgradeCommand, help: m.upgradeHelp }; },
  simulate: async () => { const m = await import('./commands/simulate.js'); return { run: m.simulateCommand, help: m.simulateHelp }; },
};

async function usage(lang: Lang): Promise<string> {
  const head = lang === 'en' ? 'mpp-kit: Mal Pelayanan Publik replication kit\n\nCommands:' : 'mpp-kit: Kit Replikasi Mal Pelayanan Publik\n\nPerintah:';
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  return [head, ...commands.map((c) => `  ${c.help[lang].replace(/\n/g, '\n  ')}`)].join('\n\n');
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const lang = langFromArgv(argv);
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.out(await usage(lang));
    return command === undefined ? EXIT.input : EXIT.ok;
  }
  if (command === '--version' || command === '-v') {
    io.out((JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version);
    return EXIT.ok;
  }
  const load = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    io.err(t(lang, 'cli.unknownCommand', { command }));
    io.err(await usage(lang));
    return EXIT.input;
  }
  const entry = await load();
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
