// Layout benchmark: sizing (Erlang C per agency) and the whole layout (sizing, area, floor
// packing, rendering of YAML + SVG + Markdown) for synthetic regions of 10 to 2,000 agencies.
// Prints times and the ratio of time per agency between successive sizes (same process;
// baseline = the smallest size). Figures are printed, never asserted.
// Run: npx tsc -p tsconfig.json && node bench/layout.bench.mjs
import { performance } from 'node:perf_hooks';
import { sizeCounters } from '../dist/src/layout/sizing.js';
import { planLayout } from '../dist/src/layout/plan.js';
import { renderLayoutFiles } from '../dist/src/layout/render.js';
import { syntheticRegion as syntheticAnswers } from './synthetic.mjs';
import { validateRegion } from '../dist/src/config/load.js';
import { completeRegion } from '../dist/src/complete/complete.js';

/** A synthetic region as the planning reads it: validated and completed. */
function syntheticRegion(n) {
  return completeRegion(validateRegion(syntheticAnswers(n), { lang: 'id' }).value);
}

const SIZES = [10, 100, 1000, 2000];

function time(fn, minMs = 1000) {
  fn(); // warm this size up first
  // Repeat until at least minMs elapsed; report the median of the runs.
  const runs = [];
  const start = performance.now();
  do {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  } while (performance.now() - start < minMs || runs.length < 3);
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)];
}

// Warm-up so the first size does not pay for JIT compilation.
{ const r = syntheticRegion(100); for (let i = 0; i < 20; i++) renderLayoutFiles(planLayout(r), r, 'id'); }

const rows = [];
for (const n of SIZES) {
  const region = syntheticRegion(n);
  const sizing = time(() => sizeCounters(region));
  const plan = time(() => planLayout(region));
  const render = time(() => renderLayoutFiles(planLayout(region), region, 'id'));
  const p = planLayout(region);
  rows.push({ n, sizing, plan, render, floors: p.floors.length, counters: p.sizing.totals.layoutCounters });
}

const fmt = (ms) => ms.toFixed(3).padStart(10);
console.log('agencies  floors  counters   sizing ms  layout ms  +render ms   ratio(time/size) vs previous: sizing  layout  +render');
rows.forEach((r, i) => {
  const prev = rows[i - 1];
  const ratio = (key) => (prev ? ((r[key] / prev[key]) / (r.n / prev.n)).toFixed(2).padStart(6) : '     -');
  console.log(`${String(r.n).padStart(8)}  ${String(r.floors).padStart(6)}  ${String(r.counters).padStart(8)}  ${fmt(r.sizing)} ${fmt(r.plan)} ${fmt(r.render)}   ${' '.repeat(30)}${ratio('sizing')}  ${ratio('plan')}  ${ratio('render')}`);
});
const base = rows[0];
const last = rows[rows.length - 1];
console.log(`per-agency time, ${last.n} vs ${base.n} agencies (1.00 = linear): sizing ${((last.sizing / last.n) / (base.sizing / base.n)).toFixed(2)}, layout ${((last.plan / last.n) / (base.plan / base.n)).toFixed(2)}, layout+render ${((last.render / last.n) / (base.render / base.n)).toFixed(2)}`);
