import { t, type MessageKey } from '../../i18n/catalogue.js';
import type { Lang } from '../../i18n/types.js';
import type { Finding, Review } from '../types.js';
import type { ReviewReport, ReviewedRegion } from '../report.js';

/** Findings of one code shown in the terminal before "and N more" (md, html and json list them all). */
export const TEXT_FINDINGS_PER_CODE = 8;

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
  return t(lang, 'review.regionLine', { kind: t(lang, `kind.${r.kind}` as MessageKey), name: r.name, province: r.province, mpp: r.mppName });
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

export function findingPath(f: Finding): string {
  return f.source === 'checklist' ? `checklist:${f.path}` : f.path;
}

function regionText(entry: ReviewedRegion, lang: Lang): string {
  const { review } = entry;
  const out: string[] = [];
  out.push(terminalText(`${regionLine(review, lang)}  [${entry.file}]`));
  out.push(`${t(lang, 'review.score')}: ${review.score}/100`);
  out.push(terminalText(summaryLine(review, lang)));
  out.push('');
  out.push(
    textTable(
      [t(lang, 'review.col.category'), t(lang, 'review.col.weight'), t(lang, 'review.col.score'), t(lang, 'review.col.basis'), t(lang, 'review.col.blockers'), t(lang, 'review.col.majors'), t(lang, 'review.col.minors')],
      review.categories.map((c) => [c.title[lang], c.weight, c.score, t(lang, `review.basis.${c.basis}` as MessageKey), c.counts.blocker, c.counts.major, c.counts.minor]),
      [false, true, true, false, true, true, true],
    ),
  );
  out.push('');
  out.push(`${t(lang, 'review.findings')}:`);
  if (review.findings.length === 0) out.push(`  ${t(lang, 'review.noFindings')}`);
  const shown = new Map<string, number>();
  const hidden = new Map<string, number>();
  for (const f of review.findings) {
    const group = `${f.severity}/${f.code}`;
    const count = shown.get(group) ?? 0;
    if (count >= TEXT_FINDINGS_PER_CODE) {
      hidden.set(group, (hidden.get(group) ?? 0) + 1);
      continue;
    }
    shown.set(group, count + 1);
    out.push(terminalText(`  [${t(lang, `review.severity.${f.severity}` as MessageKey)}] ${findingPath(f)}: ${f.message[lang]}`));
    out.push(terminalText(`      -> ${f.fix[lang]}`));
  }
  for (const [group, count] of hidden) {
    const [severity, code] = group.split('/');
    out.push(`  ${t(lang, 'review.more', { count, severity: t(lang, `review.severity.${severity}` as MessageKey), code })}`);
  }
  return out.join('\n');
}

/** The terminal report: a ranked table for several regions, then each region's detail. */
export function renderReviewText(report: ReviewReport, lang: Lang): string {
  const parts: string[] = [];
  if (report.regions.length > 1) {
    parts.push(t(lang, 'review.batchTitle', { count: report.regions.length }));
    parts.push(
      textTable(
        [t(lang, 'review.col.rank'), t(lang, 'review.col.region'), t(lang, 'review.col.score'), t(lang, 'review.col.blockers'), t(lang, 'review.col.majors'), t(lang, 'review.col.minors'), t(lang, 'review.col.file')],
        report.ranking.map((r) => [r.rank, `${t(lang, `kind.${r.kind}` as MessageKey)} ${r.name}`, r.score, r.blockers, r.majors, r.minors, r.file]),
        [true, false, true, true, true, true, false],
      ),
    );
  } else {
    parts.push(t(lang, 'review.title'));
  }
  for (const entry of report.regions) parts.push(regionText(entry, lang));
  return `${parts.join('\n\n')}\n`;
}
