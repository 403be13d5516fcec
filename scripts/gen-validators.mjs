// Precompiles the region schema's ajv validator into plain code (ajv "standalone"), so that a
// command that only reads answers (validate, review) does not compile the schema at start-up.
// Usage: node scripts/gen-validators.mjs [--check]   (--check fails when the file is stale)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone/index.js';

const addFormats = addFormatsModule.default ?? addFormatsModule;
const standaloneCode = standaloneModule.default ?? standaloneModule;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const target = { schema: 'schemas/region.schema.json', out: 'src/generated/region.validator.ts' };

export function generate() {
  const schema = JSON.parse(readFileSync(join(root, target.schema), 'utf8'));
  // The same options as src/config/ajv.ts createAjv(), plus code generation. No defaults are filled
  // in: what the region did not give stays absent, and the complete stage fills it with provenance.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, messages: false, code: { source: true, esm: true, lines: true } });
  addFormats(ajv);
  for (const keyword of ['x-prompt', 'x-description-en', 'x-rationale']) ajv.addKeyword({ keyword, schemaType: ['object', 'string'] });
  const code = standaloneCode(ajv, ajv.compile(schema))
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
  const text = generate();
  const path = join(root, target.out);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (current === text) process.exit(0);
  if (process.argv.includes('--check')) {
    console.error(`stale: ${target.out} (run npm run gen:validators)`);
    process.exit(1);
  }
  writeFileSync(path, text);
  console.log(`wrote ${target.out}`);
}
