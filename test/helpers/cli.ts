import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin', 'mpp.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a black box, stdin not a terminal (empty unless given). */
export function mpp(args: string[], options: { cwd?: string; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'mpp-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Every file below a folder with its bytes, keyed by relative path (sorted). */
export function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path).toString('base64');
    }
  };
  walk(dir);
  return out;
}

/**
 * A `node --import` preload that runs `setup` (module text, in the main thread, where CommonJS
 * `require` is resolved) and registers `hook` (an ES module loader hook, module text): the bundled
 * command line is CommonJS and loads libraries with `require`, the compiled sources with `import`.
 */
function preload(setup: string, hook: string): string {
  const registerHook = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
  return `data:text/javascript,${encodeURIComponent(`${registerHook}\n${setup}`)}`;
}

/**
 * A `node --import` hook that makes any import or require whose specifier matches `pattern` (a RegExp
 * source) fail with "BLOCKED <specifier>": run a command under it to prove its path never loads a module.
 */
export function blockImports(pattern: string): string {
  const test = `new RegExp(${JSON.stringify(pattern)}).test(s)`;
  return preload(
    `import Module from 'node:module'; const resolveFilename = Module._resolveFilename; Module._resolveFilename = function (s, ...rest) { if (${test}) throw new Error("BLOCKED " + s); return resolveFilename.call(this, s, ...rest); };`,
    `export async function resolve(s, c, n) { if (${test}) throw new Error("BLOCKED " + s); return n(s, c); }`,
  );
}

/** A `node --import` hook that makes any import or require of Yeoman or inquirer fail with "BLOCKED <name>". */
export const BLOCK_YEOMAN_IMPORT = blockImports('(^|/)(yeoman-|@yeoman/|inquirer|@inquirer/)');

/** Runs the CLI under extra node flags (e.g. BLOCK_YEOMAN_IMPORT). */
export function mppWithNodeFlags(nodeFlags: string[], args: string[], cwd = ROOT): CliResult {
  const result = spawnSync(process.execPath, [...nodeFlags, BIN, ...args], { cwd, input: '', encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The two ways the command line runs: the bundle (dist/cli/, what bin/mpp.js runs after `npm run build`) and the compiled sources (dist/src/). */
export const CLI_ENTRIES = { bundled: join(ROOT, 'dist', 'cli', 'main.cjs'), compiled: join(ROOT, 'dist', 'src', 'cli', 'main.js') } as const;

/** The bundle's chunk named `name` (dist/cli/<name>-<hash>.cjs), as a path; undefined when there is none. */
export function bundleChunk(name: string): string | undefined {
  const dir = join(ROOT, 'dist', 'cli');
  const file = readdirSync(dir).find((entry) => entry.startsWith(`${name}-`) && entry.endsWith('.cjs'));
  return file === undefined ? undefined : join(dir, file);
}

/** Runs one entry of the command line directly (as bin/mpp.js does), under extra node flags. */
export function cliEntryWithNodeFlags(entry: keyof typeof CLI_ENTRIES, nodeFlags: string[], args: string[], cwd = ROOT): CliResult {
  const runner = `const { main } = await import(${JSON.stringify(pathToFileURL(CLI_ENTRIES[entry]).href)}); process.exitCode = await main(process.argv.slice(1));`;
  const result = spawnSync(process.execPath, [...nodeFlags, '--input-type=module', '-e', runner, '--', ...args], { cwd, input: '', encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A `node --import` hook that appends the URL of every module loaded through `import` or `require` (files only) to `file`, one a line. */
export function recordImports(file: string): string {
  const record = `appendFileSync(${JSON.stringify(file)}, url + '\\n')`;
  return preload(
    `import Module from 'node:module'; import { appendFileSync } from 'node:fs'; import { isAbsolute } from 'node:path'; import { pathToFileURL } from 'node:url'; const resolveFilename = Module._resolveFilename; Module._resolveFilename = function (...args) { const path = resolveFilename.apply(this, args); if (isAbsolute(path)) { const url = pathToFileURL(path).href; ${record}; } return path; };`,
    `import { appendFileSync } from 'node:fs'; export async function resolve(s, c, n) { const r = await n(s, c); const url = r.url; ${record}; return r; }`,
  );
}
