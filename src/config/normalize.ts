import { REGION_FIELDS, type SchemaField, type SchemaFields } from './schema-fields.js';

/** Property names of an object field in schema order, its map-value field and, for an array, its items field (computed once per field). */
interface Shape {
  keys: Map<string, SchemaField>;
  /** Position of each key in schema order. */
  rank: Map<string, number>;
  values?: SchemaField;
  items?: SchemaField;
  /** A schema key an object inherits (`constructor`...): objects of this shape always take the general path. */
  inherited: boolean;
}
const shapes = new WeakMap<SchemaField, Shape>();

function shapeOf(fields: SchemaFields, field: SchemaField): Shape {
  let shape = shapes.get(field);
  if (!shape) {
    const children = fields.childrenOf(field);
    const keys = new Map(children.filter((c) => c.key !== '[]' && c.key !== '*').map((c) => [c.key, c]));
    shape = {
      keys,
      rank: new Map([...keys.keys()].map((key, i) => [key, i])),
      values: children.find((c) => c.key === '*'),
      items: children.find((c) => c.key === '[]'),
      inherited: [...keys.keys()].some((key) => key in Object.prototype),
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
    const { items } = shapeOf(fields, field);
    return items ? value.map((item) => orderBySchema(item, fields, items)) : value;
  }
  if (value === null || typeof value !== 'object') return value;
  const input = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const { keys, rank, values, inherited } = shapeOf(fields, field);
  const inputKeys = Object.keys(input);
  // Keys the schema names, already in its order (a file the kit wrote, or one typed in that order):
  // the same result as the general path below, from one pass over the keys the object has.
  if (!inherited && inSchemaOrder(inputKeys, rank)) {
    for (const key of inputKeys) {
      const item = input[key];
      if (item !== undefined) out[key] = orderBySchema(item, fields, keys.get(key) as SchemaField);
    }
    return out;
  }
  let known = 0;
  for (const [key, child] of keys) {
    if (!(key in input)) continue;
    if (input[key] !== undefined) out[key] = orderBySchema(input[key], fields, child);
    if (Object.hasOwn(input, key)) known++;
  }
  // Keys the schema does not name (a map's entries, or unknown keys), sorted; none in most objects.
  if (inputKeys.length === known) return out;
  for (const key of inputKeys.filter((k) => !keys.has(k)).sort()) {
    if (input[key] === undefined) continue;
    out[key] = values ? orderBySchema(input[key], fields, values) : input[key];
  }
  return out;
}

function inSchemaOrder(inputKeys: readonly string[], rank: ReadonlyMap<string, number>): boolean {
  let last = -1;
  for (const key of inputKeys) {
    const at = rank.get(key);
    if (at === undefined || at < last) return false;
    last = at;
  }
  return true;
}
