import type { Lang } from '../../i18n/types.js';
import { renderTemplate } from '../../render/templates.js';
import type { ReviewReport } from '../report.js';
import { reportContext } from './context.js';

export function renderReviewMarkdown(report: ReviewReport, lang: Lang): string {
  return renderTemplate('review/report.md.hbs', reportContext(report, lang));
}

/** A standalone HTML page (inline style, no scripts, no external resources); every value escaped. */
export function renderReviewHtml(report: ReviewReport, lang: Lang): string {
  return renderTemplate('review/report.html.hbs', reportContext(report, lang));
}

/** The JSON document (schemas/review.schema.json). */
export function renderJson(report: object): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
