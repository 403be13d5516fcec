import { precompiled } from '../../config/precompiled.js';
import changelogData from '../../generated/data/changelog.json' with { type: 'json' };
import { validate as changelogValidator } from '../../generated/changelog.validator.js';
import type { KitChangelog } from '../../generated/changelog.types.js';

export const CHANGELOG_FILE = 'changelog.yaml';

/** Validates a changelog against schemas/changelog.schema.json (precompiled); the errors, or an empty list. */
export function changelogErrors(data: unknown): string[] {
  const validate = precompiled(changelogValidator);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword} ${JSON.stringify(e.params)}`);
}

/**
 * `data/changelog.yaml`, as the JSON scripts/gen-data.mjs makes of it after checking it against its
 * schema (the test suite keeps the JSON in step with the file): nothing parsed or compiled at run time.
 */
export function loadChangelog(): KitChangelog {
  return changelogData as unknown as KitChangelog;
}
