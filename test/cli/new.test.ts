import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BLOCK_YEOMAN_IMPORT, mpp, mppWithNodeFlags, snapshotDir, tempDir, ROOT } from '../helpers/cli.js';

const fixture = readFileSync(join(ROOT, 'test/fixtures/minimal.yaml'), 'utf8');

describe('mpp new (black box)', () => {
  it('generates the Badung example and gives identical bytes on a second run elsewhere', () => {
    const a = join(tempDir(), 'badung');
    const b = join(tempDir(), 'badung');
    const first = mpp(['new', '--answers', 'examples/badung/mpp.yaml', '--out', a]);
    expect(first.stderr).not.toMatch(/internal error|kesalahan internal/i);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Kabupaten Badung');
    expect(mpp(['new', '--answers', 'examples/badung/mpp.yaml', '--out', b]).code).toBe(0);
    const snapA = snapshotDir(a);
    expect(Object.keys(snapA)).toEqual(expect.arrayContaining(['README.md', 'mpp.yaml', '.yo-rc.json']));
    expect(snapshotDir(b)).toEqual(snapA);
    // Re-running in place changes nothing and reports no conflict.
    const again = mpp(['new', '--answers', 'examples/badung/mpp.yaml', '--out', a]);
    expect(again.code).toBe(0);
    expect(snapshotDir(a)).toEqual(snapA);
    // The written mpp.yaml is itself a valid answers file.
    expect(mpp(['validate', join(a, 'mpp.yaml')]).code).toBe(0);
  });

  it('fails on a broken answers file with each field and line, and writes nothing', () => {
    const dir = tempDir();
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, fixture.replace('    handlingMinutes: 10', '    handlingMinutes: ten').replace('{ id: pkb, agency: samsat,', '{ id: pkb, agency: polres,'));
    const out = join(dir, 'out');
    const result = mpp(['new', '--answers', file, '--out', out, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/broken\.yaml:\d+:\d+ services\[0\]\.handlingMinutes: must be number/);
    expect(result.stderr).toMatch(/services\[1\]\.agency: agency "polres" is not in the agencies list/);
    expect(result.stderr).toContain('No file was written.');
    expect(existsSync(out)).toBe(false);
  });

  it('leaves an existing folder untouched when the answers are invalid', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'keep.txt'), 'mine');
    const file = join(dir, 'dup.yaml');
    writeFileSync(file, fixture.replace('{ id: samsat, name: Samsat', '{ id: dukcapil, name: Samsat'));
    const result = mpp(['new', '--answers', file, '--out', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/agencies\[1\]\.id: pengenal "dukcapil" dipakai lebih dari sekali/);
    expect(snapshotDir(dir)).toEqual({ 'dup.yaml': expect.any(String), 'keep.txt': Buffer.from('mine').toString('base64') });
  });

  it('never prompts without a terminal: names the missing fields and exits non-zero', () => {
    const out = join(tempDir(), 'x');
    const result = mpp(['new', '--out', out], { input: '\n' });
    expect(result.code).toBe(2);
    for (const field of ['region.name', 'region.kind', 'mpp.name', 'agencies', 'services']) expect(result.stderr).toContain(field);
    expect(existsSync(out)).toBe(false);
  });

  it('lists files on --dry-run and writes nothing', () => {
    const out = join(tempDir(), 'dry');
    const result = mpp(['new', '--answers', 'test/fixtures/minimal.yaml', '--out', out, '--dry-run', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Dry run');
    expect(result.stdout).toContain('mpp.yaml');
    expect(result.stdout).toContain('README.md');
    expect(existsSync(out)).toBe(false);
  });

  it('keeps a hand edit on re-run, merges it with the kit\'s changes, marks an overlap (exit 1), and overwrites only with --force', () => {
    const dir = tempDir();
    const out = join(dir, 'edit');
    expect(mpp(['new', '--answers', 'test/fixtures/minimal.yaml', '--out', out]).code).toBe(0);
    const readme = join(out, 'README.md');
    writeFileSync(readme, `${readFileSync(readme, 'utf8')}\nCatatan tangan kami.\n`);
    // The kit writes the same README again: the edit stays, nothing to report.
    const same = mpp(['new', '--answers', 'test/fixtures/minimal.yaml', '--out', out]);
    expect(same.code).toBe(0);
    expect(same.stderr).toBe('');
    expect(readFileSync(readme, 'utf8')).toContain('Catatan tangan kami.');
    // The answers change the README elsewhere: merged, both there.
    const renamed = join(dir, 'renamed.yaml');
    writeFileSync(renamed, readFileSync('test/fixtures/minimal.yaml', 'utf8').replace('name: Mal Pelayanan Publik Kabupaten Contoh', 'name: MPP Contoh Baru'));
    const merged = mpp(['new', '--answers', renamed, '--out', out, '--lang', 'en']);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain('1 merged with your edits');
    expect(readFileSync(readme, 'utf8')).toContain('MPP Contoh Baru');
    expect(readFileSync(readme, 'utf8')).toContain('Catatan tangan kami.');
    // The user rewrote the whole README, and the kit rewrites it in English: one overlap, with markers.
    writeFileSync(readme, '# Catatan kami\n');
    const overlap = mpp(['new', '--answers', renamed, '--out', out, '--lang', 'id']);
    expect(overlap.code).toBe(1);
    expect(overlap.stderr).toMatch(/README\.md:\d+: suntingan Anda dan perubahan kit bertumpuk/);
    expect(readFileSync(readme, 'utf8')).toMatch(/^# Catatan kami\n[^]*\n<<<<<<< yours\n[^]*\|{7} base generator-mpp@[^\n]+\n[^]*\n>>>>>>> kit generator-mpp@/);
    const forced = mpp(['new', '--answers', renamed, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toBe('');
    expect(readFileSync(readme, 'utf8')).not.toContain('<<<<<<<');
    expect(readFileSync(readme, 'utf8')).toContain('MPP Contoh Baru');
  });

  it('re-runs from the deployment\'s mpp.yaml without asking anything; .yo-rc.json keeps no answers', () => {
    const out = join(tempDir(), 'stored');
    expect(mpp(['new', '--answers', 'test/fixtures/minimal.yaml', '--out', out]).code).toBe(0);
    const stored = JSON.parse(readFileSync(join(out, '.yo-rc.json'), 'utf8'));
    expect(Object.keys(stored['generator-mpp'])).toEqual(['generated']);
    const before = snapshotDir(out);
    const rerun = mpp(['new', '--out', out]);
    expect(rerun.code).toBe(0);
    expect(snapshotDir(out)).toEqual(before);
  });

  it('refuses an output path that is a file or climbs out with .. (read-only: test/hostile/files.test.ts)', () => {
    const dir = tempDir();
    const file = join(dir, 'afile');
    writeFileSync(file, 'x');
    expect(mpp(['new', '--answers', 'test/fixtures/minimal.yaml', '--out', file]).code).toBe(2);
    const climb = mpp(['new', '--answers', join(ROOT, 'test/fixtures/minimal.yaml'), '--out', '../../escape'], { cwd: dir });
    expect(climb.code).toBe(2);
    expect(climb.stderr).toContain('..');
  });

  it('writes documents in English with --lang en and the answers as normalized YAML', () => {
    const out = join(tempDir(), 'en');
    expect(mpp(['new', '--answers', 'test/fixtures/minimal.yaml', '--out', out, '--lang', 'en']).code).toBe(0);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain('What this folder holds');
    const yamlText = readFileSync(join(out, 'mpp.yaml'), 'utf8');
    expect(yamlText.split('\n')[0]).toBe('# yaml-language-server: $schema=schemas/region.schema.json');
    // The answers keep what the region gave: no default is written back as if given (the README reads the kit's default).
    expect(parse(yamlText).mpp.launchStatus).toBeUndefined();
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain('(planned)');
  });
});

describe('mpp validate (black box)', () => {
  it('exits 0 for valid files and 2 with located errors for broken ones', () => {
    expect(mpp(['validate', 'test/fixtures/minimal.yaml']).code).toBe(0);
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), 'schemaVersion: 1\nregion: {name: X}\n');
    const result = mpp(['validate', 'test/fixtures/minimal.yaml', join(dir, 'bad.yaml'), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad\.yaml:2:\d+ region\.kind: required key "kind" is missing/);
  });

  it('never loads Yeoman or inquirer', () => {
    const run = mppWithNodeFlags(['--import', BLOCK_YEOMAN_IMPORT], ['validate', 'examples/badung/mpp.yaml']);
    expect(run.stderr).not.toContain('BLOCKED');
    expect(run.code).toBe(0);
    // The hook itself works: importing Yeoman under it is stopped (no CLI command without a terminal
    // loads Yeoman any more: test/cli/no-yeoman.test.ts proves it for every writing command).
    const control = spawnSync(process.execPath, ['--import', BLOCK_YEOMAN_IMPORT, '--input-type=module', '-e', "await import('yeoman-environment')"], { cwd: ROOT, encoding: 'utf8' });
    expect(control.stderr).toContain('BLOCKED');
  });

  it('rejects unknown commands and options with exit 2', () => {
    expect(mpp(['frobnicate']).code).toBe(2);
    const bad = mpp(['validate', '--colour', 'x.yaml', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown or wrong option');
  });
});
