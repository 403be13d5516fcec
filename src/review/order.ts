import { CATEGORY_IDS, SEVERITIES, type Finding, type SeverityCounts } from './types.js';

/** Blockers first, then majors, then minors; within a severity by category; then in the order found (answers order). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, index) => ({ f, index }))
    .sort((a, b) => SEVERITIES.indexOf(a.f.severity) - SEVERITIES.indexOf(b.f.severity) || CATEGORY_IDS.indexOf(a.f.category) - CATEGORY_IDS.indexOf(b.f.category) || a.index - b.index)
    .map(({ f }) => f);
}

export function severityCounts(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { blocker: 0, major: 0, minor: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Plain code-point comparison (locale-independent, so the order is the same on every machine). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
