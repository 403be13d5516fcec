// Summaries of repeated timings: the bench prints min / median / max, never a single run.

/** { min, median, max, runs } of a list of numbers (median of an even count: the mean of the middle two). */
export function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1], runs: sorted.length };
}

/** A duration for people: "87.9 ms", "2.41 s". */
export const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

/** "88.0 ms (84.1-95.2)": median with the range. */
export const fmtSummary = (s) => `${fmtMs(s.median)} (${fmtMs(s.min)}-${fmtMs(s.max)})`;
