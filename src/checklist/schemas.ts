import type { ValidateFunction } from 'ajv';
import { createAjv } from '../config/ajv.js';
import { REGION_SCHEMA } from '../config/schema-fields.js';
import checklistSchema from '../../schemas/checklist.schema.json' with { type: 'json' };
import catalogueSchema from '../../schemas/checklist-catalogue.schema.json' with { type: 'json' };
import rulesSchema from '../../schemas/rules.schema.json' with { type: 'json' };
import type { ChecklistFile } from '../generated/checklist.types.js';
import type { ChecklistCatalogue } from '../generated/catalogue.types.js';
import type { RulesRegistry } from '../generated/rules.types.js';

/** The checklist output schema, for a deployment to ship beside `checklist/checklist.yaml`. */
export const CHECKLIST_SCHEMA = checklistSchema;

interface Validators {
  checklist: ValidateFunction<ChecklistFile>;
  catalogue: ValidateFunction<ChecklistCatalogue>;
  rules: ValidateFunction<RulesRegistry>;
}

let validators: Validators | undefined;

/** Compiled validators for the checklist's three schemas (compiled once). */
export function checklistValidators(): Validators {
  if (validators) return validators;
  const ajv = createAjv();
  ajv.addSchema(REGION_SCHEMA);
  validators = {
    checklist: ajv.compile<ChecklistFile>(checklistSchema),
    catalogue: ajv.compile<ChecklistCatalogue>(catalogueSchema),
    rules: ajv.compile<RulesRegistry>(rulesSchema),
  };
  return validators;
}
