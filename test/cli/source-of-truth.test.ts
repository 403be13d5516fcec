import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mpp, snapshotDir, tempDir, ROOT } from '../helpers/cli.js';

/**
 * mpp.yaml is the deployment's source of truth, driven as a user does, without a terminal: edit it
 * and run `mpp new --out DIR` again; grow it with `mpp add`; an older answers file never drops what
 * the deployment has.
 */

const fixture = readFileSync(join(ROOT, 'test/fixtures/minimal.yaml'), 'utf8');
const OLD_NAME = 'Mal Pelayanan Publik Kabupaten Contoh';
const NEW_NAME = 'Mal Pelayanan Publik Suntingan Tim';

/** The deployment's text files (not the kit's own record), by path. */
function textFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      const rel = relative(dir, path);
      if (rel === '.mpp' || rel === '.yo-rc.json') continue;
      if (statSync(path).isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        if (!bytes.includes(0)) out[rel] = bytes.toString('utf8');
      }
    }
  };
  walk(dir);
  return out;
}

function deployment(): { dir: string; out: string; answers: string } {
  const dir = tempDir();
  const answers = join(dir, 'original.yaml');
  writeFileSync(answers, fixture);
  const out = join(dir, 'deployment');
  const first = mpp(['new', '--answers', answers, '--out', out]);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  return { dir, out, answers };
}

describe('mpp.yaml is the source of truth (black box, no terminal)', () => {
  it('an edit to mpp.yaml reaches every output on `mpp new --out DIR`; the edit and a comment survive, nothing is asked', () => {
    const { out } = deployment();
    const showing = Object.entries(textFiles(out)).filter(([, text]) => text.includes(OLD_NAME)).map(([path]) => path);
    expect(showing).toEqual(expect.arrayContaining(['README.md', 'dashboard.html', 'app/app-config.json', 'checklist/checklist.md']));
    const answersPath = join(out, 'mpp.yaml');
    const edited = readFileSync(answersPath, 'utf8')
      .replace(`  name: ${OLD_NAME}`, `  # Nama resmi menurut SK Bupati.\n  name: ${NEW_NAME}`)
      .replace(/plannedCounters: 2/, 'plannedCounters: 3 # satu loket tambahan');
    expect(edited).not.toBe(readFileSync(answersPath, 'utf8'));
    writeFileSync(answersPath, edited);

    const rerun = mpp(['new', '--out', out]);
    expect(rerun.stderr).toBe('');
    expect(rerun.code).toBe(0);
    const after = textFiles(out);
    for (const path of showing) {
      expect(after[path], path).toContain(NEW_NAME);
      expect(after[path], path).not.toContain(OLD_NAME);
    }
    // The user's file: the edits and both comments as written, the kit's stamp kept.
    expect(after['mpp.yaml']).toContain(`  # Nama resmi menurut SK Bupati.\n  name: ${NEW_NAME}`);
    expect(after['mpp.yaml']).toContain('plannedCounters: 3 # satu loket tambahan');
    expect(parse(after['mpp.yaml']).generatedBy.kit).toBe('generator-mpp');
    expect(after['layout/sizing.md']).toMatch(/\| 3 \|/);
    // A second run changes nothing.
    const before = snapshotDir(out);
    expect(mpp(['new', '--out', out]).code).toBe(0);
    expect(snapshotDir(out)).toEqual(before);
  });

  it('`mpp add` then `mpp new --answers original.yaml` stops, lists the added items and how to go on, and writes nothing', () => {
    const { dir, out, answers } = deployment();
    const agency = join(dir, 'agency.yaml');
    writeFileSync(agency, 'name: <Dinas {A}> "x" & \'y\'\nkind: opd\nservices:\n  - name: Izin Uji\n');
    writeFileSync(join(out, 'mpp.yaml'), `# Catatan tim: jangan dihapus.\n${readFileSync(join(out, 'mpp.yaml'), 'utf8')}`);
    expect(mpp(['new', '--out', out]).code).toBe(0);
    const added = mpp(['add', 'agency', '--from', agency, '--in', out]);
    expect(added.code).toBe(0);
    expect(readFileSync(join(out, 'mpp.yaml'), 'utf8')).toContain('# Catatan tim: jangan dihapus.');
    const before = snapshotDir(out);

    for (const lang of ['id', 'en'] as const) {
      const stale = mpp(['new', '--answers', answers, '--out', out, '--lang', lang]);
      expect(stale.code).toBe(2);
      expect(stale.stdout).toBe('');
      expect(stale.stderr).toContain('dinas-a-x-y');
      expect(stale.stderr).toContain('izin-uji');
      expect(stale.stderr).toContain('--replace-answers');
      expect(stale.stderr).toContain(`npx mpp new --out ${relative(ROOT, out)}`);
      expect(stale.stderr).toContain(lang === 'id' ? 'Tidak ada berkas yang ditulis.' : 'No file was written.');
      expect(snapshotDir(out)).toEqual(before);
    }

    // Removing keeps the comment too; --replace-answers takes the file as it is.
    expect(mpp(['remove', 'agency', 'dinas-a-x-y', '--cascade', '--in', out]).code).toBe(0);
    expect(readFileSync(join(out, 'mpp.yaml'), 'utf8')).toContain('# Catatan tim: jangan dihapus.');
    const replaced = mpp(['new', '--answers', answers, '--out', out, '--replace-answers']);
    expect(replaced.code).toBe(0);
    expect(parse(readFileSync(join(out, 'mpp.yaml'), 'utf8')).agencies.map((a: { id: string }) => a.id)).toEqual(['dukcapil', 'samsat']);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).not.toContain('Dinas {A}');
  });

  it('an answers file that differs from a hand-edited mpp.yaml stops and names the fields', () => {
    const { out, answers } = deployment();
    writeFileSync(join(out, 'mpp.yaml'), readFileSync(join(out, 'mpp.yaml'), 'utf8').replace(`name: ${OLD_NAME}`, `name: ${NEW_NAME}`));
    const before = snapshotDir(out);
    const stale = mpp(['new', '--answers', answers, '--out', out, '--lang', 'en']);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toContain('mpp.name');
    expect(stale.stderr).toContain('--replace-answers');
    expect(snapshotDir(out)).toEqual(before);
  });

  it('a broken mpp.yaml in the deployment is reported with its line, nothing written', () => {
    const { out } = deployment();
    writeFileSync(join(out, 'mpp.yaml'), readFileSync(join(out, 'mpp.yaml'), 'utf8').replace('handlingMinutes: 10', 'handlingMinutes: sepuluh'));
    const before = snapshotDir(out);
    const broken = mpp(['new', '--out', out, '--lang', 'en']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/mpp\.yaml:\d+:\d+ services\[0\]\.handlingMinutes/);
    expect(snapshotDir(out)).toEqual(before);
  });
});

