import regionSchema from '../../schemas/region.schema.json' with { type: 'json' };
import type { Lang, Localized } from '../i18n/types.js';
import { lookup } from '../i18n/catalogue.js';

/**
 * The ONE reader of the project's JSON Schemas (region.schema.json above all): every field with its
 * path, type, enum values (with their id/en labels), default, required flag, bounds, `x-prompt` and
 * id/en descriptions, local `$ref`s (nested too) followed. The interview, the item questions of
 * `mpp add`, the spreadsheet columns and notes, the docs reference and the validators' messages all
 * derive from it. Generic: it knows no field by name, so a field or an enum value added to the schema
 * reaches every consumer. Pure (no I/O); works on any schema object, `REGION_FIELDS` is the region's.
 *
 * Annotations it reads beside the standard keywords:
 * - `x-prompt`: the question, `{ id, en }` (or one string), with an optional `default`: the answer the
 *   question offers (a suggestion for the person answering, never written into the data by itself,
 *   unlike the schema's own `default`, which the validator fills in), and an optional `item`: the
 *   same question naming the item it is about (`{ id: "Jumlah loket untuk {item}?", en: ... }`);
 * - `x-description-en`: the English description when `description` holds only the Indonesian one
 *   (the convention is otherwise "Teks. (EN) Text.").
 */

/** A JSON Schema node as data. */
export type SchemaNode = { [key: string]: unknown };

export type FieldKind = 'object' | 'map' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'enum' | 'const' | 'any';

/** Required only under an `if`/`then` of the parent: when `field` is absent, or present. */
export interface FieldCondition {
  kind: 'absent' | 'present' | 'other';
  field: string;
}

export interface EnumOption {
  value: string | number | boolean | null;
  /** From the message catalogue (`<labelHome>.<value>`); the value itself when the catalogue has none. */
  label: Localized;
}

export interface SchemaField {
  /** Dotted path, `[]` for array items, `*` for map values: `agencies[].kind`, `facilities[]`. '' is the root. */
  path: string;
  /** Property name; '[]' for array items, '*' for map values, '' for the root. */
  key: string;
  kind: FieldKind;
  /** Short type text for people: `string`, `integer`, `array<agency>`, `enum`, `const 1`, an object's definition name. */
  typeLabel: string;
  /** Definitions the field's `$ref` chain went through, outermost first. */
  refs: string[];
  /** Required in its parent object; null for array items and map values. */
  required: boolean | null;
  /** Required only under an `if`/`then` of its parent. */
  condition: FieldCondition | null;
  description: Localized;
  /** The question (`x-prompt`), when the schema gives one. */
  prompt?: Localized;
  /** The answer the question offers (`x-prompt.default`). */
  promptDefault?: unknown;
  /** The question naming the item it is about, `{item}` standing for its name (`x-prompt.item`). */
  itemPrompt?: Localized;
  /** The schema's `default` (what code reading an absent field falls back to; the validator does not fill it in). */
  default?: unknown;
  /** Written by the kit, never asked (`readOnly` in the schema, e.g. `generatedBy`). */
  readOnly?: boolean;
  const?: unknown;
  /** Enum values with their labels (for an array of enums: on the `items` field). */
  options?: EnumOption[];
  /** Catalogue key prefix of the enum's labels: the definition's name, or `<owner definition>.<key>`. */
  labelHome?: string;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  /** The constraint keywords of the resolved node, in a fixed order (for documentation). */
  constraints: Array<{ key: string; value: unknown }>;
  /** The field's own node (its `$ref` not followed): with the root's `$defs`, validates one value exactly. */
  raw: SchemaNode;
  /** The node with its `$ref` chain merged in (the referring node's own keywords win). */
  node: SchemaNode;
  /** Name of the definition whose fields this object lists (for objects reached through `$ref`). */
  objectDef?: string;
  /** Catalogue key prefix for an inline enum here: `<owner definition or path>.<key>` (`region.kind`). */
  home: string;
}

