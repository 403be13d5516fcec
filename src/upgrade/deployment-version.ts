import semver from 'semver';
import { parse } from 'yaml';
import type { BaseSnapshot } from './base-store.js';

/** `generatedBy.version` of an mpp.yaml text, when it is there and is semver; never throws. */
export function generatedByVersion(mppYaml: string | undefined): string | undefined {
  if (mppYaml === undefined) return undefined;
  try {
    const version = (parse(mppYaml) as { generatedBy?: { version?: unknown } } | null)?.generatedBy?.version;
    return typeof version === 'string' && semver.valid(version) !== null ? version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The kit version that last generated a deployment: mpp.yaml's `generatedBy` (the user's file, the
 * record the issue asks for), else the base store's, else unknown.
 */
export function deploymentKitVersion(mppYaml: string | undefined, base: BaseSnapshot): string | undefined {
  return generatedByVersion(mppYaml) ?? base.kit?.version;
}
