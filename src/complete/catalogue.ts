import { join } from 'node:path';
import { parse } from 'yaml';
import typicalServicesSchema from '../../schemas/typical-services.schema.json' with { type: 'json' };
import typicalServicesData from '../generated/data/typical-services.json' with { type: 'json' };
import { validate as typicalServicesValidator } from '../generated/typical-services.validator.js';
import { precompiled } from '../config/precompiled.js';
import { dataDir } from '../paths.js';
import type { TypicalServices } from '../generated/typical-services.types.js';

export const TYPICAL_SERVICES_FILE = join(dataDir, 'typical-services.yaml');
export const TYPICAL_SERVICES_SCHEMA = typicalServicesSchema;

/** Parses and validates a typical-services catalogue (YAML text). Throws with every problem on invalid data. */
export function parseTypicalServices(text: string): TypicalServices {
  const validate = precompiled<TypicalServices>(typicalServicesValidator);
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
 * `data/typical-services.yaml`, as the JSON scripts/gen-data.mjs makes of it. The package's own file,
 * checked against its schema by the test suite (test/complete/typical-services.test.ts and
 * test/schemas/generated-data.test.ts) rather than at every start.
 */
export function loadTypicalServices(): TypicalServices {
  return typicalServicesData as unknown as TypicalServices;
}
