import type { Lang } from '../../i18n/types.js';
import { t, type MessageKey } from '../../i18n/catalogue.js';
import { registerPartial, renderTemplate } from '../../render/templates.js';
import type { ReviewReport } from '../report.js';
import { reportContext, type ReportOptions } from './context.js';
import { formatIndex } from './pekppp.js';

registerPartial('reviewRegion', 'review/region.html.hbs');
registerPartial('tableTools', 'shared/table-tools.html.hbs');

export function renderReviewMarkdown(report: ReviewReport, lang: Lang, options: ReportOptions = {}): string {
  return renderTemplate('review/report.md.hbs', reportContext(report, lang, options));
}

/** The regions table of the consultants' dashboard: one row per region, values ready to sort. */
export function dashboardRows(report: ReviewReport, lang: Lang) {
  return report.ranking.map((r) => ({
    ...r,
    region: `${t(lang, `region.kind.${r.kind}` as MessageKey)} ${r.name}`,
    stage: t(lang, `review.stage.${r.stage}` as MessageKey),
    launch: r.launchDate ?? t(lang, 'dashboard.launchUnknown'),
    grade: r.grade ? `${r.grade} (${formatIndex(r.ipp, lang)}; ${String(r.ippCoverage)}%)` : t(lang, 'instrument.noIndex'),
    ippValue: r.ipp ?? '',
    blockingItems: r.blockingItems ?? '-',
    blockingItemsValue: r.blockingItems ?? '',
  }));
}

/**
 * One region: a standalone HTML report (inline style, no scripts, no external resources). Several
 * regions: the consultants' dashboard, a sortable, filterable table of regions linking to each
 * region's dashboard.html, then each region's report; its one inline script only sorts and filters.
 * Every value is escaped.
 */
export function renderReviewHtml(report: ReviewReport, lang: Lang, options: ReportOptions = {}): string {
  const context = reportContext(report, lang, options);
  if (!context.batch) return renderTemplate('review/report.html.hbs', context);
  return renderTemplate('review/dashboard.html.hbs', { ...context, title: t(lang, 'dashboard.batchTitle', { count: report.regions.length }), rows: dashboardRows(report, lang) });
}

export { renderJson } from './json.js';
