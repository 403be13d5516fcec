// Scaling in one process: load (YAML parse), validate, plan and render of synthetic regions of
// growing size, each phase timed on its own; the per-service ratio compares the time per service of
// a size with that of the smallest size (1.00 = linear). Peak memory of a whole `mpp new` on the
// same answers is measured separately, one process per size, by the caller.
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { parseAnswersText, validateRegion } from '../../dist/src/config/load.js';
import { buildDeployment } from '../../dist/src/deployment/build.js';
import { planChecklist } from '../../dist/src/checklist/index.js';
import { planLayout } from '../../dist/src/layout/index.js';
import { completeRegion } from '../../dist/src/complete/complete.js';
import { planAppConfig } from '../../dist/src/appconfig/index.js';
import { syntheticRegion as regionWithServices } from './synthetic-region.mjs';
import { summary } from './stats.mjs';

export const PHASES = ['load', 'validate', 'plan', 'render'];

/** Runs at least this many times the phases before rendering (a few seconds at 20,000 services), so their medians are not one run's garbage collection. */
const MIN_PLANNING_RUNS = 3;

async function phasesOnce(text, { render = true } = {}) {
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
  if (!render) return t;
  // buildDeployment plans again and renders every file: render = the build without its planning.
  t0 = performance.now();
  await buildDeployment(valid.value, { lang: 'id' });
  t.render = Math.max(0, performance.now() - t0 - t.plan);
  return t;
}

/** Rows { services, load, validate, plan, render (summaries of `reps(services)` runs), ratio }. */
export async function scalingRows(sizes, reps) {
  await phasesOnce(stringify(regionWithServices(50))); // warm-up: module loading and JIT out of the first size
  const rows = [];
  for (const services of sizes) {
    const text = stringify(regionWithServices(services));
    const runs = [];
    for (let i = 0; i < reps(services); i++) runs.push(await phasesOnce(text));
    // Load, validate and plan take milliseconds to seconds where rendering takes up to a minute: they
    // get extra runs of their own (rendering's median stays that of the whole runs).
    for (let i = runs.length; i < MIN_PLANNING_RUNS; i++) runs.push(await phasesOnce(text, { render: false }));
    const row = { services };
    for (const phase of PHASES) row[phase] = summary(runs.filter((r) => r[phase] !== undefined).map((r) => r[phase]));
    rows.push(row);
  }
  const first = rows[0];
  for (const row of rows) {
    row.ratio = Object.fromEntries(PHASES.map((p) => [p, row[p].median / row.services / (first[p].median / first.services)]));
  }
  return rows;
}
