/** Published operating figures (data/benchmarks.yaml) and the comparison of a region with them. */
export { loadBenchmarks, BENCHMARKS_FILE } from './load.js';
export { compareWithBenchmarks, benchmarkNames, type BenchmarkDeviation, type BenchmarkRegion } from './compare.js';
export type * from './types.js';
