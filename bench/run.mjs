// mpp-kit benchmarks. Figures are printed with min / median / max and the machine, never asserted.
// Every ratio comes from alternating pairs (A B A B ..., one warm-up pair discarded) in the same run;
// the timed runs carry no hook, peak memory comes from separate runs.
//
//   npm run bench                 whole-process pairs, simulation, scaling to 20,000 services;
//                                 writes bench/results.json and the README's performance section
//   npm run bench -- --docs       also the cold docs build, Faster against webpack (minutes)
//   npm run bench -- --docs-only  only the docs build (its results replace the docs part of results.json)
//   npm run bench -- --quick      2 pairs, small sizes, writes nothing (unless --json FILE)
//   --no-yo                       skip installing and running yo
//   --json FILE                   write the results to FILE (merged with what FILE holds)
// Environment: BENCH_PAIRS (default 7), BENCH_MEMORY_RUNS (default 3), BENCH_DOCS_PAIRS (default 2).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { alternate, memoryProbe, peakMemoryMb } from './lib/process.mjs';
import { machineInfo, machineLine } from './lib/machine.mjs';
import { fmtMs, fmtSummary } from './lib/stats.mjs';
import { freshDir, prepareYo, YO_VERSION } from './lib/yo.mjs';
import { syntheticRegion as regionWithServices } from './lib/synthetic-region.mjs';
import { writeReadmeSection } from './lib/readme.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'mpp.js');
const BADUNG = join(ROOT, 'examples', 'badung', 'mpp.yaml');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const quick = flag('--quick');
const docsOnly = flag('--docs-only');
const withDocs = docsOnly || flag('--docs');
const PAIRS = Number(process.env.BENCH_PAIRS ?? (quick ? 2 : 7));
const MEMORY_RUNS = Number(process.env.BENCH_MEMORY_RUNS ?? (quick ? 1 : 3));
const DOCS_PAIRS = Number(process.env.BENCH_DOCS_PAIRS ?? (quick ? 1 : 2));
const SIZES = quick ? [200, 1000] : [1000, 5000, 10000, 20000];
const jsonFile = option('--json') ? resolve(option('--json')) : quick ? undefined : join(ROOT, 'bench', 'results.json');

const work = mkdtempSync(join(tmpdir(), 'mpp-bench-'));
const probe = memoryProbe(work, ROOT);
const machine = machineInfo();
const results = { machine, measuredOn: new Date().toISOString().slice(0, 10), quick };

console.log(`mpp-kit benchmarks on ${machineLine(machine)}`);
console.log(`${PAIRS} alternating pairs per ratio after one warm-up pair; peak memory: median of ${MEMORY_RUNS} separate run(s)\n`);

const node = (label, script) => ({ label, command: process.execPath, args: script, cwd: ROOT });
const mpp = (label, ...rest) => node(label, [BIN, ...rest]);

/** A pair measured and printed; memory of both sides from separate runs. */
function pair(key, a, b) {
  const row = alternate(a, b, PAIRS);
  row.a.memoryMb = peakMemoryMb(a, { runs: MEMORY_RUNS, ...probe }).median;
  row.b.memoryMb = peakMemoryMb(b, { runs: MEMORY_RUNS, ...probe }).median;
  for (const side of [row.a, row.b]) console.log(`  ${side.label.padEnd(46)} ${fmtSummary(side).padStart(28)}   peak ${side.memoryMb.toFixed(0)} MB`);
  console.log(`  ${`ratio ${key}`.padEnd(46)} ${row.ratio.median.toFixed(2).padStart(6)} (per pair ${row.ratio.min.toFixed(2)}-${row.ratio.max.toFixed(2)})\n`);
  return { key, ...row };
}

function commandExists(name) {
  return spawnSync(process.execPath, [BIN, name, '--help'], { input: '', encoding: 'utf8' }).status === 0;
}

