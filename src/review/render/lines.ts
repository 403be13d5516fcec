import { t, type MessageKey } from '../../i18n/catalogue.js';
import type { Lang } from '../../i18n/types.js';
import type { Finding, Review } from '../types.js';

/** Plain-text building blocks shared by the terminal report and the templates' contexts. */

/** Terminal-safe text: C1 control characters (which some terminals obey) become `?`. */
export function terminalText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}

function width(text: string): number {
  return [...text].length;
}

/** A plain text table with a header rule; numeric columns right-aligned. */
export function textTable(header: string[], rows: Array<Array<string | number>>, numeric: boolean[]): string {
  const cells = [header, ...rows.map((row) => row.map((c) => terminalText(String(c))))];
  const widths = header.map((_, col) => Math.max(...cells.map((row) => width(row[col]))));
  const line = (row: string[]) =>
    row
      .map((cell, col) => (numeric[col] ? ' '.repeat(widths[col] - width(cell)) + cell : cell + ' '.repeat(widths[col] - width(cell))))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function regionLine(review: Review, lang: Lang): string {
  const r = review.region;
  return t(lang, 'review.regionLine', { kind: t(lang, `region.kind.${r.kind}` as MessageKey), name: r.name, province: r.province, mpp: r.mppName });
}

export function summaryLine(review: Review, lang: Lang): string {
  const f = review.figures;
  return t(lang, 'review.summary', {
    blockers: review.counts.blocker,
    majors: review.counts.major,
    minors: review.counts.minor,
    agencies: f.agencies,
    services: f.services,
    planned: f.plannedCounters,
    needed: f.neededCounters,
    given: f.componentsGiven,
    total: f.componentsTotal,
    estimated: Math.round(f.estimates.loadOnEstimates * 100),
  });
}

export function findingPath(f: Pick<Finding, 'source' | 'path'>): string {
  return f.source === 'checklist' ? `checklist:${f.path}` : f.path;
}
