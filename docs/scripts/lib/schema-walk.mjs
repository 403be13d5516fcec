/**
 * Flattens a JSON Schema (2020-12) into one row per field, depth first, following local `$ref`s
 * ("#/$defs/x", "#/definitions/x"). A reference already being expanded higher up the same branch is
 * not expanded again (recursive schemas stay finite).
 *
 * Row: { path, type, required, condition, description: { id, en }, prompt: { id, en }, constraints,
 *        defaultValue }
 * - path: dotted, `[]` for array items, `*` for additionalProperties maps, e.g. `agencies[].name`
 * - type: short text, e.g. `string`, `integer`, `array<agency>`, `enum`, `const 1`
 * - required: true | false | null (null: array items, map values)
 * - condition: { kind: 'absent' | 'present', field } when required only under an if/then
 * - constraints: [{ key, value }] (pattern, minimum, enum values, ...)
 * - sameAs: path of the row where the same object definition was already expanded (its fields are
 *   listed there once, not repeated), or null
 */
import { splitDescription, promptOf } from './description.mjs';

const CONSTRAINT_KEYS = [
  'const',
  'enum',
  'format',
  'pattern',
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
];

/** The target of a local reference, or undefined for a reference to another file. */
export function resolveRef(root, ref) {
  const match = /^#\/(\$defs|definitions)\/(.+)$/.exec(ref);
  if (!match) return undefined;
  return root[match[1]]?.[decodeURIComponent(match[2]).replace(/~1/g, '/').replace(/~0/g, '~')];
}

function refName(ref) {
  return ref.split('/').pop() ?? ref;
}

/**
 * The node with its local `$ref` chain merged in: the referencing node's own keywords win over the
 * target's (so a field's own description replaces the shared definition's). `refs` lists the names.
 */
export function deref(root, node) {
  let merged = { ...node };
  const refs = [];
  const seen = new Set();
  while (typeof merged.$ref === 'string' && !seen.has(merged.$ref)) {
    seen.add(merged.$ref);
    const target = resolveRef(root, merged.$ref);
    refs.push(refName(merged.$ref));
    if (!target) break;
    const { $ref: _drop, ...own } = merged;
    merged = { ...target, ...own };
  }
  return { node: merged, refs };
}

function baseType(root, node) {
  const { node: resolved, refs } = deref(root, node);
  if ('const' in resolved) return `const ${JSON.stringify(resolved.const)}`;
  if (Array.isArray(resolved.enum)) return 'enum';
  const types = Array.isArray(resolved.type) ? resolved.type : resolved.type ? [resolved.type] : [];
  if (types.includes('array') || resolved.items) {
    const itemType = resolved.items ? typeLabel(root, resolved.items) : 'any';
    return `array<${itemType}>`;
  }
  if (types.length > 0) return types.join(' | ');
  for (const key of ['oneOf', 'anyOf']) {
    if (Array.isArray(resolved[key])) return resolved[key].map((option) => typeLabel(root, option)).join(' | ');
  }
  if (resolved.properties) return 'object';
  if (refs.length > 0) return refs[refs.length - 1];
  return 'any';
}

/** A short type text; an object definition reached by reference is named by its definition. */
export function typeLabel(root, node) {
  if (typeof node !== 'object' || node === null) return node === false ? 'never' : 'any';
  const { node: resolved, refs } = deref(root, node);
  const isObject = resolved.type === 'object' || (resolved.properties && !resolved.type);
  if (isObject && refs.length > 0) return refs[refs.length - 1];
  return baseType(root, node);
}

function constraintsOf(node) {
  const out = [];
  for (const key of CONSTRAINT_KEYS) {
    if (key in node && !(key === 'const')) out.push({ key, value: node[key] });
  }
  if (node.additionalProperties === false && node.properties) out.push({ key: 'additionalProperties', value: false });
  return out;
}

/** Fields made required by `if`/`then` of the forms the project uses: { field -> condition }. */
function conditionalRequirements(node) {
  const out = new Map();
  const ifNode = node.if;
  const thenRequired = node.then?.required;
  if (!ifNode || !Array.isArray(thenRequired)) return out;
  let condition = { kind: 'other', field: '' };
  if (Array.isArray(ifNode.not?.required) && ifNode.not.required.length === 1) {
    condition = { kind: 'absent', field: ifNode.not.required[0] };
  } else if (Array.isArray(ifNode.required) && ifNode.required.length === 1) {
    condition = { kind: 'present', field: ifNode.required[0] };
  }
  for (const field of thenRequired) out.set(field, condition);
  return out;
}

/** All rows of a schema, the root object's fields first. */
export function walkSchema(root) {
  const rows = [];
  const seenPaths = new Set();
  const expandedAt = new Map(); // object definition name -> path where its fields were listed

  function visitChildren(node, prefix, expanding) {
    const { node: resolved, refs } = deref(root, node);
    const chain = new Set(expanding);
    for (const name of refs) {
      if (chain.has(name)) return; // recursive definition: listed once, not expanded again
      chain.add(name);
    }
    const required = new Set(Array.isArray(resolved.required) ? resolved.required : []);
    const conditional = conditionalRequirements(resolved);
    const properties = resolved.properties ?? {};
    for (const [key, child] of Object.entries(properties)) {
      const path = prefix ? `${prefix}.${key}` : key;
      addRow(path, child, required.has(key), conditional.get(key), chain);
    }
    if (resolved.additionalProperties && typeof resolved.additionalProperties === 'object') {
      addRow(prefix ? `${prefix}.*` : '*', resolved.additionalProperties, null, undefined, chain);
    }
    for (const [pattern, child] of Object.entries(resolved.patternProperties ?? {})) {
      addRow(prefix ? `${prefix}./${pattern}/` : `/${pattern}/`, child, null, undefined, chain);
    }
    const items = resolved.items;
    if (items && typeof items === 'object') {
      const { node: item } = deref(root, items);
      if (item.properties || item.items || item.oneOf || item.anyOf) visitChildren(items, `${prefix}[]`, chain);
    }
    for (const key of ['oneOf', 'anyOf', 'allOf']) {
      for (const option of resolved[key] ?? []) visitChildren(option, prefix, chain);
    }
  }

  function addRow(path, node, isRequired, condition, expanding) {
    if (seenPaths.has(path)) return;
    seenPaths.add(path);
    const { node: resolved, refs } = deref(root, node);
    const objectDef = resolved.properties && refs.length > 0 ? refs[refs.length - 1] : undefined;
    const sameAs = objectDef !== undefined ? (expandedAt.get(objectDef) ?? null) : null;
    if (objectDef !== undefined && sameAs === null) expandedAt.set(objectDef, path);
    rows.push({
      path,
      type: typeLabel(root, node),
      required: isRequired,
      condition: condition ?? null,
      description: splitDescription(resolved),
      prompt: { id: promptOf(resolved, 'id'), en: promptOf(resolved, 'en') },
      constraints: constraintsOf(resolved),
      defaultValue: 'default' in resolved ? resolved.default : undefined,
      sameAs,
    });
    if (sameAs === null) visitChildren(node, path, expanding);
  }

  visitChildren(root, '', new Set());
  return rows;
}
