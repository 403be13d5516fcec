/** The checklist concern's public API. */
export type { ChecklistFile, Item as ChecklistItem, Status as ChecklistStatus, Citation, Gap } from '../generated/checklist.types.js';
export { STANDARD_COMPONENTS, missingComponents, standardComponent, type ComponentKey, type StandardComponent } from './components.js';
export { planChecklist, tailorChecklist } from './plan.js';
export { mergeChecklist } from './merge.js';
export { parseChecklistYaml } from './parse.js';
export { summarizeChecklist, checklistSummaryLines, type ChecklistSummary, type PhaseSummary } from './summary.js';
export { checklistFileRenderers, renderChecklistFiles, renderChecklistHtml, renderChecklistMarkdown, type ChecklistRenderOptions } from './render.js';
export { renderChecklistYaml, DEFAULT_CHECKLIST_SCHEMA_REF, CHECKLIST_SCHEMA } from './render-yaml.js';
export { renderChecklistCsv } from './render-csv.js';
export { renderChecklistXlsx } from './render-xlsx.js';
export { loadChecklistSources, type ChecklistSources } from './sources.js';
