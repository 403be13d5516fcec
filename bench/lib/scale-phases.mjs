// Time of each stage of `mpp new` (load, validate, plan, render) on synthetic regions of growing size,
// in one process, and the per-service time ratio of each size to the first (the bench's scaling rows
// without the rest of the bench).
// Usage: npm run build && node bench/lib/scale-phases.mjs [SIZES, default 1000,5000,20000]
import { PHASES, scalingRows } from './scaling.mjs';

const sizes = (process.argv[2] ?? '1000,5000,20000').split(',').map(Number);
const rows = await scalingRows(sizes, () => 1);
console.log(`${'services'.padStart(8)} ${PHASES.map((s) => s.padStart(10)).join(' ')}   per-service ratio to ${sizes[0]} (${PHASES.join('/')})`);
for (const row of rows) {
  const times = PHASES.map((p) => `${row[p].median.toFixed(0)} ms`.padStart(10)).join(' ');
  console.log(`${String(row.services).padStart(8)} ${times}   ${PHASES.map((p) => row.ratio[p].toFixed(2)).join(' / ')}`);
}
