// Loaded with NODE_OPTIONS=--import into a measured process: reports its peak resident memory.
import { appendFileSync } from 'node:fs';

const target = process.env.MPP_BENCH_RSS_FILE;
if (target) process.on('exit', () => appendFileSync(target, `${process.pid} ${process.resourceUsage().maxRSS}\n`));
