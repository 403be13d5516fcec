import { REGION_FIELDS, type SchemaField, type SchemaFields } from './schema-fields.js';

/** Property names of an object field in schema order, and its map-value field (computed once per field). */
const shapes = new WeakMap<SchemaField, { keys: Map<string, SchemaField>; values?: SchemaField }>();

function shapeOf(fields: SchemaFields, field: SchemaField): { keys: Map<string, SchemaField>; values?: SchemaField } {
  let shape = shapes.get(field);
  if (!shape) {
    const children = fields.childrenOf(field);
    shape = {
      keys: new Map(children.filter((c) => c.key !== '[]' && c.key !== '*').map((c) => [c.key, c])),
      values: children.find((c) => c.key === '*'),
    };
    shapes.set(field, shape);
  }
  return shape;
}

/**
 * Puts answers in the canonical key order of their schema (recursively, through `$ref`s), so that
 * the written `mpp.yaml` is the same whatever order the user typed keys in. Keys the schema does not
 * know follow, sorted. Returns a copy.
 */
export function orderBySchema(value: unknown, fields: SchemaFields = REGION_FIELDS, field: SchemaField = fields.root): unknown {
  if (Array.isArray(value)) {
    const items = fields.itemsOf(field);
    return items ? value.map((item) => orderBySchema(item, fields, items)) : value;
  }
  if (value === null || typeof value !== 'object') return value;
  const input = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const { keys, values } = shapeOf(fields, field);
  for (const [key, child] of keys) {
    if (key in input && input[key] !== undefined) out[key] = orderBySchema(input[key], fields, child);
  }
  for (const key of Object.keys(input).sort()) {
    if (key in out || input[key] === undefined) continue;
    out[key] = values ? orderBySchema(input[key], fields, values) : input[key];
  }
  return out;
}