const CONSTRAINT_KEYS = [
  'const', 'enum', 'format', 'pattern', 'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum', 'multipleOf',
  'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
] as const;

const NUMERIC_KEYS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems'] as const;

const EN_MARKER = ' (EN) ';

/** The label of an enum value kept under `home` in the message catalogue; the value itself when there is none. */
export function enumLabel(home: string, value: EnumOption['value']): Localized {
  return lookup(`${home}.${String(value)}`) ?? { id: String(value), en: String(value) };
}

const isNode = (value: unknown): value is SchemaNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The target of a local reference (`#/$defs/x`, `#/definitions/x`), or undefined. */
export function resolveRef(root: SchemaNode, ref: string): SchemaNode | undefined {
  const match = /^#\/(\$defs|definitions)\/(.+)$/.exec(ref);
  if (!match) return undefined;
  const defs = root[match[1]];
  const name = decodeURIComponent(match[2]).replace(/~1/g, '/').replace(/~0/g, '~');
  const target = isNode(defs) ? defs[name] : undefined;
  return isNode(target) ? target : undefined;
}

/** The node with its local `$ref` chain merged in (own keywords win), and the definitions passed. */
export function deref(root: SchemaNode, node: SchemaNode): { node: SchemaNode; refs: string[] } {
  let merged: SchemaNode = { ...node };
  const refs: string[] = [];
  const seen = new Set<string>();
  while (typeof merged.$ref === 'string' && !seen.has(merged.$ref)) {
    const ref = merged.$ref;
    seen.add(ref);
    refs.push(ref.split('/').pop() ?? ref);
    const target = resolveRef(root, ref);
    if (!target) break;
    const { $ref: _drop, ...own } = merged;
    merged = { ...target, ...own };
  }
  return { node: merged, refs };
}

/** `{ id, en }` from a node's description ("Teks. (EN) Text." or `x-description-en`); halves fall back to each other. */
export function splitDescription(node: SchemaNode | undefined): Localized {
  const description = typeof node?.description === 'string' ? node.description.trim() : '';
  const explicitEn = typeof node?.['x-description-en'] === 'string' ? (node['x-description-en'] as string).trim() : '';
  const at = description.indexOf(EN_MARKER);
  const id = (at >= 0 ? description.slice(0, at) : description).trim();
  const en = explicitEn || (at >= 0 ? description.slice(at + EN_MARKER.length).trim() : '');
  return { id: id || en, en: en || id };
}

/** The question of a node (`x-prompt`, `{ id, en }` or a string), or undefined. */
export function promptOf(node: SchemaNode | undefined): Localized | undefined {
  const prompt = node?.['x-prompt'];
  if (typeof prompt === 'string') return { id: prompt, en: prompt };
  if (!isNode(prompt)) return undefined;
  const id = typeof prompt.id === 'string' ? prompt.id : undefined;
  const en = typeof prompt.en === 'string' ? prompt.en : undefined;
  if (id === undefined && en === undefined) return undefined;
  return { id: id ?? en ?? '', en: en ?? id ?? '' };
}

function typesOf(node: SchemaNode): string[] {
  if (Array.isArray(node.type)) return node.type.map(String);
  return typeof node.type === 'string' ? [node.type] : [];
}

function kindOf(node: SchemaNode): FieldKind {
  if ('const' in node) return 'const';
  if (Array.isArray(node.enum)) return 'enum';
  const types = typesOf(node);
  if (types.includes('array') || node.items !== undefined) return 'array';
  if (types.includes('object') || isNode(node.properties)) return isNode(node.properties) ? 'object' : 'map';
  for (const kind of ['integer', 'number', 'string', 'boolean'] as const) if (types.includes(kind)) return kind;
  if (isNode(node.additionalProperties)) return 'map';
  return 'any';
}

