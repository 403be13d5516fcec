/** The upgrade concern's public API: base store, three-way merges, per-file plan, changelog, report. */
export type { Content } from './content.js';
export type { MergeConflict, LineConflict, ValueConflict, MergeLabels, Merged } from './conflict.js';
export { DEFAULT_LABELS } from './conflict.js';
export { mergeText, hasConflictMarkers } from './merge-text.js';
export { mergeJsonValues, mergeJsonText, serializeJson, IDENTITY_KEYS } from './merge-json.js';
export { mergeChecklistFiles, mergeChecklistText } from './merge-checklist.js';
export { mergeFile, strategyFor, CHECKLIST_PATH, type MergeStrategy, type FileMerge } from './merge-file.js';
export { planFile, type BaseVersion, type FileVersions, type FileDecision, type DecisionKind, type KeepReason, type BaseKnowledge, type PlanContext } from './plan-file.js';
export { planUpgrade, applyPlan, nextBaseRecords, conflictsOf, countByKind, writtenContent, type UpgradeInputs, type UpgradePlan, type BaseCoverage } from './plan.js';
export { BASE_DIR, BASE_INDEX, BASE_FORMAT, baseStoreFiles, baseRecordsOf, readBaseStore, withManifest, staleStorePaths, objectPath, isDeploymentPath, type BaseIndex, type BaseSnapshot } from './base-store.js';
export { generatedByVersion, deploymentKitVersion } from './deployment-version.js';
export { selectReleases, formatReleases, UNRELEASED, type KitChangelog, type Release, type ChangelogChange } from './changelog.js';
export { formatUpgradeReport, type UpgradeReportOptions } from './report.js';
