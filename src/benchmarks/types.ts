import type { Localized } from '../i18n/types.js';

/** A figure the kit compares with published operating figures. */
export type BenchmarkFigure = 'mpp-visitors-per-day' | 'visitors-per-counter-per-day' | 'handling-minutes' | 'counter-utilisation';

/** One published figure (data/benchmarks.yaml, validated by schemas/benchmarks.schema.json). */
export interface Benchmark {
  id: string;
  figure: BenchmarkFigure;
  low: number;
  high: number;
  place: Localized;
  note?: Localized;
  source: string;
}

/** A comparison rule: which figure, against which benchmarks, how far is "far". */
export interface BenchmarkCheck {
  id: string;
  figure: BenchmarkFigure;
  compare: 'outside' | 'within';
  benchmarks: string[];
  farBelow?: number;
  farAbove?: number;
  severity: 'warning' | 'info';
  rationale: Localized;
}

export interface BenchmarkData {
  schemaVersion: 1;
  benchmarks: Benchmark[];
  checks: BenchmarkCheck[];
}
