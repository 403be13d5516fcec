import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createAjv } from '../config/ajv.js';
import { dataDir } from '../paths.js';
import changelogSchema from '../../schemas/changelog.schema.json' with { type: 'json' };
import type { KitChangelog } from '../generated/changelog.types.js';

export const CHANGELOG_FILE = 'changelog.yaml';

/** Validates a changelog against schemas/changelog.schema.json; the errors, or an empty list. */
export function changelogErrors(data: unknown): string[] {
  const validate = createAjv().compile(changelogSchema);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword} ${JSON.stringify(e.params)}`);
}

let cached: KitChangelog | undefined;

/**
 * `data/changelog.yaml`, validated; read once. It is the package's own file: a problem here is a bug
 * in the kit, reported as a plain Error.
 */
export function loadChangelog(): KitChangelog {
  if (cached) return cached;
  const data: unknown = parse(readFileSync(join(dataDir, CHANGELOG_FILE), 'utf8'));
  const errors = changelogErrors(data);
  if (errors.length > 0) throw new Error(`data/${CHANGELOG_FILE} does not match its schema: ${errors.join('; ')}`);
  cached = data as KitChangelog;
  return cached;
}
