/**
 * Flattens a JSON Schema (2020-12) into one row per field, depth first, through the kit's one schema
 * reader (src/config/schema-fields.ts): local `$ref`s followed, a definition already being expanded
 * higher up the same branch not expanded again.
 *
 * Row: { path, type, required, condition, description: { id, en }, prompt: { id, en }, constraints,
 *        defaultValue, sameAs, options }
 * - path: dotted, `[]` for array items, `*` for additionalProperties maps, e.g. `agencies[].name`
 * - type: short text, e.g. `string`, `integer`, `array<agency>`, `enum`, `const 1`
 * - required: true | false | null (null: array items, map values)
 * - condition: { kind: 'absent' | 'present', field } when required only under an if/then
 * - constraints: [{ key, value }] (pattern, minimum, enum values, ...; an array of enum values lists them)
 * - sameAs: path of the row where the same object definition was already expanded (its fields are
 *   listed there once, not repeated), or null
 * - options: for an enum, [{ value, label: { id, en } }] (labels from the kit's message catalogue)
 */
import { schemaFields } from './schema-fields.mjs';

/** All rows of a schema, the root object's fields first. */
export function walkSchema(root) {
  const fields = schemaFields(root);
  return fields.walk().map((field) => {
    // An array of enum values (`facilities`) shows the values its items allow.
    const items = field.kind === 'array' ? fields.itemsOf(field) : undefined;
    const itemOptions = items?.kind === 'enum' ? items.options : undefined;
    const options = field.options ?? itemOptions;
    return {
      path: field.path,
      type: field.typeLabel,
      required: field.required,
      condition: field.condition,
      description: field.description,
      prompt: { id: field.prompt?.id ?? '', en: field.prompt?.en ?? '' },
      constraints: itemOptions ? [...field.constraints, { key: 'enum', value: itemOptions.map((o) => o.value) }] : field.constraints,
      defaultValue: field.default,
      sameAs: field.sameAs,
      ...(options ? { options } : {}),
    };
  });
}
