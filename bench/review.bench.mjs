// Benchmark of `mpp review` (build first: npx tsc -p tsconfig.json). Prints figures; asserts nothing.
//   node bench/review.bench.mjs [regions=500] [runs=7]
// 1. In one process: review of N synthetic regions (deterministic, no random), time per region,
//    for the review alone and for load (YAML + schema + cross rules) + review.
// 2. Whole process: `node bin/mpp.js review examples/badung/mpp.yaml` against `node -e ''`
//    (median of several runs) and the ratio; the review path loads no Yeoman.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stringify, parse } from 'yaml';

const root = join(import.meta.dirname, '..');
const { loadRegionText } = await import(join(root, 'dist/src/config/load.js'));
const { reviewRegion } = await import(join(root, 'dist/src/review/review.js'));
const { completeRegion } = await import(join(root, 'dist/src/complete/complete.js'));

const regions = Number(process.argv[2] ?? 500);
const runs = Number(process.argv[3] ?? 7);

/** A small linear congruential generator: the same regions on every run. */
function lcg(seed) {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const FACILITIES = ['information-desk', 'ticket-kiosk', 'priority-counter', 'lactation-room', 'children-corner', 'accessible-toilet', 'wheelchair', 'ramp', 'guiding-block', 'accessible-parking', 'elevator', 'complaint-desk', 'braille-information', 'sign-language-service'];
const COMPONENTS = {
  requirements: ['KTP'], procedure: ['Ambil antrean', 'Serahkan berkas'], completionTime: '1 hari', fee: { amount: 0 }, product: 'Dokumen', complaints: 'SP4N-LAPOR!',
  legalBasis: ['UU 25/2009'], facilities: 'Loket', staffCompetence: 'Terlatih', internalSupervision: 'Kepala dinas', staffCount: 2, serviceGuarantee: 'Maklumat',
  securityGuarantee: 'Data dijaga', performanceEvaluation: 'Triwulan',
};

function syntheticRegion(index) {
  const random = lcg(index + 1);
  const base = parse(readFileSync(join(root, 'test/fixtures/minimal.yaml'), 'utf8'));
  const agencyCount = 5 + Math.floor(random() * 36);
  base.region.name = `Sintetis ${index + 1}`;
  base.region.slug = `sintetis-${index + 1}`;
  base.agencies = [];
  base.services = [];
  for (let a = 0; a < agencyCount; a++) {
    base.agencies.push({ id: `instansi-${a + 1}`, name: `Instansi ${a + 1}`, kind: 'opd', plannedCounters: 1 + Math.floor(random() * 5), ...(random() < 0.5 ? { estimate: true } : {}) });
    const serviceCount = 1 + Math.floor(random() * 6);
    for (let s = 0; s < serviceCount; s++) {
      const standard = Object.fromEntries(Object.entries(COMPONENTS).filter(() => random() < 0.5));
      base.services.push({ id: `layanan-${a + 1}-${s + 1}`, agency: `instansi-${a + 1}`, name: `Layanan ${a + 1}.${s + 1}`, visitorsPerDay: 5 + Math.floor(random() * 150), handlingMinutes: 3 + Math.floor(random() * 20), ...(random() < 0.3 ? { online: true } : {}), standard });
    }
  }
  base.facilities = FACILITIES.filter(() => random() < 0.7);
  if (random() < 0.2) delete base.mpp.complaintChannels;
  return stringify(base);
}

const texts = Array.from({ length: regions }, (_, i) => syntheticRegion(i));
const loaded = texts.map((text) => {
  const result = loadRegionText(text, { lang: 'id' });
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return completeRegion(result.value);
});
const services = loaded.reduce((s, r) => s + r.services.length, 0);

reviewRegion(loaded[0]); // warm-up: reads and validates the weights once
let start = performance.now();
let findings = 0;
for (const region of loaded) findings += reviewRegion(region).findings.length;
const reviewMs = performance.now() - start;

start = performance.now();
for (const text of texts) reviewRegion(completeRegion(loadRegionText(text, { lang: 'id' }).value));
const fullMs = performance.now() - start;

console.log(`synthetic regions: ${regions} (${services} services, ${findings} findings)`);
console.log(`review only:     ${reviewMs.toFixed(0)} ms total, ${(reviewMs / regions).toFixed(3)} ms per region`);
console.log(`load + review:   ${fullMs.toFixed(0)} ms total, ${(fullMs / regions).toFixed(3)} ms per region`);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeProcess(args) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] });
    times.push(performance.now() - t0);
    if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} exited ${run.status}`);
  }
  return median(times);
}

const baseline = timeProcess(['-e', '']);
const review = timeProcess([join(root, 'bin/mpp.js'), 'review', 'examples/badung/mpp.yaml']);
const reviewJson = timeProcess([join(root, 'bin/mpp.js'), 'review', 'examples/badung/mpp.yaml', '--format', 'json']);
console.log(`process, median of ${runs}:`);
console.log(`  node -e ''                                   ${baseline.toFixed(0)} ms`);
console.log(`  mpp review examples/badung/mpp.yaml          ${review.toFixed(0)} ms  (${(review / baseline).toFixed(2)}x node -e '')`);
console.log(`  mpp review examples/badung/mpp.yaml --format json  ${reviewJson.toFixed(0)} ms  (${(reviewJson / baseline).toFixed(2)}x)`);
