/** Readiness review: score, findings, batch ranking, diff of versions, rendering. */
export { reviewRegion, type ReviewOptions } from './review.js';
export { diffRegions, fieldChanges, type RegionDiff, type FieldChange, type EntityChange, type ListDiff } from './diff.js';
export { buildReport, reportFails, type ReviewReport, type DiffReport, type ReviewedRegion, type RankingRow } from './report.js';
export { defaultReviewWeights, REVIEW_WEIGHTS_FILE, REVIEW_WEIGHTS_SCHEMA } from './weights.js';
export { parseReviewWeights } from './weights-check.js';
export { parseChecklistText } from './checklist-file.js';
export { sortFindings, severityCounts } from './order.js';
export { renderReviewText } from './render/text.js';
export { renderReviewMarkdown, renderReviewHtml, renderJson } from './render/report.js';
export { renderDiffText, renderDiffMarkdown } from './render/diff.js';
export { reviewOutputValidator, REVIEW_SCHEMA } from './schema.js';
export { groupFindings, type CategoryGroup, type AgencyGroup, type FindingRow } from './group.js';
export { reviewChecklist } from './evidence.js';
export { type ReportOptions } from './render/context.js';
export type * from './types.js';
