import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ValidateFunction } from 'ajv';
import { validate as instrumentValidator } from '../generated/instrument.validator.js';
import { validate as mappingValidator } from '../generated/pekppp-mapping.validator.js';
import { precompiled } from '../config/precompiled.js';
import { dataDir } from '../paths.js';
import type { PekpppMapping } from '../generated/mapping.types.js';
import { crossCheckProblems, INSTRUMENT_FILES, type InstrumentData } from './load.js';

/* Checking instrument data against the schemas and the cross-checks (the test suite checks the
   shipped files with it); a module of its own so that a review loads no validator. */

interface Validators {
  instrument: ValidateFunction;
  mapping: ValidateFunction<PekpppMapping>;
}
const validators: Validators = { instrument: precompiled(instrumentValidator), mapping: precompiled<PekpppMapping>(mappingValidator) };

/** The instrument and mapping validators, precompiled (scripts/gen-validators.mjs). */
export function instrumentValidators(): Validators {
  return validators;
}

function schemaErrors(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword} ${JSON.stringify(e.params)}`);
}

/**
 * Every problem in a set of instrument data: schema errors first (a figure without `source` is one),
 * then the cross-checks of problems.ts. Pure; the tests feed it altered copies.
 */
export function instrumentProblems(data: InstrumentData): string[] {
  const v = instrumentValidators();
  const problems: string[] = [];
  for (const key of ['pekppp', 'ombudsman', 'kemenpanrb'] as const) {
    if (!v.instrument(data[key])) problems.push(...schemaErrors(v.instrument).map((e) => `${INSTRUMENT_FILES[key]}: ${e}`));
  }
  if (!v.mapping(data.mapping)) problems.push(...schemaErrors(v.mapping).map((e) => `${INSTRUMENT_FILES.mapping}: ${e}`));
  return problems.length > 0 ? problems : crossCheckProblems(data);
}

/** The raw data files, parsed (not validated). */
export function readInstrumentFiles(): Record<keyof typeof INSTRUMENT_FILES, unknown> {
  const read = (file: string): unknown => parse(readFileSync(join(dataDir, 'instruments', file), 'utf8'));
  return { pekppp: read(INSTRUMENT_FILES.pekppp), ombudsman: read(INSTRUMENT_FILES.ombudsman), kemenpanrb: read(INSTRUMENT_FILES.kemenpanrb), mapping: read(INSTRUMENT_FILES.mapping) };
}
