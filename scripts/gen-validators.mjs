// Precompiles every shipped schema's ajv validator into plain code (ajv "standalone"), so that no
// command compiles a schema at start-up (compiling the catalogue's or the weights' schema cost every
// run a few hundred milliseconds). One module per schema, each self-contained.
// Usage: node scripts/gen-validators.mjs [--check]   (--check fails when a file is stale)
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { writeGenerated } from './generated-files.mjs';

const addFormats = addFormatsModule.default ?? addFormatsModule;
const standaloneCode = standaloneModule.default ?? standaloneModule;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** schemas/NAME.schema.json -> src/generated/NAME.validator.ts, for every schema the package ships. */
export const targets = readdirSync(join(root, 'schemas'))
  .filter((file) => file.endsWith('.schema.json'))
  .sort()
  .map((file) => ({ schema: `schemas/${file}`, out: `src/generated/${file.replace(/\.schema\.json$/, '')}.validator.ts` }));

const readSchema = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

export function generate(target) {
  // The same options as src/config/ajv.ts createAjv(), plus code generation. No defaults are filled
  // in: what the region did not give stays absent, and the complete stage fills it with provenance.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, messages: false, code: { source: true, esm: true, lines: true } });
  addFormats(ajv);
  for (const keyword of ['x-prompt', 'x-description-en', 'x-rationale']) ajv.addKeyword({ keyword, schemaType: ['object', 'string'] });
  // Schemas that refer to the region schema's definitions get them compiled into their own module.
  if (target.schema !== 'schemas/region.schema.json') ajv.addSchema(readSchema('schemas/region.schema.json'));
  const code = standaloneCode(ajv, ajv.compile(readSchema(target.schema)))
    // Node's ESM loader needs file extensions on deep imports of the CommonJS packages.
    .replace(/require\("((?:ajv|ajv-formats)\/dist\/[^"]+?)"\)/g, (_, path) => `require("${path}.js")`);
  return [
    `// Generated from ${target.schema} by scripts/gen-validators.mjs. Do not edit: run \`npm run gen:validators\`.`,
    '// @ts-nocheck',
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    code,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(writeGenerated(root, targets.map((target) => [target.out, generate(target)]), 'gen:validators'));
}
