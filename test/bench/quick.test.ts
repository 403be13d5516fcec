/**
 * `npm run bench -- --quick` runs end to end on the real commands and writes results of the shape
 * the README renderer reads. Only the shape is checked: no timing is asserted.
 */
import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

type Summary = { min: number; median: number; max: number; runs: number };
const isSummary = (s: Summary, runs: number) => {
  expect(s.runs).toBe(runs);
  expect(s.min).toBeLessThanOrEqual(s.median);
  expect(s.median).toBeLessThanOrEqual(s.max);
};

test('the quick bench measures every pair alternately and the scaling rows, and leaves the README alone', { timeout: 600_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-quick-'));
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  try {
    const file = join(dir, 'results.json');
    const run = spawnSync(process.execPath, [join(ROOT, 'bench', 'run.mjs'), '--quick', '--no-yo', '--json', file], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BENCH_PAIRS: '2' } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/mpp-kit benchmarks on \d+ CPUs \(.+\), \d+ GiB, node v\d+/);
    expect(run.stdout).toContain('yo mpp: not measured (--no-yo)');
    expect(run.stdout).toContain('Docs build not measured (add --docs');
    const results = JSON.parse(readFileSync(file, 'utf8'));
    const keys = results.whole.rows.map((r: { key: string }) => r.key);
    expect(keys).toEqual(expect.arrayContaining(["mpp review / node -e ''", "mpp validate / node -e ''"]));
    // the simulation is measured when the kit has the command, else said so
    const simulate = spawnSync(process.execPath, [join(ROOT, 'bin', 'mpp.js'), 'simulate', '--help'], { encoding: 'utf8' }).status === 0;
    if (simulate) expect(keys).toContain('mpp simulate / mpp new');
    else expect(results.whole.notes).toContain('mpp simulate: not measured (this kit has no simulate command yet)');
    for (const row of results.whole.rows) {
      expect(row.pairs).toBe(2);
      for (const s of [row.a, row.b, row.ratio]) isSummary(s, 2);
      expect(row.a.memoryMb).toBeGreaterThan(0);
      expect(row.b.memoryMb).toBeGreaterThan(0);
    }
    expect(results.scaling.rows.map((r: { services: number }) => r.services)).toEqual([200, 1000]);
    for (const [i, row] of results.scaling.rows.entries()) {
      // One whole run in quick mode; the phases before rendering get runs of their own up to five.
      // Every run of the larger size is paired with a baseline run, so the baseline has twice the runs.
      for (const phase of ['load', 'validate', 'plan', 'render']) {
        isSummary(row[phase], (phase === 'render' ? 1 : 5) * (i === 0 ? 2 : 1));
        if (i === 0) expect(row.ratio[phase]).toBe(1);
        else expect(row.ratio[phase]).toBeGreaterThan(0);
      }
      expect(row.newMemoryMb).toBeGreaterThan(0);
    }
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toBe(readme);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
