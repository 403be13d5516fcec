import type { ValidateFunction } from 'ajv';
import { precompiled } from '../config/precompiled.js';
import { validate as checklistValidator } from '../generated/checklist.validator.js';
import { validate as catalogueValidator } from '../generated/checklist-catalogue.validator.js';
import { validate as rulesValidator } from '../generated/rules.validator.js';
import type { ChecklistFile } from '../generated/checklist.types.js';
import type { ChecklistCatalogue } from '../generated/catalogue.types.js';
import type { RulesRegistry } from '../generated/rules.types.js';

export { CHECKLIST_SCHEMA } from './render-yaml.js';

interface Validators {
  checklist: ValidateFunction<ChecklistFile>;
  catalogue: ValidateFunction<ChecklistCatalogue>;
  rules: ValidateFunction<RulesRegistry>;
}

const validators: Validators = {
  checklist: precompiled<ChecklistFile>(checklistValidator),
  catalogue: precompiled<ChecklistCatalogue>(catalogueValidator),
  rules: precompiled<RulesRegistry>(rulesValidator),
};

/**
 * Validators for the checklist's three schemas, precompiled (scripts/gen-validators.mjs). The kit
 * itself reads a region's checklist.yaml with the checklist validator alone (parse.ts); the catalogue
 * and rules are checked by the test suite.
 */
export function checklistValidators(): Validators {
  return validators;
}
