import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dataDir } from '../paths.js';
import type { BenchmarkData } from './types.js';

export const BENCHMARKS_FILE = join(dataDir, 'benchmarks.yaml');

let cached: BenchmarkData | undefined;

/**
 * The shipped benchmarks, read once per process. The file is the package's own data, checked
 * against schemas/benchmarks.schema.json by a test (no schema compiled at run time).
 */
export function loadBenchmarks(): BenchmarkData {
  cached ??= parse(readFileSync(BENCHMARKS_FILE, 'utf8')) as BenchmarkData;
  return cached;
}
