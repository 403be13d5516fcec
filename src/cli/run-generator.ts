import { existsSync, mkdirSync, readdirSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import type { Lang } from '../i18n/types.js';
import type { MppOptions } from '../../generators/lib/base.js';
import type { WriteOutcome } from '../deployment/writer.js';

export interface GeneratorRun {
  /** `app`, `agency`, `service`, `counter`. */
  name: string;
  outDir: string;
  lang: Lang;
  force: boolean;
  dryRun: boolean;
  options: MppOptions;
}

export type GeneratorResult = NonNullable<MppOptions['result']> & { outcome: WriteOutcome };

/**
 * Runs one of the mpp generators in a terminal, through yeoman-environment (imported only here): the
 * interview of `mpp new` and the questions of `mpp add`. Only the interactive paths come here; the
 * generator computes the region once and hands it to the writer, and the outcome comes back for the
 * CLI's report. An interview stopped half-way leaves no folder behind.
 */
export async function runGenerator(run: GeneratorRun): Promise<GeneratorResult | undefined> {
  const [{ createEnv }, { TerminalAdapter }] = await Promise.all([import('yeoman-environment'), import('@yeoman/adapter')]);
  const createdOut = !existsSync(run.outDir);
  if (createdOut) mkdirSync(run.outDir, { recursive: true });
  const adapter = new TerminalAdapter();
  // Yeoman logs "An error occured while running mpp:app#prompting" (in English) before passing an
  // error on; the CLI reports every error itself, in the run's language, so that line is left out.
  const logError = adapter.log.error.bind(adapter.log);
  adapter.log.error = ((...args: Parameters<typeof logError>) => (/^An error occured while running /.test(String(args[0])) ? adapter.log : logError(...args))) as typeof adapter.log.error;
  const env = createEnv({ cwd: run.outDir, logCwd: run.outDir, adapter, skipInstall: true, skipCache: true } as never);
  const GeneratorClass = (await import(`../../generators/${run.name}/generator.js`)).default;
  env.register(GeneratorClass, { namespace: `mpp:${run.name}`, resolved: join(packageRoot, 'generators', run.name, 'index.js'), packagePath: packageRoot } as never);
  const result: NonNullable<MppOptions['result']> = {};
  const options: MppOptions & Record<string, unknown> = { ...run.options, lang: run.lang, interactive: true, result, skipInstall: true, skipCache: true, force: run.force, dryRun: run.dryRun };
  try {
    await env.run([`mpp:${run.name}`], options as never);
  } finally {
    if (createdOut && existsSync(run.outDir) && readdirSync(run.outDir).length === 0) rmdirSync(run.outDir);
  }
  return result.outcome ? (result as GeneratorResult) : undefined;
}
