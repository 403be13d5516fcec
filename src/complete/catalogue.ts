import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import regionSchema from '../../schemas/region.schema.json' with { type: 'json' };
import typicalServicesSchema from '../../schemas/typical-services.schema.json' with { type: 'json' };
import { createAjv } from '../config/ajv.js';
import { dataDir } from '../paths.js';
import type { TypicalServices } from '../generated/typical-services.types.js';

export const TYPICAL_SERVICES_FILE = join(dataDir, 'typical-services.yaml');
export const TYPICAL_SERVICES_SCHEMA = typicalServicesSchema;

let cached: TypicalServices | undefined;

/** Parses and validates a typical-services catalogue (YAML text). Throws with every problem on invalid data. */
export function parseTypicalServices(text: string): TypicalServices {
  const ajv = createAjv();
  // Only the part of the region schema the catalogue refers to (compiling the whole region schema
  // here would cost seconds at start-up; the region validator is precompiled elsewhere).
  ajv.addSchema({ $id: regionSchema.$id, $defs: { agencyKind: regionSchema.$defs.agencyKind } });
  const validate = ajv.compile<TypicalServices>(typicalServicesSchema);
  const data: unknown = parse(text);
  if (!validate(data)) {
    throw new Error(`invalid typical-services catalogue: ${(validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword} ${JSON.stringify(e.params)}`).join('; ')}`);
  }
  const ids = data.services.map((s) => s.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) throw new Error(`invalid typical-services catalogue: duplicate ids ${twice.join(', ')}`);
  return data;
}

/**
 * `data/typical-services.yaml`, read once. The package's own file, checked against its schema by the
 * test suite (test/complete/typical-services.test.ts) rather than at every start: compiling the
 * schema costs more than the whole completion.
 */
export function loadTypicalServices(): TypicalServices {
  cached ??= parse(readFileSync(TYPICAL_SERVICES_FILE, 'utf8')) as TypicalServices;
  return cached;
}
