/** Files of a deployment, by path relative to the deployment folder (POSIX separators). */
export type DeploymentFiles = Record<string, string | Uint8Array>;

/** Files already in the deployment folder that a re-run reads (never writes back blindly). */
export interface PreviousFiles {
  /** `checklist/checklist.yaml`, to keep statuses and notes. */
  checklistYaml?: string;
  /** `app/app-config.json`, to keep ticket prefixes stable. */
  appConfigJson?: string;
}

/** Sorted copy, so that callers write and list files in a stable order. */
export function sortedEntries(files: DeploymentFiles): Array<[string, string | Uint8Array]> {
  return Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
