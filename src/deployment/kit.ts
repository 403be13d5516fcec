import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionAnswers } from '../generated/region.types.js';
import { packageRoot } from '../paths.js';

/** Which kit wrote a deployment: the package name and its version (semver). */
export interface KitInfo {
  kit: string;
  version: string;
}

/**
 * The running kit, from the package's own package.json (the version `changeset version` bumps), so
 * that the version in a deployment and the version published are one number. Read once at start-up,
 * like the package's data files.
 */
export const KIT: KitInfo = (() => {
  const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  return { kit: pkg.name, version: pkg.version };
})();

/** `name@version`, the way npm names a release (used in reports and conflict markers). */
export function kitLabel(kit: KitInfo): string {
  return `${kit.kit}@${kit.version}`;
}

/**
 * The answers with `generatedBy` set to the kit that writes them, placed right after `schemaVersion`
 * so that mpp.yaml says at its top which kit generated the deployment (`mpp upgrade` reads it). Any
 * earlier stamp is replaced.
 */
export function stampGeneratedBy(region: RegionAnswers, kit: KitInfo = KIT): RegionAnswers {
  const stamp = { kit: kit.kit, version: kit.version };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(region)) {
    if (key === 'generatedBy') continue;
    out[key] = value;
    if (key === 'schemaVersion') out.generatedBy = stamp;
  }
  return out as unknown as RegionAnswers;
}