/** A short type text; an object definition reached by reference is named by its definition. */
export function typeLabel(root: SchemaNode, node: unknown): string {
  if (!isNode(node)) return node === false ? 'never' : 'any';
  const { node: resolved, refs } = deref(root, node);
  const isObject = resolved.type === 'object' || (resolved.properties !== undefined && resolved.type === undefined);
  if (isObject && refs.length > 0) return refs[refs.length - 1];
  if ('const' in resolved) return `const ${JSON.stringify(resolved.const)}`;
  if (Array.isArray(resolved.enum)) return 'enum';
  const types = typesOf(resolved);
  if (types.includes('array') || resolved.items !== undefined) return `array<${resolved.items !== undefined ? typeLabel(root, resolved.items) : 'any'}>`;
  if (types.length > 0) return types.join(' | ');
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = resolved[key];
    if (Array.isArray(options)) return options.map((option) => typeLabel(root, option)).join(' | ');
  }
  if (resolved.properties !== undefined) return 'object';
  if (refs.length > 0) return refs[refs.length - 1];
  return 'any';
}

/** Fields made required by an `if`/`then` of the forms `if: {not: {required: [a]}}` and `if: {required: [a]}`. */
function conditionalRequirements(node: SchemaNode): Map<string, FieldCondition> {
  const out = new Map<string, FieldCondition>();
  const ifNode = isNode(node.if) ? node.if : undefined;
  const thenRequired = isNode(node.then) && Array.isArray(node.then.required) ? (node.then.required as string[]) : undefined;
  if (!ifNode || !thenRequired) return out;
  let condition: FieldCondition = { kind: 'other', field: '' };
  const notRequired = isNode(ifNode.not) && Array.isArray(ifNode.not.required) ? (ifNode.not.required as string[]) : undefined;
  if (notRequired?.length === 1) condition = { kind: 'absent', field: notRequired[0] };
  else if (Array.isArray(ifNode.required) && ifNode.required.length === 1) condition = { kind: 'present', field: String(ifNode.required[0]) };
  for (const field of thenRequired) out.set(field, condition);
  return out;
}

interface Place {
  path: string;
  key: string;
  required: boolean | null;
  condition: FieldCondition | null;
  /** Catalogue key prefix for an inline enum at this place. */
  home: string;
}

function describeField(root: SchemaNode, raw: SchemaNode, place: Place): SchemaField {
  const { node, refs } = deref(root, raw);
  const kind = kindOf(node);
  const field: SchemaField = {
    path: place.path,
    key: place.key,
    kind,
    typeLabel: typeLabel(root, raw),
    refs,
    required: place.required,
    condition: place.condition,
    description: splitDescription(node),
    constraints: CONSTRAINT_KEYS.filter((key) => key in node && key !== 'const').map((key) => ({ key, value: node[key] })),
    raw,
    node,
    home: place.home,
  };
  if (node.additionalProperties === false && node.properties !== undefined) field.constraints.push({ key: 'additionalProperties', value: false });
  const prompt = promptOf(node);
  if (prompt) field.prompt = prompt;
  const promptNode = node['x-prompt'];
  if (isNode(promptNode) && 'default' in promptNode) field.promptDefault = promptNode.default;
  const itemPrompt = isNode(promptNode) ? promptOf({ 'x-prompt': promptNode.item }) : undefined;
  if (itemPrompt) field.itemPrompt = itemPrompt;
  if ('default' in node) field.default = node.default;
  if (node.readOnly === true) field.readOnly = true;
  if ('const' in node) field.const = node.const;
  if (typeof node.format === 'string') field.format = node.format;
  if (typeof node.pattern === 'string') field.pattern = node.pattern;
  for (const key of NUMERIC_KEYS) if (typeof node[key] === 'number') field[key] = node[key] as number;
  if (typeof node.uniqueItems === 'boolean') field.uniqueItems = node.uniqueItems;
  if (Array.isArray(node.enum)) {
    // An enum kept in a definition is labelled by the definition's name; an inline one by where it sits.
    const enumDef = [...refs].reverse().find((name) => {
      const def = resolveRef(root, `#/$defs/${name}`) ?? resolveRef(root, `#/definitions/${name}`);
      return def !== undefined && Array.isArray(deref(root, def).node.enum);
    });
    const home = enumDef ?? place.home;
    field.labelHome = home;
    field.options = (node.enum as EnumOption['value'][]).map((value) => ({ value, label: enumLabel(home, value) }));
  }
  if (kind === 'object' && refs.length > 0) field.objectDef = refs[refs.length - 1];
  return field;
}

