import { t, type MessageKey } from '../../i18n/catalogue.js';
import type { Lang } from '../../i18n/types.js';
import type { ReviewReport, ReviewedRegion } from '../report.js';
import { terminalText, textTable } from './lines.js';
import { regionView, type ReportOptions } from './context.js';
import type { IndicatorRow } from './pekppp.js';

/** Agencies listed per category in the terminal, and findings per agency (md, html and json list more). */
export const TEXT_AGENCIES_PER_CATEGORY = 5;
export const TEXT_FINDINGS_PER_AGENCY = 2;

function regionText(entry: ReviewedRegion, lang: Lang, options: ReportOptions): string {
  const view = regionView(entry, lang, options);
  const { review } = entry;
  const out: string[] = [];
  out.push(terminalText(`${view.heading}  [${entry.file}]`));
  out.push(`${t(lang, 'review.score')}: ${review.score}/100 (${view.stage})`);
  out.push(terminalText(view.summary));
  out.push('');
  out.push(
    textTable(
      [t(lang, 'review.col.category'), t(lang, 'review.col.weight'), t(lang, 'review.col.score'), t(lang, 'review.col.basis'), t(lang, 'review.col.blockers'), t(lang, 'review.col.majors'), t(lang, 'review.col.minors')],
      view.categories.map((c) => [c.title, c.weight, c.score, c.basis, c.blockers, c.majors, c.minors]),
      [false, true, true, false, true, true, true],
    ),
  );
  out.push('', `${t(lang, 'review.reasons')}:`);
  for (const c of view.categories) out.push(terminalText(`  ${c.title}: ${c.reasons.join(' ')}`));
  out.push('', terminalText(view.pekppp.summary));
  if (review.checklist) out.push(terminalText(view.pekppp.reviewer));
  if (view.pekppp.gradesNote) out.push(terminalText(view.pekppp.gradesNote));
  if (view.pekppp.full) out.push('', pekpppText(view.pekppp.rows, lang));
  if (view.evidence) {
    out.push('', `${t(lang, 'review.evidence.title')}:`, terminalText(`  ${view.evidence.summary}`));
    if (view.evidence.rows.length > 0) {
      out.push(
        textTable(
          [t(lang, 'review.col.item'), t(lang, 'review.col.regionStatus'), t(lang, 'review.col.evidence'), t(lang, 'review.col.reviewerStatus'), t(lang, 'review.col.verified')],
          view.evidence.rows.map((r) => [r.id, r.status, r.evidence, r.reviewer, r.verified]),
          [false, false, false, false, false],
        ),
      );
    }
  }
  out.push('', `${t(lang, 'review.findings')}:`);
  if (!view.hasFindings) out.push(`  ${t(lang, 'review.noFindings')}`);
  for (const group of view.groups) {
    out.push(terminalText(`- ${group.headline}`));
    for (const agency of group.agencies.slice(0, TEXT_AGENCIES_PER_CATEGORY)) {
      out.push(terminalText(`    ${agency.line}`));
      for (const f of agency.findings.slice(0, TEXT_FINDINGS_PER_AGENCY)) {
        out.push(terminalText(`      [${f.severityLabel}] ${f.path}: ${f.message}`));
        out.push(terminalText(`          -> ${f.fix}`));
      }
      if (agency.count > TEXT_FINDINGS_PER_AGENCY) out.push(`      ${t(lang, 'review.group.moreFindings', { count: agency.count - TEXT_FINDINGS_PER_AGENCY })}`);
    }
    const more = group.agencies.slice(TEXT_AGENCIES_PER_CATEGORY);
    if (more.length > 0) out.push(`    ${t(lang, 'review.group.moreAgencies', { count: more.length, findings: more.reduce((n, a) => n + a.count, 0) })}`);
  }
  if (review.findings.length > 0) out.push('', t(lang, 'review.moreInFormats'));
  return out.join('\n');
}

/** The PEKPPP indicator table, then the evidence asked for each self-fill indicator. */
function pekpppText(rows: IndicatorRow[], lang: Lang): string {
  const out = [t(lang, 'instrument.pekppp.title')];
  out.push(
    textTable(
      [t(lang, 'instrument.col.no'), t(lang, 'instrument.col.indicator'), t(lang, 'instrument.col.indexWeight'), t(lang, 'instrument.col.self'), t(lang, 'instrument.col.reviewer')],
      rows.map((r) => [r.no, r.title, r.indexWeight, r.self, r.reviewer]),
      [true, false, true, false, false],
    ),
  );
  for (const r of rows) {
    if (r.derived) out.push(terminalText(`  ${r.no}. ${r.levelText} ${r.reason}`));
    else out.push(terminalText(`  ${r.no}. ${t(lang, 'instrument.col.evidenceAsked')}: ${r.evidenceAsked.join('; ')}${r.known.length ? ` | ${r.known.join(' ')}` : ''}`));
  }
  return out.join('\n');
}

/** The terminal report: a ranked table for several regions, then each region's detail. */
export function renderReviewText(report: ReviewReport, lang: Lang, options: ReportOptions = {}): string {
  const parts: string[] = [];
  if (report.regions.length > 1) {
    parts.push(t(lang, 'review.batchTitle', { count: report.regions.length }));
    parts.push(
      textTable(
        [t(lang, 'review.col.rank'), t(lang, 'review.col.region'), t(lang, 'review.col.score'), t(lang, 'review.col.grade'), t(lang, 'review.col.blockers'), t(lang, 'review.col.majors'), t(lang, 'review.col.minors'), t(lang, 'review.col.file')],
        report.ranking.map((r) => [r.rank, `${t(lang, `region.kind.${r.kind}` as MessageKey)} ${r.name}`, r.score, r.grade ?? '-', r.blockers, r.majors, r.minors, r.file]),
        [true, false, true, false, true, true, true, false],
      ),
    );
  } else {
    parts.push(t(lang, 'review.title'));
  }
  for (const entry of report.regions) parts.push(regionText(entry, lang, options));
  return `${parts.join('\n\n')}\n`;
}
