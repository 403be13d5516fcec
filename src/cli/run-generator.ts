import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync, accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import type { Lang } from '../i18n/types.js';
import { InputError } from '../config/errors.js';
import { t } from '../i18n/catalogue.js';
import type { MppOptions } from '../../generators/lib/base.js';

export interface GeneratorRun {
  /** `app`, `agency`, `service`, `counter`. */
  name: string;
  outDir: string;
  lang: Lang;
  interactive: boolean;
  force: boolean;
  dryRun: boolean;
  options: Record<string, unknown>;
}

export interface GeneratorOutcome {
  written: string[];
  conflicts: string[];
  result: NonNullable<MppOptions['result']>;
}

/** Checks the output folder before anything is loaded or written. */
export function checkOutDir(outDir: string, lang: Lang): void {
  if (!existsSync(outDir)) return;
  if (!statSync(outDir).isDirectory()) throw new InputError([{ path: '--out', code: 'out-is-file', message: t(lang, 'cli.outIsFile', { path: outDir }) }]);
  try {
    accessSync(outDir, constants.W_OK);
  } catch {
    throw new InputError([{ path: '--out', code: 'out-not-writable', message: t(lang, 'cli.outNotWritable', { path: outDir }) }]);
  }
}

/**
 * Runs one of the mpp generators through yeoman-environment (imported only here, so commands that
 * write nothing never load Yeoman). Without a terminal, conflicts are answered "skip" (the user's file
 * is kept) and reported; any other question is a missing answer.
 */
export async function runGenerator(run: GeneratorRun): Promise<GeneratorOutcome> {
  const [{ createEnv }, { TerminalAdapter }] = await Promise.all([import('yeoman-environment'), import('@yeoman/adapter')]);
  const conflicts: string[] = [];
  const lang = run.lang;
  class BatchAdapter extends TerminalAdapter {
    override async prompt(questions: unknown): Promise<never> {
      const list = (Array.isArray(questions) ? questions : [questions]) as Array<{ name?: string; message?: string }>;
      const conflict = list.find((q) => q.name === 'action' && typeof q.message === 'string' && q.message.startsWith('Overwrite '));
      if (conflict) {
        conflicts.push(String(conflict.message).replace(/^Overwrite /, '').replace(/\?$/, ''));
        return { action: 'skip' } as never;
      }
      throw new InputError(list.map((q) => ({ path: q.name ?? '', code: 'missing', message: q.message ?? '' })), `${t(lang, 'cli.missingFields')}\n${list.map((q) => `  - ${q.name}: ${q.message}`).join('\n')}`);
    }
  }
  const createdOut = !existsSync(run.outDir);
  if (createdOut) mkdirSync(run.outDir, { recursive: true });
  const adapter = run.interactive ? new TerminalAdapter() : new BatchAdapter({ stdout: process.stderr });
  const env = createEnv({ cwd: run.outDir, logCwd: run.outDir, adapter, skipInstall: true, skipCache: true, force: run.force, dryRun: run.dryRun } as never);
  const GeneratorClass = (await import(`../../generators/${run.name}/generator.js`)).default;
  env.register(GeneratorClass, { namespace: `mpp:${run.name}`, resolved: join(packageRoot, 'generators', run.name, 'index.js'), packagePath: packageRoot } as never);
  const result: NonNullable<MppOptions['result']> = {};
  const options = { ...run.options, lang: run.lang, interactive: run.interactive, result, skipInstall: true, skipCache: true, force: run.force, dryRun: run.dryRun };
  try {
    await env.run([`mpp:${run.name}`], options as never);
  } catch (error) {
    if (createdOut && existsSync(run.outDir) && readdirSync(run.outDir).length === 0) rmdirSync(run.outDir);
    throw error;
  }
  if (run.dryRun && createdOut && existsSync(run.outDir) && readdirSync(run.outDir).length === 0) rmdirSync(run.outDir);
  return { written: result.written ?? [], conflicts, result };
}
