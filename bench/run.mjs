// mpp-kit benchmarks. Figures are printed (with ratios to a baseline measured in the same run),
// never asserted. Run: npm run bench            (whole-process + scaling)
//                      includes a cold docs build, Faster against webpack (skip: npm run bench -- --no-docs)
import { spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { parseAnswersText, validateRegion } from '../dist/src/config/load.js';
import { buildDeployment } from '../dist/src/deployment/build.js';
import { planChecklist } from '../dist/src/checklist/index.js';
import { planLayout } from '../dist/src/layout/index.js';
import { completeRegion } from '../dist/src/complete/complete.js';
import { planAppConfig } from '../dist/src/appconfig/index.js';
import { syntheticRegion } from './synthetic.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'mpp.js');
const BADUNG = join(ROOT, 'examples', 'badung', 'mpp.yaml');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const work = mkdtempSync(join(tmpdir(), 'mpp-bench-'));
const rssFile = join(work, 'rss.txt');
// yo runs as uid 1000 when started by root: the hook and the memory file must be readable/writable by it.
const hook = join(work, 'rss-hook.mjs');
writeFileSync(hook, readFileSync(join(ROOT, 'bench', 'rss-hook.mjs')));
chmodSync(work, 0o777);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

/** Median wall time and peak RSS of a whole command, run RUNS times after one warm-up. */
function measure(label, command, args, options = {}) {
  const times = [];
  const rss = [];
  for (let i = 0; i <= RUNS; i++) {
    options.before?.();
    writeFileSync(rssFile, '');
    chmodSync(rssFile, 0o666);
    const t0 = performance.now();
    const result = spawnSync(command, args, {
      cwd: options.cwd ?? ROOT,
      input: '',
      env: { ...process.env, ...options.env, NO_UPDATE_NOTIFIER: '1', MPP_BENCH_RSS_FILE: rssFile, NODE_OPTIONS: `--import=${hook}` },
      encoding: 'utf8',
    });
    const ms = performance.now() - t0;
    if (result.status !== 0 && !options.allowFail) throw new Error(`${label} failed (${result.status}): ${result.stderr.slice(-800)}`);
    if (i === 0) continue; // warm-up (file cache)
    times.push(ms);
    const peaks = readFileSync(rssFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => Number(line.split(' ')[1]));
    rss.push(Math.max(0, ...peaks));
  }
  const row = { label, ms: median(times), rssMb: median(rss) / 1024 };
  console.log(`  ${label.padEnd(44)} ${fmt(row.ms).padStart(9)}   peak RSS ${row.rssMb.toFixed(0)} MB`);
  return row;
}

/** yo 7.0.1 with this generator installed beside it, so yo's own lookup finds it. */
function prepareYo() {
  const prefix = join(work, 'yo');
  mkdirSync(prefix, { recursive: true });
  writeFileSync(join(prefix, 'package.json'), '{"private":true}');
  execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--silent', 'yo@7.0.1', ROOT], { stdio: 'inherit' });
  // As root, yo runs as uid 1000: its HOME and output folder must belong to that user.
  const home = join(work, 'yo-home');
  mkdirSync(home, { recursive: true });
  if (process.getuid?.() === 0) chownSync(home, 1000, 1000);
  return { yo: join(prefix, 'node_modules', '.bin', 'yo'), home };
}

function freshDir(path) {
  rmSync(path, { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
  if (process.getuid?.() === 0) chownSync(path, 1000, 1000);
}

console.log(`mpp-kit benchmarks: node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, median of ${RUNS} runs\n`);

console.log('1. Whole process (wall time, peak memory)');
const node = measure("node -e ''", process.execPath, ['-e', '']);
const validate = measure('mpp validate examples/badung', process.execPath, [BIN, 'validate', BADUNG]);
const review = measure('mpp review examples/badung', process.execPath, [BIN, 'review', BADUNG], { allowFail: true });
const outNew = join(work, 'new');
const mppNew = measure('mpp new --answers badung (fresh folder)', process.execPath, [BIN, 'new', '--answers', BADUNG, '--out', outNew, '--force'], { before: () => rmSync(outNew, { recursive: true, force: true }) });
let yoRow;
try {
  const { yo, home } = prepareYo();
  const outYo = join(work, 'yo-out');
  yoRow = measure('yo mpp --answers badung (fresh folder)', process.execPath, [yo, 'mpp', '--answers', BADUNG, '--skip-install', '--force'], { cwd: outYo, env: { HOME: home }, before: () => freshDir(outYo) });
  const written = readdirSync(outYo);
  if (!written.includes('mpp.yaml')) throw new Error(`yo wrote ${written.join(', ')}`);
} catch (error) {
  console.log(`  yo mpp: not measured (${error.message.split('\n')[0]})`);
}
console.log('\n  ratios');
if (yoRow) console.log(`  mpp new / yo mpp        ${(mppNew.ms / yoRow.ms).toFixed(2)}`);
console.log(`  mpp review / node -e ''  ${(review.ms / node.ms).toFixed(1)}`);
console.log(`  mpp validate / node -e '' ${(validate.ms / node.ms).toFixed(1)}`);

console.log('\n   simulated day (alternating pairs with mpp new)');
(await import('./simulation.bench.mjs')).simulationCost();

console.log('\n2. Scaling in one process (synthetic regions; time per 1,000 services, ratio to the previous size)');
const sizes = [100, 1000, 5000, 20000];
console.log(`  ${'services'.padStart(8)} ${'load'.padStart(10)} ${'validate'.padStart(10)} ${'plan'.padStart(10)} ${'render'.padStart(10)}   per-service ratio (load/validate/plan/render)`);
let previous;
// Warm-up: the first size would otherwise pay for module loading and JIT compilation.
{
  const warm = syntheticRegion(50, { servicesPerAgency: 2 });
  const parsed = parseAnswersText(stringify(warm), { lang: 'id' });
  const valid = validateRegion(parsed.value.data, { lang: 'id' }, parsed.value.source);
  await buildDeployment(valid.value, { lang: 'id' });
}
for (const services of sizes) {
  const region = syntheticRegion(Math.ceil(services / 2), { servicesPerAgency: 2 });
  region.services = region.services.slice(0, services);
  const text = stringify(region);
  const t = {};
  let t0 = performance.now();
  const parsed = parseAnswersText(text, { lang: 'id' });
  t.load = performance.now() - t0;
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 2)));
  t0 = performance.now();
  const valid = validateRegion(parsed.value.data, { lang: 'id' }, parsed.value.source);
  t.validate = performance.now() - t0;
  if (!valid.ok) throw new Error(JSON.stringify(valid.issues.slice(0, 2)));
  t0 = performance.now();
  const completed = completeRegion(valid.value);
  planChecklist(completed);
  planLayout(completed);
  planAppConfig(valid.value);
  t.plan = performance.now() - t0;
  t0 = performance.now();
  await buildDeployment(valid.value, { lang: 'id' });
  t.render = Math.max(0, performance.now() - t0 - t.plan);
  const ratio = previous
    ? ['load', 'validate', 'plan', 'render'].map((k) => (t[k] / services / (previous.t[k] / previous.services)).toFixed(2)).join(' / ')
    : 'baseline';
  console.log(`  ${String(services).padStart(8)} ${fmt(t.load).padStart(10)} ${fmt(t.validate).padStart(10)} ${fmt(t.plan).padStart(10)} ${fmt(t.render).padStart(10)}   ${ratio}`);
  previous = { services, t };
}

if (!process.argv.includes('--no-docs')) {
  console.log('\n3. Docs: cold build of both locales (one run each)');
  const docs = join(ROOT, 'docs');
  if (!existsSync(join(docs, 'node_modules'))) execFileSync('npm', ['--prefix', docs, 'install', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  const builds = {};
  for (const [label, env] of [['Faster (Rspack, SWC)', {}], ['webpack', { DOCS_FASTER: '0' }]]) {
    for (const dir of ['build', '.docusaurus', join('node_modules', '.cache')]) rmSync(join(docs, dir), { recursive: true, force: true });
    const t0 = performance.now();
    execFileSync('npm', ['--prefix', docs, 'run', 'build'], { stdio: 'ignore', env: { ...process.env, ...env } });
    builds[label] = performance.now() - t0;
    console.log(`  ${label.padEnd(24)} ${fmt(builds[label])}`);
  }
  console.log(`  webpack / Faster          ${(builds.webpack / builds['Faster (Rspack, SWC)']).toFixed(2)}`);
}
rmSync(work, { recursive: true, force: true });
