import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_YEOMAN_IMPORT, mpp, mppWithNodeFlags, tempDir } from '../helpers/cli.js';

/**
 * Without a terminal every writing command computes the region once and hands it to the writer
 * directly: none of them loads Yeoman or inquirer (the hook makes any such import fail with BLOCKED).
 * Only the interview and the item questions (a terminal) and `yo` itself go through Yeoman.
 */
const blocked = (args: string[], cwd?: string) => mppWithNodeFlags(['--import', BLOCK_YEOMAN_IMPORT], args, cwd);

describe('writing commands without a terminal never load Yeoman or inquirer', () => {
  const dir = tempDir();
  const out = join(dir, 'd');

  it('mpp new --answers (a first run, then a re-run and a dry run on the existing folder)', () => {
    for (const extra of [[], [], ['--dry-run']]) {
      const run = blocked(['new', '--answers', 'test/fixtures/minimal.yaml', '--out', out, ...extra]);
      expect(run.stderr).not.toContain('BLOCKED');
      expect(run.code).toBe(0);
    }
  });

  it('mpp new --out DIR on an existing deployment, from its mpp.yaml as the user edited it', () => {
    const answers = join(out, 'mpp.yaml');
    writeFileSync(answers, `# Disunting tim.\n${readFileSync(answers, 'utf8').replace('plannedCounters: 2', 'plannedCounters: 4')}`);
    const run = blocked(['new', '--out', out]);
    expect(run.stderr).not.toContain('BLOCKED');
    expect(run.code).toBe(0);
    expect(readFileSync(answers, 'utf8')).toMatch(/^# Disunting tim\.\n[^]*plannedCounters: 4/);
  });

  it('mpp add --from, mpp remove', () => {
    writeFileSync(join(dir, 'agency.yaml'), 'name: Dinas Baru\nkind: opd\nplannedCounters: 1\nservices:\n  - name: Layanan Baru\n    visitorsPerDay: 5\n    handlingMinutes: 7\n');
    const add = blocked(['add', 'agency', '--from', join(dir, 'agency.yaml'), '--in', out]);
    expect(add.stderr).not.toContain('BLOCKED');
    expect(add.code).toBe(0);
    const remove = blocked(['remove', 'agency', 'dinas-baru', '--cascade', '--in', out]);
    expect(remove.stderr).not.toContain('BLOCKED');
    expect(remove.code).toBe(0);
  });

  it('mpp import --into', () => {
    expect(mpp(['export', out, '--out', join(dir, 'x.xlsx')]).code).toBe(0);
    const run = blocked(['import', join(dir, 'x.xlsx'), '--into', out]);
    expect(run.stderr).not.toContain('BLOCKED');
    expect(run.code).toBe(0);
  });

  it('mpp upgrade, and its dry run', () => {
    for (const extra of [['--dry-run'], []]) {
      const run = blocked(['upgrade', out, ...extra]);
      expect(run.stderr).not.toContain('BLOCKED');
      expect(run.code).toBe(0);
    }
  });

  it('a conflict without a terminal is merged with markers and reported (exit 1), still without Yeoman', () => {
    writeFileSync(join(out, 'README.md'), '# diubah tangan\n');
    // In English the kit's README changes everywhere the user's did: one overlap.
    for (const args of [['new', '--answers', 'test/fixtures/minimal.yaml', '--out', out, '--lang', 'en'], ['upgrade', out, '--lang', 'en']]) {
      const run = blocked(args);
      expect(run.stderr).not.toContain('BLOCKED');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('README.md');
    }
  });
});
