// Time of each stage of `mpp new` on synthetic regions of growing size, in one process (after a
// warm-up), and the per-service time ratio of each size to the first.
// Usage: npm run build && node bench/lib/scale-phases.mjs [SIZES, default 1000,5000,20000]
import { performance } from 'node:perf_hooks';
import { parseAnswersText, validateRegion } from '../../dist/src/config/load.js';
import { completeRegion } from '../../dist/src/complete/complete.js';
import { planChecklist } from '../../dist/src/checklist/index.js';
import { planLayout } from '../../dist/src/layout/index.js';
import { planAppConfig } from '../../dist/src/appconfig/index.js';
import { buildDeployment } from '../../dist/src/deployment/build.js';
import { syntheticRegionYaml } from './synthetic-region.mjs';

const sizes = (process.argv[2] ?? '1000,5000,20000').split(',').map(Number);
const STAGES = ['load', 'validate', 'plan', 'render'];

/** Milliseconds of each stage for one answers text. */
async function stages(text) {
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
  planAppConfig(completed);
  t.plan = performance.now() - t0;
  t0 = performance.now();
  await buildDeployment(valid.value, { lang: 'id' });
  // buildDeployment plans again: its rendering is what it takes beyond the plan.
  t.render = Math.max(0, performance.now() - t0 - t.plan);
  return t;
}

await stages(syntheticRegionYaml(200));
let first;
console.log(`${'services'.padStart(8)} ${STAGES.map((s) => s.padStart(10)).join(' ')}   per-service ratio to ${sizes[0]} (${STAGES.join('/')})`);
for (const size of sizes) {
  const t = await stages(syntheticRegionYaml(size));
  first ??= { size, t };
  const ratio = STAGES.map((s) => (t[s] / size / (first.t[s] / first.size)).toFixed(2)).join(' / ');
  console.log(`${String(size).padStart(8)} ${STAGES.map((s) => `${t[s].toFixed(0)} ms`.padStart(10)).join(' ')}   ${ratio}`);
}