describe('a quiet end of run', () => {
  it('`npm start` prints at most 15 lines (stdout and stderr together); the Badung README stays under 10 KB and links the completeness page', () => {
    // A stand-in checkout: the package's own start script, its bin and examples, a fresh out/ folder.
    const clone = tempDir();
    copyFileSync(join(ROOT, 'package.json'), join(clone, 'package.json'));
    for (const folder of ['bin', 'examples']) symlinkSync(join(ROOT, folder), join(clone, folder));
    const run = spawnSync('npm', ['start'], { cwd: clone, encoding: 'utf8', timeout: 300_000, env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' } });
    expect(run.status).toBe(0);
    const lines = `${run.stdout}${run.stderr}`.replace(/\n$/, '').split('\n');
    expect(lines.length, lines.join('\n')).toBeLessThanOrEqual(15);
    expect(run.stdout).toContain('out/badung/README.md');
    const out = join(clone, 'out/badung');
    expect(statSync(join(out, 'README.md')).size).toBeLessThan(10 * 1024);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain('(app/standar-pelayanan/KELENGKAPAN.md)');
    expect(existsSync(join(out, 'app/standar-pelayanan/KELENGKAPAN.md'))).toBe(true);
  });

  it('a re-run says how many files stayed the same, and --verbose adds the decision per file', () => {
    const { out } = deployment();
    expect(mpp(['new', '--out', out, '--lang', 'en']).code).toBe(0);
    const quiet = mpp(['new', '--out', out, '--lang', 'en']);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toMatch(/Files: 0 written, \d+ unchanged\./);
    expect(quiet.stdout).not.toContain('force');
    const verbose = mpp(['new', '--out', out, '--lang', 'en', '--verbose']);
    expect(verbose.stdout).toMatch(/^  \d+ files? unchanged$/m);
    expect(verbose.stdout.split('\n').length).toBeGreaterThan(quiet.stdout.split('\n').length);
  });
});
