import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockImports, mppWithNodeFlags, ROOT, tempDir } from '../helpers/cli.js';

/**
 * What each command loads: no command compiles a schema at run time (the validators are precompiled,
 * the data files read as generated JSON), and the heavy libraries are loaded only by the outputs
 * that use them. The hook makes a matching import fail with BLOCKED.
 */
const AJV_COMPILER = '^ajv$|^ajv/dist/(2020|ajv|core|compile)|^ajv-i18n$';
const TEMPLATES = '^handlebars';
/** Handlebars' compiler (the templates are precompiled: only handlebars/runtime is loaded). */
const TEMPLATE_COMPILER = '^handlebars$|^handlebars/(lib|dist/cjs/handlebars\\.js)';
const WORKBOOKS = '^exceljs|^jszip';
const INTERVIEW = '(^|/)(yeoman-|@yeoman/|inquirer|@inquirer/)';
const run = (blocked: string[], args: string[]) => mppWithNodeFlags(['--import', blockImports(blocked.join('|'))], args);
const BADUNG = 'examples/badung/mpp.yaml';

describe('the modules a command loads', () => {
  it('the hook does block a matching import (control)', () => {
    const control = spawnSync(process.execPath, ['--import', blockImports(TEMPLATE_COMPILER), '-e', "await import('handlebars')"], { cwd: ROOT, encoding: 'utf8' });
    expect(control.status).not.toBe(0);
    expect(control.stderr).toContain('BLOCKED handlebars');
    const runtime = spawnSync(process.execPath, ['--import', blockImports(TEMPLATE_COMPILER), '-e', "await import('handlebars/runtime.js')"], { cwd: ROOT, encoding: 'utf8' });
    expect(runtime.status).toBe(0);
  });

  it('mpp validate loads no schema compiler, templates, workbook library or interview, also when the answers are wrong', () => {
    const ok = run([AJV_COMPILER, TEMPLATES, WORKBOOKS, INTERVIEW], ['validate', BADUNG]);
    expect(ok.stderr).not.toContain('BLOCKED');
    expect(ok.code).toBe(0);
    const file = join(tempDir(), 'wrong.yaml');
    writeFileSync(file, 'schemaVersion: 1\nregion: {name: X}\n');
    const bad = run([AJV_COMPILER, TEMPLATES, WORKBOOKS, INTERVIEW], ['validate', file, '--lang', 'en']);
    expect(bad.stderr).not.toContain('BLOCKED');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('region.kind: required key "kind" is missing');
  });

  it('mpp review as a table or JSON loads no schema compiler, templates or workbook library', () => {
    for (const format of ['table', 'json']) {
      const review = run([AJV_COMPILER, TEMPLATES, WORKBOOKS, INTERVIEW], ['review', BADUNG, '--format', format]);
      expect(review.stderr).not.toContain('BLOCKED');
      expect([0, 1]).toContain(review.code);
      expect(review.stdout.length).toBeGreaterThan(1000);
    }
  });

  it('mpp review as Markdown or HTML loads the templates, precompiled, but no schema or template compiler or workbook library', () => {
    for (const format of ['md', 'html']) {
      const review = run([AJV_COMPILER, TEMPLATE_COMPILER, WORKBOOKS, INTERVIEW], ['review', BADUNG, '--format', format]);
      expect(review.stderr).not.toContain('BLOCKED');
      expect([0, 1]).toContain(review.code);
    }
  });

  it('mpp new --answers compiles no schema and no template', () => {
    const result = run([AJV_COMPILER, TEMPLATE_COMPILER, INTERVIEW], ['new', '--answers', BADUNG, '--out', tempDir()]);
    expect(result.stderr).not.toContain('BLOCKED');
    expect(result.code).toBe(0);
  });
});
