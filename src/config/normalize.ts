/**
 * Puts an answers object in the canonical key order of its schema (recursively, following `$ref`),
 * so that the written `mpp.yaml` is the same whatever order the user typed keys in.
 */
type SchemaNode = {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $defs?: Record<string, SchemaNode>;
};

function resolve(node: SchemaNode, root: SchemaNode): SchemaNode {
  let current = node;
  const seen = new Set<string>();
  while (current.$ref && current.$ref.startsWith('#/$defs/') && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    const name = current.$ref.slice('#/$defs/'.length);
    const target = root.$defs?.[name];
    if (!target) break;
    current = { ...target, ...current, $ref: undefined, properties: current.properties ?? target.properties, items: current.items ?? target.items };
    if (target.$ref) current.$ref = target.$ref;
  }
  return current;
}

export function orderBySchema(value: unknown, node: SchemaNode, root: SchemaNode = node): unknown {
  const schema = resolve(node, root);
  if (Array.isArray(value)) return schema.items ? value.map((item) => orderBySchema(item, schema.items as SchemaNode, root)) : value;
  if (value === null || typeof value !== 'object') return value;
  const input = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const props = schema.properties ?? {};
  for (const key of Object.keys(props)) {
    if (key in input && input[key] !== undefined) out[key] = orderBySchema(input[key], props[key], root);
  }
  for (const key of Object.keys(input).sort()) if (!(key in out) && input[key] !== undefined) out[key] = input[key];
  return out;
}
