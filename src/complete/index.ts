/** The complete stage: validated answers -> a completed region with the provenance of every figure. */
export { completeRegion } from './complete.js';
export { loadTypicalServices, TYPICAL_SERVICES_FILE, TYPICAL_SERVICES_SCHEMA } from './catalogue.js';
export { parseTypicalServices } from './catalogue-check.js';
export { matchService, matchAgencyKind, normalizeName } from './match.js';
export { provenanceOf, isEstimate, countProvenance, serviceFigureCount, agencyFigureCount, estimatedMppFigures, type ProvenanceCount } from '../config/provenance.js';
export * as KIT_DEFAULTS from './defaults.js';
export type * from '../config/completed-region.js';
export { MPP_FIGURES } from '../config/completed-region.js';
export { estimateSummary, type EstimateSummary, type AgencyEstimates } from '../config/estimate-summary.js';
