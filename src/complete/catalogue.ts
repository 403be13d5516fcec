import { join } from 'node:path';
import typicalServicesSchema from '../../schemas/typical-services.schema.json' with { type: 'json' };
import typicalServicesData from '../generated/data/typical-services.json' with { type: 'json' };
import { dataDir } from '../paths.js';
import type { TypicalServices } from '../generated/typical-services.types.js';

export const TYPICAL_SERVICES_FILE = join(dataDir, 'typical-services.yaml');
export const TYPICAL_SERVICES_SCHEMA = typicalServicesSchema;

/**
 * `data/typical-services.yaml`, as the JSON scripts/gen-data.mjs makes of it. The package's own file,
 * checked against its schema by the test suite (parseTypicalServices in catalogue-check.ts, test/complete/typical-services.test.ts and
 * test/schemas/generated-data.test.ts) rather than at every start.
 */
export function loadTypicalServices(): TypicalServices {
  return typicalServicesData as unknown as TypicalServices;
}
