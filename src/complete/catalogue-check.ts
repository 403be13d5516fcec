import { parse } from 'yaml';
import { validate as typicalServicesValidator } from '../generated/typical-services.validator.js';
import { precompiled } from '../config/precompiled.js';
import type { TypicalServices } from '../generated/typical-services.types.js';

/* Checking a typical-services catalogue given as text (the test suite checks the shipped file with
   it); a module of its own so that completing a region loads no validator. */

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
