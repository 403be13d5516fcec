import catalogueData from '../generated/data/checklist-catalogue.json' with { type: 'json' };
import rulesData from '../generated/data/rules.json' with { type: 'json' };
import type { ChecklistCatalogue } from '../generated/catalogue.types.js';
import type { RulesRegistry } from '../generated/rules.types.js';

/** The data the checklist is planned from: the catalogue and the rules registry. */
export interface ChecklistSources {
  catalogue: ChecklistCatalogue;
  rules: RulesRegistry;
}

const sources: ChecklistSources = {
  catalogue: catalogueData as unknown as ChecklistCatalogue,
  rules: rulesData as unknown as RulesRegistry,
};

/**
 * `data/checklist-catalogue.yaml` and `data/rules.yaml`, as the JSON scripts/gen-data.mjs makes of
 * them after checking each against its schema (test/schemas/generated-data.test.ts keeps the JSON in
 * step and validates the files): no YAML parse and no schema compile when a command starts.
 */
export function loadChecklistSources(): ChecklistSources {
  return sources;
}
