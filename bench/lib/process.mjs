// Whole-process measurements. Timed runs start the command exactly as a user would (no hook, no
// extra flag); peak memory comes from separate runs with a small --import hook (bench/rss-hook.mjs)
// so that the hook never enters a timing.
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { summary } from './stats.mjs';

/**
 * A command to measure: { label, command, args, cwd, env, before(), allowFail }. `before` runs
 * outside the timing (a fresh output folder); `allowFail` accepts exit 1 (review found blockers).
 */
function runOnce(cmd, extraEnv = {}) {
  cmd.before?.();
  const t0 = performance.now();
  const result = spawnSync(cmd.command, cmd.args, {
    cwd: cmd.cwd,
    input: '',
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1', ...cmd.env, ...extraEnv },
  });
  const ms = performance.now() - t0;
  const ok = result.status === 0 || (cmd.allowFail && result.status === 1);
  if (!ok) throw new Error(`${cmd.label} failed (exit ${result.status}${result.error ? `, ${result.error.message}` : ''}): ${String(result.stderr).slice(-800)}`);
  cmd.after?.();
  return ms;
}

/**
 * A and B run alternately (one warm-up pair discarded, then A B A B ...), so that load drift on a
 * shared machine enters both sides alike. The ratio is the median of the per-pair ratios A/B.
 */
export function alternate(a, b, pairs) {
  runOnce(a);
  runOnce(b);
  const times = { a: [], b: [], ratio: [] };
  for (let i = 0; i < pairs; i++) {
    const ta = runOnce(a);
    const tb = runOnce(b);
    times.a.push(ta);
    times.b.push(tb);
    times.ratio.push(ta / tb);
  }
  return { a: { label: a.label, ...summary(times.a) }, b: { label: b.label, ...summary(times.b) }, ratio: summary(times.ratio), pairs };
}

/**
 * Peak resident memory (MB, median of `runs`) of a command, in runs of its own with the memory hook.
 * `hook` is a copy of bench/rss-hook.mjs readable by whoever runs the command, `rssFile` a file it can write.
 */
export function peakMemoryMb(cmd, { runs, hook, rssFile }) {
  const peaks = [];
  for (let i = 0; i < runs; i++) {
    writeFileSync(rssFile, '');
    chmodSync(rssFile, 0o666);
    const existing = cmd.env?.NODE_OPTIONS ?? process.env.NODE_OPTIONS ?? '';
    runOnce(cmd, { MPP_BENCH_RSS_FILE: rssFile, NODE_OPTIONS: `${existing} --import=${hook}`.trim() });
    const kib = readFileSync(rssFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => Number(line.split(' ')[1]));
    peaks.push(Math.max(0, ...kib) / 1024);
  }
  return summary(peaks);
}

/** The hook file and the memory file in `work`, usable by another user (yo started as root runs as uid 1000). */
export function memoryProbe(work, root) {
  const hook = join(work, 'rss-hook.mjs');
  writeFileSync(hook, readFileSync(join(root, 'bench', 'rss-hook.mjs')));
  chmodSync(work, 0o777);
  return { hook, rssFile: join(work, 'rss.txt') };
}
