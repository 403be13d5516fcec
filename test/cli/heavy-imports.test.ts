import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blockImports, bundleChunk, CLI_ENTRIES, cliEntryWithNodeFlags, mppWithNodeFlags, recordImports, ROOT, tempDir, type CliResult } from '../helpers/cli.js';

/**
 * What each command loads: no command compiles a schema at run time (the validators are precompiled,
 * the data files read as generated JSON), and the heavy libraries are loaded only by the outputs
 * that use them. The hook makes a matching import fail with BLOCKED. Each check runs the command as a
 * user does (bin/mpp.js), and both ways the command line can run: bundled (dist/cli/, where a shared
 * chunk could pull a library in for every command) and compiled (dist/src/).
 */
const AJV_COMPILER = '^ajv$|^ajv/dist/(2020|ajv|core|compile)|^ajv-i18n$';
const TEMPLATES = '^handlebars';
/** Handlebars' compiler (the templates are precompiled: only handlebars/runtime is loaded). */
const TEMPLATE_COMPILER = '^handlebars$|^handlebars/(lib|dist/cjs/handlebars\\.js)';
const WORKBOOKS = '^exceljs|^jszip';
const INTERVIEW = '(^|/)(yeoman-|@yeoman/|inquirer|@inquirer/)';
/** The bundle carries the workbook libraries in its own chunk: loading that chunk is loading them. */
const WORKBOOK_CHUNK = /\/dist\/cli\/workbook-[^/]*\.cjs$/m;
/** A bundled run under the hook that also records what it loads, with the workbook chunk reported as blocked. */
function bundled(flags: string[], blocked: string[], args: string[]): CliResult {
  const file = join(tempDir(), 'imports.txt');
  const result = cliEntryWithNodeFlags('bundled', [...flags, '--import', recordImports(file)], args);
  const loaded = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return blocked.includes(WORKBOOKS) && WORKBOOK_CHUNK.test(loaded) ? { ...result, stderr: `${result.stderr}\nBLOCKED workbook chunk` } : result;
}
const run = (blocked: string[], args: string[]): CliResult[] => {
  const flags = ['--import', blockImports(blocked.join('|'))];
  return [mppWithNodeFlags(flags, args), bundled(flags, blocked, args), cliEntryWithNodeFlags('compiled', flags, args)];
};
const BADUNG = 'examples/badung/mpp.yaml';

