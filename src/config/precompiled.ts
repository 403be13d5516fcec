import type { ValidateFunction } from 'ajv';

/**
 * A validator precompiled by scripts/gen-validators.mjs (src/generated/NAME.validator.ts, ajv
 * standalone code, the options of createAjv()), typed as the ajv function it is. Importing one costs
 * no schema compilation; a test keeps every generated validator in step with its schema.
 */
export function precompiled<T = unknown>(validate: unknown): ValidateFunction<T> {
  return validate as ValidateFunction<T>;
}
