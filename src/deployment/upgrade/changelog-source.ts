import changelogData from '../../generated/data/changelog.json' with { type: 'json' };
import type { KitChangelog } from '../../generated/changelog.types.js';

export const CHANGELOG_FILE = 'changelog.yaml';

/**
 * `data/changelog.yaml`, as the JSON scripts/gen-data.mjs makes of it after checking it against its
 * schema (the test suite keeps the JSON in step with the file): nothing parsed or compiled at run time.
 */
export function loadChangelog(): KitChangelog {
  return changelogData as unknown as KitChangelog;
}
