// Scaling in one process: load (YAML parse), validate, plan and render of synthetic regions of
// growing size, each phase timed on its own; the per-service ratio compares the time per service of
// a size with that of the smallest size (1.00 = linear). Peak memory of a whole `mpp new` on the
// same answers is measured separately, one process per size, by the caller.
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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

/** Runs at least this many times the phases before rendering (a few seconds at 20,000 services), so their medians are not one run's chance. */
const MIN_PLANNING_RUNS = 5;

// Each phase is timed up to and including a young-generation collection at its end. A phase keeps
// what it makes (the parsed answers, the region, the plans); moving that out of the young generation
// costs time. At 20,000 services a phase allocates more than the young generation holds and pays for
// it while it runs; at 1,000 services the same work would otherwise fall to whichever phase comes
// next, by chance, and a phase of a few milliseconds (validate) would look many times cheaper per
// service than it is.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const collectYoung = () => gc({ type: 'minor' });
const collectAll = () => gc({ type: 'major' });
const timed = async (work) => {
  const t0 = performance.now();
  const value = await work();
  collectYoung();
  return { value, ms: performance.now() - t0 };
};

async function phasesOnce(text, { render = true } = {}) {
  const t = {};
  collectAll(); // every run starts from the same heap: the runs before it are not charged to it
  const load = await timed(() => parseAnswersText(text, { lang: 'id' }));
  t.load = load.ms;
  const parsed = load.value;
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 2)));
  const validate = await timed(() => validateRegion(parsed.value.data, { lang: 'id' }, parsed.value.source));
  t.validate = validate.ms;
  const valid = validate.value;
  if (!valid.ok) throw new Error(JSON.stringify(valid.issues.slice(0, 2)));
  const plan = await timed(() => {
    const completed = completeRegion(valid.value);
    return [planChecklist(completed), planLayout(completed), planAppConfig(completed)];
  });
  t.plan = plan.ms;
  if (!render) return t;
  // buildDeployment plans again and renders every file: render = the build without its planning.
  const build = await timed(() => buildDeployment(valid.value, { lang: 'id' }));
  t.render = Math.max(0, build.ms - t.plan);
  return t;
}

/**
 * Rows { services, load, validate, plan, render (summaries), ratio } for `sizes`, the first being the
 * baseline. Every run of a larger size is paired with a run of the baseline just before it (A B A B
 * ..., as the bench's other ratios), so drift of the machine or of the process's heap enters both
 * sides; a row's ratio for a phase is the median of its per-pair ratios, and the baseline row
 * summarises all the baseline's runs. `reps(services)` whole runs per size; load, validate and plan
 * get at least MIN_PLANNING_RUNS.
 */
export async function scalingRows(sizes, reps) {
  const [baseSize] = sizes;
  const baseText = stringify(regionWithServices(baseSize));
  await phasesOnce(baseText); // warm-up at the baseline's size: module loading and JIT out of the measures
  const baseRuns = [];
  const measured = [];
  for (const services of sizes) {
    const text = services === baseSize ? baseText : stringify(regionWithServices(services));
    const runs = [];
    const pairs = [];
    const whole = reps(services);
    // Load, validate and plan take milliseconds to seconds where rendering takes up to a minute: they
    // get extra runs of their own (rendering's median stays that of the whole runs).
    for (let i = 0; i < Math.max(whole, MIN_PLANNING_RUNS); i++) {
      const render = i < whole;
      const base = services === baseSize ? undefined : await phasesOnce(baseText, { render });
      const run = await phasesOnce(text, { render });
      runs.push(run);
      if (base) {
        baseRuns.push(base);
        pairs.push([base, run]);
      } else baseRuns.push(run);
    }
    measured.push({ services, runs, pairs });
  }
  const summaries = (runs) => Object.fromEntries(PHASES.map((p) => [p, summary(runs.filter((r) => r[p] !== undefined).map((r) => r[p]))]));
  return measured.map(({ services, runs, pairs }) => {
    if (services === baseSize) return { services, ...summaries(baseRuns), ratio: Object.fromEntries(PHASES.map((p) => [p, 1])) };
    const ratio = (p) =>
      summary(pairs.filter(([, run]) => run[p] !== undefined).map(([base, run]) => run[p] / services / (base[p] / baseSize))).median;
    return { services, ...summaries(runs), ratio: Object.fromEntries(PHASES.map((p) => [p, ratio(p)])) };
  });
}
