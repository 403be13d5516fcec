// Turns the kit's own data files (data/*.yaml) into JSON modules the code imports, after checking
// each against its schema: the commands then read plain JSON (no YAML parse, no schema compile at
// start-up), while the YAML files stay the ones people edit and review. A test fails when a JSON
// file is stale or a data file does not match its schema.
// Usage: node scripts/gen-data.mjs [--check]   (--check fails when a file is stale)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { writeGenerated } from './generated-files.mjs';

const addFormats = addFormatsModule.default ?? addFormatsModule;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each data file, its schema, and the JSON module made from it. */
export const targets = [
  ['checklist-catalogue.yaml', 'checklist-catalogue'],
  ['rules.yaml', 'rules'],
  ['review-weights.yaml', 'review-weights'],
  ['typical-services.yaml', 'typical-services'],
  ['typical-agencies.yaml', 'typical-agencies'],
  ['changelog.yaml', 'changelog'],
  ['benchmarks.yaml', 'benchmarks'],
  ['instruments/pekppp.yaml', 'instrument'],
  ['instruments/ombudsman.yaml', 'instrument'],
  ['instruments/kemenpanrb-mpp.yaml', 'instrument'],
  ['instruments/pekppp-mapping.yaml', 'pekppp-mapping'],
].map(([file, schema]) => ({ data: `data/${file}`, schema: `schemas/${schema}.schema.json`, out: `src/generated/data/${file.replace(/\.yaml$/, '.json')}` }));

const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** An ajv with the options of src/config/ajv.ts createAjv(), the region schema added for references. */
function schemaAjv() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, messages: false });
  addFormats(ajv);
  for (const keyword of ['x-prompt', 'x-description-en', 'x-rationale']) ajv.addKeyword({ keyword, schemaType: ['object', 'string'] });
  ajv.addSchema(readJson('schemas/region.schema.json'));
  return ajv;
}

let ajv;

/** The schema errors of a data file (an empty list when it is valid). */
export function dataErrors(target) {
  ajv ??= schemaAjv();
  const validate = ajv.getSchema(readJson(target.schema).$id) ?? ajv.compile(readJson(target.schema));
  if (validate(parse(readFileSync(join(root, target.data), 'utf8')))) return [];
  return (validate.errors ?? []).map((e) => `${target.data}: ${e.instancePath || '/'} ${e.keyword} ${JSON.stringify(e.params)}`);
}

/** The JSON text made from a data file (the same values `yaml`'s parse gives, one line). */
export function generate(target) {
  return `${JSON.stringify(parse(readFileSync(join(root, target.data), 'utf8')))}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const errors = targets.flatMap(dataErrors);
  if (errors.length > 0) {
    console.error(errors.join('\n'));
    process.exit(1);
  }
  process.exit(writeGenerated(root, targets.map((target) => [target.out, generate(target)]), 'gen:data'));
}
