// Simulation benchmark: the cost of simulating Badung's day (30 replications: model, engine,
// reading and charts) against a whole `mpp new` on the same answers, measured in alternating pairs
// (mpp new, simulation, mpp new, simulation, ...) so that load drift on a shared machine enters
// both sides alike. Prints medians and ratios; asserts nothing.
// Run alone: npx tsc -p tsconfig.json && node bench/simulation.bench.mjs   (npm run bench calls it too)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadRegionText } from '../dist/src/config/load.js';
import { completeRegion } from '../dist/src/complete/complete.js';
import { simulatedDay, simulatedDayFiles } from '../dist/src/simulation/files.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BADUNG = join(ROOT, 'examples', 'badung', 'mpp.yaml');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/** Alternating pairs: `mpp new` as a whole process, then the simulation (30 replications) in this process. */
export function simulationCost(pairs = Number(process.env.BENCH_RUNS ?? 5)) {
  // The answers as the build plans them: validated, then completed (estimates for what Badung did not publish).
  const region = completeRegion(loadRegionText(readFileSync(BADUNG, 'utf8'), { lang: 'id' }).value);
  // What a build adds for the simulated day: the analytic plan, 30 replications, the plan with the
  // simulated seats, and the report with its charts.
  const simulateOnce = () => simulatedDayFiles(simulatedDay(region, { replications: 30 }), 'id');
  simulateOnce(); // warm-up (JIT)
  const work = mkdtempSync(join(tmpdir(), 'mpp-sim-bench-'));
  const news = [];
  const sims = [];
  for (let i = 0; i <= pairs; i++) {
    const out = join(work, `new-${i}`);
    let t0 = performance.now();
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'mpp.js'), 'new', '--answers', BADUNG, '--out', out], { input: '', encoding: 'utf8' });
    const newMs = performance.now() - t0;
    if (run.status !== 0) throw new Error(`mpp new failed: ${run.stderr.slice(-400)}`);
    t0 = performance.now();
    simulateOnce();
    const simMs = performance.now() - t0;
    rmSync(out, { recursive: true, force: true });
    if (i === 0) continue; // warm-up pair (file cache)
    news.push(newMs);
    sims.push(simMs);
  }
  rmSync(work, { recursive: true, force: true });
  const newMs = median(news);
  const simMs = median(sims);
  console.log(`  mpp new --answers badung (fresh folder)        ${fmt(newMs).padStart(9)}`);
  console.log(`  simulation of Badung, 30 replications          ${fmt(simMs).padStart(9)}`);
  console.log(`  simulation / mpp new                           ${(simMs / newMs).toFixed(2)}   (median of ${pairs} alternating pairs; mpp new includes the simulation)`);
  console.log(`  simulation / (mpp new without it)              ${(simMs / Math.max(1, newMs - simMs)).toFixed(2)}   (goal: 0.25 or less)`);
  return { newMs, simMs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log('Simulation cost against mpp new (alternating pairs)');
  simulationCost();
}
