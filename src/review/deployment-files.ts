import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { ChecklistFile } from '../generated/checklist.types.js';

/**
 * File-system side of reviewing a deployment folder beyond its answers and checklist: which
 * evidence files the checklist names are missing, and where the folder's dashboard is.
 */

/** Evidence files named in the checklist that are not files inside the deployment folder. */
export function missingEvidenceFiles(deploymentDir: string, checklist: ChecklistFile): Array<{ item: string; file: string }> {
  const root = resolve(deploymentDir);
  const missing: Array<{ item: string; file: string }> = [];
  for (const item of checklist.items) {
    for (const file of item.evidenceProvided?.files ?? []) {
      const path = resolve(root, file);
      const inside = path === root || path.startsWith(root + sep);
      let isFile = false;
      try {
        isFile = inside && statSync(path).isFile();
      } catch {
        isFile = false;
      }
      if (!isFile) missing.push({ item: item.id, file });
    }
  }
  return missing;
}

/**
 * The deployment's dashboard.html as a link from `fromDir` (where the report is written), POSIX
 * separators and each segment percent-encoded; undefined when the folder has none.
 */
export function dashboardLink(answersFile: string, cwd: string, fromDir: string): string | undefined {
  const dashboard = resolve(cwd, dirname(answersFile), 'dashboard.html');
  if (!existsSync(dashboard)) return undefined;
  return relative(resolve(fromDir), dashboard).split(sep).map(encodeURIComponent).join('/');
}