/** The children of a field: properties of an object (schema order), then map values, then array items. */
function childrenOf(root: SchemaNode, field: SchemaField): SchemaField[] {
  const node = field.node;
  const out: SchemaField[] = [];
  const prefix = field.path;
  const owner = field.objectDef ?? field.home;
  const homeOf = (key: string): string => (owner ? `${owner}.${key}` : key);
  const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
  const conditional = conditionalRequirements(node);
  const properties = isNode(node.properties) ? node.properties : {};
  for (const [key, child] of Object.entries(properties)) {
    if (!isNode(child)) continue;
    out.push(describeField(root, child, { path: prefix ? `${prefix}.${key}` : key, key, required: required.has(key), condition: conditional.get(key) ?? null, home: homeOf(key) }));
  }
  if (isNode(node.additionalProperties)) {
    out.push(describeField(root, node.additionalProperties, { path: prefix ? `${prefix}.*` : '*', key: '*', required: null, condition: null, home: field.home }));
  }
  for (const [pattern, child] of Object.entries(isNode(node.patternProperties) ? node.patternProperties : {})) {
    if (!isNode(child)) continue;
    const key = `/${pattern}/`;
    out.push(describeField(root, child, { path: prefix ? `${prefix}.${key}` : key, key, required: null, condition: null, home: field.home }));
  }
  if (isNode(node.items)) {
    out.push(describeField(root, node.items, { path: `${prefix}[]`, key: '[]', required: null, condition: null, home: field.home }));
  }
  // The fields of `oneOf`/`anyOf`/`allOf` alternatives sit at the same path.
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const options = node[key];
    if (!Array.isArray(options)) continue;
    for (const option of options) {
      if (!isNode(option)) continue;
      const alternative = describeField(root, option, { path: prefix, key: field.key, required: field.required, condition: field.condition, home: field.home });
      out.push(...childrenOf(root, alternative).filter((child) => !out.some((known) => known.path === child.path)));
    }
  }
  return out;
}

/** The fields of one schema, looked up by path. */
export class SchemaFields {
  readonly root: SchemaField;
  private readonly byPath = new Map<string, SchemaField>();
  private readonly children = new Map<string, SchemaField[]>();

  constructor(readonly schema: SchemaNode) {
    this.root = describeField(schema, schema, { path: '', key: '', required: null, condition: null, home: '' });
    this.byPath.set('', this.root);
  }

  /** Direct children of a field, in schema order (properties, then map values, then array items). */
  childrenOf(field: SchemaField): SchemaField[] {
    let list = this.children.get(field.path);
    if (!list) {
      list = childrenOf(this.schema, field);
      this.children.set(field.path, list);
      for (const child of list) if (!this.byPath.has(child.path)) this.byPath.set(child.path, child);
    }
    return list;
  }

  /** Properties of an object field (for an array, of its items), in schema order. */
  propertiesOf(field: SchemaField): SchemaField[] {
    const target = field.kind === 'array' ? this.itemsOf(field) : field;
    return target ? this.childrenOf(target).filter((child) => child.key !== '[]' && child.key !== '*') : [];
  }

  /** The items field of an array field. */
  itemsOf(field: SchemaField): SchemaField | undefined {
    return this.childrenOf(field).find((child) => child.key === '[]');
  }

