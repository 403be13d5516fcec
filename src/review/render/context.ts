import { t, type MessageKey } from '../../i18n/catalogue.js';
import type { Lang } from '../../i18n/types.js';
import type { ReviewReport } from '../report.js';
import { findingPath, regionLine, summaryLine } from './text.js';

/**
 * The data the Markdown and HTML templates show: plain strings and numbers in one language.
 * Templates escape every value (`{{md x}}` in Markdown; Handlebars' HTML escaping in HTML).
 */
export function reportContext(report: ReviewReport, lang: Lang) {
  const batch = report.regions.length > 1;
  return {
    lang,
    title: batch ? t(lang, 'review.batchTitle', { count: report.regions.length }) : t(lang, 'review.title'),
    batch,
    ranking: report.ranking.map((r) => ({ ...r, region: `${t(lang, `region.kind.${r.kind}` as MessageKey)} ${r.name}` })),
    regions: report.regions.map((entry) => {
      const review = entry.review;
      return {
        anchor: `region-${review.region.slug}`,
        heading: regionLine(review, lang),
        file: entry.file,
        checklist: entry.checklist,
        score: review.score,
        summary: summaryLine(review, lang),
        categories: review.categories.map((c) => ({
          title: c.title[lang],
          weight: c.weight,
          score: c.score,
          basis: t(lang, `review.basis.${c.basis}` as MessageKey),
          blockers: c.counts.blocker,
          majors: c.counts.major,
          minors: c.counts.minor,
        })),
        hasFindings: review.findings.length > 0,
        findings: review.findings.map((f) => ({
          severity: f.severity,
          severityLabel: t(lang, `review.severity.${f.severity}` as MessageKey),
          category: t(lang, `review.category.${f.category}` as MessageKey),
          path: findingPath(f),
          message: f.message[lang],
          fix: f.fix[lang],
        })),
      };
    }),
  };
}
