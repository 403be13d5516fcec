import { t, type MessageKey } from '../../i18n/catalogue.js';
import type { Lang } from '../../i18n/types.js';
import type { ReviewReport } from '../report.js';
import type { Review } from '../types.js';
import { groupFindings } from '../group.js';
import { findingPath, regionLine, summaryLine } from './lines.js';
import { gradeText, indicatorRows, pekpppReviewerLine, pekpppSummary } from './pekppp.js';

export interface ReportOptions {
  /** Show the full PEKPPP pre-assessment (`--instrument pekppp`). */
  instrument?: 'pekppp';
}

/** Rows shown per agency before the rest is counted (md and html fold them; json lists every finding). */
export const ROWS_PER_AGENCY = 100;

/** The evidence of the checklist beside the reviewer's verdicts, as strings. */
export function evidenceView(review: Review, lang: Lang) {
  const c = review.checklist;
  if (!c) return undefined;
  return {
    summary: t(lang, 'review.evidence.summary', { applicable: c.applicable, done: c.done, withEvidence: c.withEvidence, reviewed: c.reviewed, verified: c.verified }),
    rows: c.entries.map((e) => ({
      id: e.id,
      title: e.title[lang],
      status: t(lang, `checklist.status.${e.status}` as MessageKey),
      evidence: [...e.evidence, ...(e.evidenceNote ? [e.evidenceNote] : []), ...(e.evidenceDate ? [e.evidenceDate] : [])].join('; '),
      reviewer: [e.reviewerStatus ? t(lang, `review.reviewer.${e.reviewerStatus}` as MessageKey) : '-', e.reviewerNote ?? ''].filter((x) => x !== '').join('; '),
      verified: t(lang, e.verified ? 'checklist.yes' : 'checklist.no'),
      isVerified: e.verified,
    })),
    none: c.entries.length === 0 ? t(lang, 'review.evidence.none') : '',
  };
}

/** One region's report as plain strings in one language (templates escape every value). */
export function regionView(entry: ReviewReport['regions'][number], lang: Lang, options: ReportOptions = {}) {
  const review = entry.review;
  const groups = groupFindings(review, lang);
  return {
    anchor: `region-${review.region.slug}`,
    heading: regionLine(review, lang),
    file: entry.file,
    checklist: entry.checklist,
    dashboard: entry.dashboard,
    score: review.score,
    scoreLabel: review.scoreLabel[lang],
    stage: t(lang, `review.stage.${review.stage}` as MessageKey),
    summary: summaryLine(review, lang),
    categories: review.categories.map((c) => ({
      title: c.title[lang],
      weight: c.weight,
      score: c.score,
      basis: t(lang, `review.basis.${c.basis}` as MessageKey),
      blockers: c.counts.blocker,
      majors: c.counts.major,
      minors: c.counts.minor,
      reasons: c.reasons.map((r) => r[lang]),
    })),
    pekppp: {
      summary: pekpppSummary(review.pekppp, lang),
      reviewer: pekpppReviewerLine(review.pekppp, lang),
      grade: gradeText(review.pekppp.self, lang),
      gradesNote: review.pekppp.gradesToConfirm ? t(lang, 'instrument.gradesToConfirm') : '',
      full: options.instrument === 'pekppp',
      rows: options.instrument === 'pekppp' ? indicatorRows(review.pekppp, lang) : [],
    },
    evidence: evidenceView(review, lang),
    hasFindings: review.findings.length > 0,
    groups: groups.map((g) => ({
      title: g.title,
      headline: g.headline,
      total: g.total,
      agencies: g.agencies.map((a) => ({
        label: a.label,
        count: a.rows.length,
        line: t(lang, 'review.group.agency', { agency: a.label, count: a.findings.length }),
        findings: a.rows.slice(0, ROWS_PER_AGENCY).map((f) => ({
          severity: f.severity,
          severityLabel: t(lang, `review.severity.${f.severity}` as MessageKey),
          path: findingPath(f),
          message: f.message,
          fix: f.fix,
        })),
        more: a.rows.length > ROWS_PER_AGENCY ? t(lang, 'review.group.moreFindings', { count: a.rows.length - ROWS_PER_AGENCY }) : '',
      })),
    })),
  };
}

/**
 * The data the Markdown and HTML templates show: plain strings and numbers in one language.
 * Templates escape every value (`{{md x}}` in Markdown; Handlebars' HTML escaping in HTML).
 */
export function reportContext(report: ReviewReport, lang: Lang, options: ReportOptions = {}) {
  const batch = report.regions.length > 1;
  return {
    lang,
    title: batch ? t(lang, 'review.batchTitle', { count: report.regions.length }) : t(lang, 'review.title'),
    scoreNote: t(lang, 'review.scoreLabel'),
    batch,
    ranking: report.ranking.map((r) => ({ ...r, region: `${t(lang, `region.kind.${r.kind}` as MessageKey)} ${r.name}` })),
    regions: report.regions.map((entry) => regionView(entry, lang, options)),
  };
}
