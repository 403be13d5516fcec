import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dataDir } from '../paths.js';
import type { ChecklistCatalogue } from '../generated/catalogue.types.js';
import type { RulesRegistry } from '../generated/rules.types.js';
import { checklistValidators } from './schemas.js';

/** The data the checklist is planned from: the catalogue and the rules registry. */
export interface ChecklistSources {
  catalogue: ChecklistCatalogue;
  rules: RulesRegistry;
}

let cached: ChecklistSources | undefined;

function readData<T>(file: string, validate: (data: unknown) => data is T, errors: () => unknown): T {
  const data: unknown = parse(readFileSync(join(dataDir, file), 'utf8'));
  if (!validate(data)) throw new Error(`data/${file} does not match its schema: ${JSON.stringify(errors())}`);
  return data;
}

/**
 * `data/checklist-catalogue.yaml` and `data/rules.yaml`, validated against their schemas; read once.
 * These are the package's own files: a problem here is a bug in the kit, reported as a plain Error.
 */
export function loadChecklistSources(): ChecklistSources {
  if (cached) return cached;
  const v = checklistValidators();
  cached = {
    catalogue: readData('checklist-catalogue.yaml', (d): d is ChecklistCatalogue => v.catalogue(d), () => v.catalogue.errors),
    rules: readData('rules.yaml', (d): d is RulesRegistry => v.rules(d), () => v.rules.errors),
  };
  return cached;
}
