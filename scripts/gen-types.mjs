// Generates TypeScript types from the JSON Schemas (the schemas are the source of truth).
// Usage: node scripts/gen-types.mjs [--check]   (--check fails when a generated file is stale)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const targets = [
  { schema: 'schemas/region.schema.json', out: 'src/generated/region.types.ts' },
  { schema: 'schemas/rules.schema.json', out: 'src/generated/rules.types.ts' },
  { schema: 'schemas/checklist-catalogue.schema.json', out: 'src/generated/catalogue.types.ts' },
  { schema: 'schemas/checklist.schema.json', out: 'src/generated/checklist.types.ts' },
  { schema: 'schemas/app-config.schema.json', out: 'src/generated/app-config.types.ts' },
  { schema: 'schemas/typical-services.schema.json', out: 'src/generated/typical-services.types.ts' },
  { schema: 'schemas/instrument.schema.json', out: 'src/generated/instrument.types.ts', unreachableDefinitions: true },
  { schema: 'schemas/pekppp-mapping.schema.json', out: 'src/generated/mapping.types.ts' },
  { schema: 'schemas/changelog.schema.json', out: 'src/generated/changelog.types.ts' },
];

export async function generate(target) {
  const schema = JSON.parse(readFileSync(join(root, target.schema), 'utf8'));
  const banner = `/* Generated from ${target.schema} by scripts/gen-types.mjs. Do not edit by hand: run \`npm run gen:types\`. */`;
  return compile(schema, schema.title, {
    bannerComment: banner,
    additionalProperties: false,
    unreachableDefinitions: target.unreachableDefinitions ?? false,
    ignoreMinAndMaxItems: true,
    style: { singleQuote: true, printWidth: 110 },
    cwd: join(root, 'schemas'),
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const target of targets) {
    const text = await generate(target);
    const path = join(root, target.out);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current === text) continue;
    if (check) { console.error(`stale: ${target.out} (run npm run gen:types)`); stale++; }
    else { writeFileSync(path, text); console.log(`wrote ${target.out}`); }
  }
  process.exit(stale ? 1 : 0);
}
