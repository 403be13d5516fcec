import { join } from 'node:path';
import benchmarksData from '../generated/data/benchmarks.json' with { type: 'json' };
import { dataDir } from '../paths.js';
import type { BenchmarkData } from './types.js';

export const BENCHMARKS_FILE = join(dataDir, 'benchmarks.yaml');

/**
 * The shipped benchmarks (data/benchmarks.yaml), as the JSON scripts/gen-data.mjs makes of them:
 * checked against schemas/benchmarks.schema.json at build and test time, never parsed or compiled at start-up.
 */
export function loadBenchmarks(): BenchmarkData {
  return benchmarksData as unknown as BenchmarkData;
}
