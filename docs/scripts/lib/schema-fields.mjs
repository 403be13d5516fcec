/**
 * The project's one reader of JSON Schemas (src/config/schema-fields.ts), as compiled by the root
 * package's build (`npm run build`, which `npm run docs:build` runs first). The docs read every
 * schema through it, so the reference lists exactly the fields, enums and prompts the kit uses.
 */
const url = new URL('../../../dist/src/config/schema-fields.js', import.meta.url);

let schemaFieldsModule;
try {
  schemaFieldsModule = await import(url.href);
} catch (error) {
  throw new Error(`The docs read the schemas through the kit's compiled code; run \`npm run build\` in the repository root first (${error instanceof Error ? error.message : error}).`);
}

export const { schemaFields, splitDescription, promptOf } = schemaFieldsModule;
