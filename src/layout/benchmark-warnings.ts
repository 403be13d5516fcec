import { t, type MessageKey } from '../i18n/catalogue.js';
import { benchmarkNames, compareWithBenchmarks, loadBenchmarks, type BenchmarkDeviation, type BenchmarkRegion } from '../benchmarks/index.js';
import type { BenchmarkData } from '../benchmarks/types.js';
import type { LayoutWarning } from './types.js';

/** Catalogue key of a deviation's sentence: `bench.<figure>.<direction>`. */
export function benchmarkMessageKey(deviation: BenchmarkDeviation, data: BenchmarkData): MessageKey {
  const figure = data.checks.find((c) => c.id === deviation.check)?.figure ?? 'handling-minutes';
  return `bench.${figure}.${deviation.direction}` as MessageKey;
}

/** The sizing's plausibility warnings: the region's figures far outside published benchmarks, each naming them. */
export function benchmarkWarnings(region: BenchmarkRegion, data: BenchmarkData = loadBenchmarks()): LayoutWarning[] {
  return compareWithBenchmarks(region, data).map((d) => {
    const key = benchmarkMessageKey(d, data);
    const base = { subject: d.subject, value: d.value, low: d.low, high: d.high };
    const params = { ...base, benchmarks: benchmarkNames(d, 'id') };
    return {
      code: 'outside-benchmark',
      severity: d.severity,
      path: d.path,
      key,
      params,
      message: { id: t('id', key, params), en: t('en', key, { ...base, benchmarks: benchmarkNames(d, 'en') }) },
    };
  });
}