if (!docsOnly) {
  results.whole = { pairs: PAIRS, memoryRuns: MEMORY_RUNS, rows: [], notes: [] };
  const note = (text) => {
    results.whole.notes.push(text);
    console.log(`  ${text}\n`);
  };
  console.log('1. Whole process: wall time median (min-max), peak memory');
  const bare = node("node -e ''", ['-e', '']);
  const outNew = join(work, 'new');
  const mppNew = { ...mpp('mpp new --answers badung (fresh folder)', 'new', '--answers', BADUNG, '--out', outNew), before: () => rmSync(outNew, { recursive: true, force: true }) };
  if (flag('--no-yo')) note('yo mpp: not measured (--no-yo)');
  else {
    try {
      const { yo, home } = prepareYo(work, ROOT);
      const outYo = join(work, 'yo-out');
      const yoMpp = {
        label: `yo mpp --answers badung (yo ${YO_VERSION}, fresh folder)`,
        command: process.execPath,
        args: [yo, 'mpp', '--answers', BADUNG, '--skip-install', '--force'],
        cwd: outYo,
        env: { HOME: home },
        before: () => freshDir(outYo),
        after: () => {
          if (!readdirSync(outYo).includes('mpp.yaml')) throw new Error(`yo wrote ${readdirSync(outYo).join(', ') || 'nothing'}`);
        },
      };
      results.whole.rows.push(pair('mpp new / yo mpp', mppNew, yoMpp));
    } catch (error) {
      note(`yo mpp: not measured (${error.message.split('\n')[0]})`);
    }
  }
  results.whole.rows.push(pair("mpp review / node -e ''", { ...mpp('mpp review examples/badung/mpp.yaml', 'review', BADUNG), allowFail: true }, bare));
  results.whole.rows.push(pair("mpp validate / node -e ''", mpp('mpp validate examples/badung/mpp.yaml', 'validate', BADUNG), bare));

  console.log('2. The simulation');
  if (commandExists('simulate')) {
    results.whole.rows.push(pair('mpp simulate / mpp new', mpp('mpp simulate examples/badung/mpp.yaml', 'simulate', BADUNG), mppNew));
    // The simulation inside `mpp new` (30 replications, in process), when the kit ships its bench.
    const inProcess = join(ROOT, 'bench', 'simulation.bench.mjs');
    if (existsSync(inProcess)) {
      const { newMs, simMs } = (await import(inProcess)).simulationCost(PAIRS);
      results.whole.simulation = { pairs: PAIRS, newMs, simMs, share: simMs / Math.max(1, newMs - simMs) };
      console.log('');
    }
  } else {
    note('mpp simulate: not measured (this kit has no simulate command yet)');
  }

  console.log(`3. Scaling in one process (synthetic regions; per-service ratio = time per service against ${SIZES[0].toLocaleString('en')} services, 1.00 is linear)`);
  const { scalingRows, PHASES } = await import('./lib/scaling.mjs');
  const rows = await scalingRows(SIZES, (services) => (quick || services > 5000 ? 1 : 3));
  for (const row of rows) {
    const answers = join(work, `synthetic-${row.services}.yaml`);
    writeFileSync(answers, stringify(regionWithServices(row.services)));
    const out = join(work, `synthetic-${row.services}`);
    const run = { ...mpp(`mpp new ${row.services}`, 'new', '--answers', answers, '--out', out), before: () => rmSync(out, { recursive: true, force: true }) };
    row.newMemoryMb = peakMemoryMb(run, { runs: 1, ...probe }).median;
    rmSync(out, { recursive: true, force: true });
  }
  console.log(`  ${'services'.padStart(8)} ${PHASES.map((p) => p.padStart(10)).join(' ')}   per-service ratio ${PHASES.join(' / ')}   mpp new peak`);
  for (const row of rows) {
    const ratio = row === rows[0] ? 'baseline' : PHASES.map((p) => row.ratio[p].toFixed(2)).join(' / ');
    console.log(`  ${String(row.services).padStart(8)} ${PHASES.map((p) => fmtMs(row[p].median).padStart(10)).join(' ')}   ${ratio.padEnd(32)} ${row.newMemoryMb.toFixed(0)} MB`);
  }
  results.scaling = { sizes: SIZES, rows };
  console.log('');
}

if (withDocs) {
  console.log(`4. Docs: cold build of both locales, Faster and webpack alternately (${DOCS_PAIRS} pair(s))`);
  const { docsBuilds } = await import('./lib/docs-build.mjs');
  const docs = docsBuilds(ROOT, DOCS_PAIRS);
  for (const [label, side] of [['Faster (Rspack, SWC)', docs.faster], ['webpack', docs.webpack]]) {
    console.log(`  ${label.padEnd(22)} total ${fmtSummary(side.total)}   generate ${fmtMs(side.generate.median)}   bundler ${fmtMs(side.bundle.median)}`);
  }
  console.log(`  Faster / webpack       ${docs.ratio.median.toFixed(2)} (bundlers alone ${docs.bundlerRatio.median.toFixed(2)})\n`);
  results.docs = { ...docs, machine, measuredOn: results.measuredOn };
} else {
  console.log('Docs build not measured (add --docs; it takes minutes)');
}

rmSync(work, { recursive: true, force: true });

if (jsonFile) {
  const previous = existsSync(jsonFile) ? JSON.parse(readFileSync(jsonFile, 'utf8')) : {};
  const merged = docsOnly ? { ...previous, docs: results.docs } : { ...previous, ...results, ...(results.docs ? {} : previous.docs ? { docs: previous.docs } : {}) };
  writeFileSync(jsonFile, `${JSON.stringify(merged, null, 2)}\n`);
  console.log(`results written to ${jsonFile}`);
  if (!quick) {
    writeReadmeSection(join(ROOT, 'README.md'), merged);
    console.log('README performance section regenerated');
  }
}