describe('the modules a command loads', () => {
  it('the hook does block a matching import (control)', () => {
    const control = spawnSync(process.execPath, ['--import', blockImports(TEMPLATE_COMPILER), '-e', "await import('handlebars')"], { cwd: ROOT, encoding: 'utf8' });
    expect(control.status).not.toBe(0);
    expect(control.stderr).toContain('BLOCKED handlebars');
    const runtime = spawnSync(process.execPath, ['--import', blockImports(TEMPLATE_COMPILER), '-e', "await import('handlebars/runtime.js')"], { cwd: ROOT, encoding: 'utf8' });
    expect(runtime.status).toBe(0);
    // The bundle is CommonJS: a require is blocked the same way.
    const required = spawnSync(process.execPath, ['--import', blockImports(TEMPLATE_COMPILER), '-e', "require('handlebars')"], { cwd: ROOT, encoding: 'utf8' });
    expect(required.status).not.toBe(0);
    expect(required.stderr).toContain('BLOCKED handlebars');
    const requiredRuntime = spawnSync(process.execPath, ['--import', blockImports(TEMPLATE_COMPILER), '-e', "require('handlebars/runtime.js')"], { cwd: ROOT, encoding: 'utf8' });
    expect(requiredRuntime.status).toBe(0);
    // And inside the bundle: the Markdown review does load the template runtime, so blocking it fails the run.
    const md = bundled(['--import', blockImports(TEMPLATES)], [TEMPLATES], ['review', BADUNG, '--format', 'md']);
    expect(md.stderr).toContain('BLOCKED handlebars/runtime');
    expect(md.code).not.toBe(0);
  });

  it('mpp validate loads no schema compiler, templates, workbook library or interview, also when the answers are wrong', () => {
    for (const ok of run([AJV_COMPILER, TEMPLATES, WORKBOOKS, INTERVIEW], ['validate', BADUNG])) {
      expect(ok.stderr).not.toContain('BLOCKED');
      expect(ok.code).toBe(0);
    }
    const file = join(tempDir(), 'wrong.yaml');
    writeFileSync(file, 'schemaVersion: 1\nregion: {name: X}\n');
    for (const bad of run([AJV_COMPILER, TEMPLATES, WORKBOOKS, INTERVIEW], ['validate', file, '--lang', 'en'])) {
      expect(bad.stderr).not.toContain('BLOCKED');
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('region.kind: required key "kind" is missing');
    }
  });

  it('mpp validate words schema errors with ajv-i18n only when there are errors, in the run\'s language only', () => {
    const LOCALIZE = '^ajv-i18n';
    for (const ok of run([LOCALIZE], ['validate', BADUNG])) {
      expect(ok.stderr).not.toContain('BLOCKED');
      expect(ok.code).toBe(0);
    }
    const file = join(tempDir(), 'wrong.yaml');
    writeFileSync(file, 'schemaVersion: 1\nregion: {name: X}\n');
    // Control: a wrong file does load the messages of its language, and not the other's.
    for (const bad of run([LOCALIZE], ['validate', file, '--lang', 'en'])) expect(bad.stderr).toContain('BLOCKED ajv-i18n/localize/en/');
    for (const bad of run(['^ajv-i18n/localize/(?!id/)'], ['validate', file, '--lang', 'id'])) {
      expect(bad.stderr).not.toContain('BLOCKED');
      expect(bad.stderr).toContain('kunci wajib "kind" tidak ada');
    }
  });

  it('mpp review as a table or JSON loads no schema compiler, templates or workbook library', () => {
    for (const format of ['table', 'json']) {
      for (const review of run([AJV_COMPILER, TEMPLATES, WORKBOOKS, INTERVIEW], ['review', BADUNG, '--format', format])) {
        expect(review.stderr).not.toContain('BLOCKED');
        expect([0, 1]).toContain(review.code);
        expect(review.stdout.length).toBeGreaterThan(1000);
      }
    }
  });

  it('mpp review as Markdown or HTML loads the templates, precompiled, but no schema or template compiler or workbook library', () => {
    for (const format of ['md', 'html']) {
      for (const review of run([AJV_COMPILER, TEMPLATE_COMPILER, WORKBOOKS, INTERVIEW], ['review', BADUNG, '--format', format])) {
        expect(review.stderr).not.toContain('BLOCKED');
        expect([0, 1]).toContain(review.code);
      }
    }
  });

  it('mpp new --answers compiles no schema and no template', () => {
    for (const result of run([AJV_COMPILER, TEMPLATE_COMPILER, INTERVIEW], ['new', '--answers', BADUNG, '--out', tempDir()])) {
      expect(result.stderr).not.toContain('BLOCKED');
      expect(result.code).toBe(0);
    }
  });

  it('the bundle loads a few files of its own, the yaml library inside, and no compiled source', () => {
    expect(existsSync(CLI_ENTRIES.bundled), 'dist/cli/main.cjs is missing: run `npm run build`').toBe(true);
    const imports = (entry: keyof typeof CLI_ENTRIES) => {
      const file = join(tempDir(), 'imports.txt');
      const result = cliEntryWithNodeFlags(entry, ['--import', recordImports(file)], ['validate', BADUNG]);
      expect(result.code).toBe(0);
      return readFileSync(file, 'utf8').trim().split('\n');
    };
    // Control: the compiled sources load the project's modules one by one, and yaml from node_modules.
    const compiled = imports('compiled');
    expect(compiled.filter((url) => url.includes('/dist/src/')).length).toBeGreaterThan(30);
    expect(compiled.some((url) => url.includes('/node_modules/yaml/'))).toBe(true);
    expect(compiled.some((url) => url.includes('/node_modules/ajv/dist/runtime/'))).toBe(true);
    const bundled = imports('bundled');
    // The project's own files (a library's dist/ folder, such as ajv's runtime, is not the project's).
    const own = bundled.filter((url) => url.startsWith(`${pathToFileURL(join(ROOT, 'dist')).href}/`));
    expect(own.length).toBeGreaterThan(3);
    expect(own.every((url) => url.includes('/dist/cli/'))).toBe(true);
    expect(own.length).toBeLessThan(15);
    // yaml and the run-time files of the precompiled validators are inside the bundle; the workbook
    // libraries' chunk is not loaded.
    expect(bundled.filter((url) => url.includes('/node_modules/'))).toEqual([]);
    expect(own.some((url) => /\/dist\/cli\/workbook-/.test(url))).toBe(false);
  });

  it('the workbook libraries are in the bundle\'s workbook chunk, which the commands writing workbooks load (control for the checks above)', () => {
    const file = join(tempDir(), 'imports.txt');
    const result = cliEntryWithNodeFlags('bundled', ['--import', recordImports(file), '--import', blockImports(WORKBOOKS)], ['new', '--answers', BADUNG, '--out', tempDir()]);
    expect(result.stderr).not.toContain('BLOCKED');
    expect(result.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(WORKBOOK_CHUNK);
    const chunk = bundleChunk('workbook');
    expect(chunk).toBeDefined();
    const code = readFileSync(chunk as string, 'utf8');
    for (const library of ['exceljs', 'jszip']) expect(code).toContain(`node_modules/${library}/`);
  });

  it('the bundle leaves the interview to the compiled sources, where the generators are', () => {
    const chunks = readdirSync(join(ROOT, 'dist', 'cli')).map((name) => readFileSync(join(ROOT, 'dist', 'cli', name), 'utf8'));
    const targets = chunks.flatMap((code) => [...code.matchAll(/import\("([^"]*run-generator\.js)"\)/g)].map((m) => m[1]));
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(existsSync(join(ROOT, 'dist', 'cli', target))).toBe(true);
  });
});