  /**
   * The field at a path: `agencies[].kind`, or the same without `[]` (`agencies.kind` steps into the
   * items of `agencies`), `mpp.openingHours.monday.open`. Undefined when the schema has no such field.
   */
  find(path: string): SchemaField | undefined {
    const known = this.byPath.get(path);
    if (known) return known;
    let current: SchemaField | undefined = this.root;
    for (const part of path.split('.').filter((p) => p !== '')) {
      const key = part.replace(/\[\]$/, '');
      const intoItems = part.endsWith('[]');
      let next: SchemaField | undefined = this.childrenOf(current).find((child) => child.key === key);
      if (!next && current.kind === 'array') {
        const items = this.itemsOf(current);
        next = items ? this.childrenOf(items).find((child) => child.key === key) : undefined;
      }
      if (!next) return undefined;
      current = intoItems ? this.itemsOf(next) : next;
      if (!current) return undefined;
    }
    this.byPath.set(path, current);
    return current;
  }

  /** Like `find`, for paths the code relies on: a missing field is a programming error. */
  get(path: string): SchemaField {
    const field = this.find(path);
    if (!field) throw new Error(`no schema field ${path}`);
    return field;
  }

  /** The label of one value of an enum field (or of an array of enums), the value itself when unknown. */
  label(path: string, value: EnumOption['value']): Localized {
    const field = this.get(path);
    const options = field.options ?? (field.kind === 'array' ? this.itemsOf(field)?.options : undefined);
    return options?.find((option) => option.value === value)?.label ?? { id: String(value), en: String(value) };
  }

  /**
   * Every field depth first, the root's properties first. An object definition is expanded once; a
   * later field of the same definition carries `sameAs` (the path where its fields are listed), and a
   * definition already being expanded higher up the same branch is not expanded again.
   */
  walk(): Array<SchemaField & { sameAs: string | null }> {
    const rows: Array<SchemaField & { sameAs: string | null }> = [];
    const seenPaths = new Set<string>();
    const expandedAt = new Map<string, string>();
    const visit = (field: SchemaField, expanding: ReadonlySet<string>): void => {
      const chain = new Set(expanding);
      for (const name of field.refs) {
        if (chain.has(name)) return;
        chain.add(name);
      }
      for (const child of this.childrenOf(field)) {
        if (child.key === '[]') {
          const item = child.node;
          if (item.properties !== undefined || item.items !== undefined || item.oneOf !== undefined || item.anyOf !== undefined) visit(child, chain);
          continue;
        }
        if (seenPaths.has(child.path)) continue;
        seenPaths.add(child.path);
        const def = child.node.properties !== undefined && child.refs.length > 0 ? child.refs[child.refs.length - 1] : undefined;
        const sameAs = def !== undefined ? (expandedAt.get(def) ?? null) : null;
        if (def !== undefined && sameAs === null) expandedAt.set(def, child.path);
        rows.push({ ...child, sameAs });
        if (sameAs === null) visit(child, chain);
      }
    };
    visit(this.root, new Set());
    return rows;
  }

  /**
   * Leaf fields an object must have, as paths under it (nested required objects expanded), with their
   * description: what a run without a terminal reports as missing.
   */
  requiredLeaves(field: SchemaField = this.root, lang: Lang = 'id'): Array<{ path: string; description: string }> {
    const out: Array<{ path: string; description: string }> = [];
    const visit = (current: SchemaField, prefix: string): void => {
      for (const child of this.propertiesOf(current)) {
        if (!child.required || child.kind === 'const') continue;
        const path = prefix ? `${prefix}.${child.key}` : child.key;
        const nested = child.kind === 'object' && this.propertiesOf(child).some((c) => c.required);
        if (nested) visit(child, path);
        else out.push({ path, description: child.description[lang] });
      }
    };
    visit(field, '');
    return out;
  }
}

const cache = new WeakMap<object, SchemaFields>();

/** The fields of a schema (computed once per schema object). */
export function schemaFields(schema: object): SchemaFields {
  let fields = cache.get(schema);
  if (!fields) {
    fields = new SchemaFields(schema as SchemaNode);
    cache.set(schema, fields);
  }
  return fields;
}

/** The region schema (`schemas/region.schema.json`). */
export const REGION_SCHEMA = regionSchema as SchemaNode;

/** The region schema's fields: what the interview asks, the spreadsheet holds and the docs list. */
export const REGION_FIELDS = schemaFields(REGION_SCHEMA);
