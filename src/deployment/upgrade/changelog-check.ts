import { precompiled } from '../../config/precompiled.js';
import { validate as changelogValidator } from '../../generated/changelog.validator.js';

/* The changelog's schema check (the test suite runs it); a module of its own so that
   reading the shipped changelog loads no validator. */

/** Validates a changelog against schemas/changelog.schema.json (precompiled); the errors, or an empty list. */
export function changelogErrors(data: unknown): string[] {
  const validate = precompiled(changelogValidator);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword} ${JSON.stringify(e.params)}`);
}
