import regionSchema from '../../schemas/region.schema.json' with { type: 'json' };
import type { Lang, Localized } from '../i18n/types.js';
import { createAjv } from '../config/ajv.js';

/**
 * The schema is the one declaration of a question: its `x-prompt` is the prompt, its type and enum
 * the prompt kind and choices, its constraints the validation, its path the stored answer.
 */
type Node = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  format?: string;
  default?: unknown;
  description?: string;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  'x-prompt'?: Localized;
};

const root = regionSchema as unknown as Node & { $defs: Record<string, Node> };

/** The schema node at a dotted path (following `$ref`, merging the referring node's keywords). */
export function fieldSchema(path: string): Node {
  let node: Node = root;
  for (const part of path.split('.')) {
    node = deref(node);
    if (node.items && !node.properties) node = deref(node.items);
    const next = node.properties?.[part];
    if (!next) throw new Error(`no schema field ${path}`);
    node = next;
  }
  return deref(node);
}

function deref(node: Node): Node {
  let current = node;
  while (current.$ref) {
    const target = root.$defs[current.$ref.replace('#/$defs/', '')];
    const { $ref: _ignored, ...rest } = current;
    current = { ...target, ...rest, $ref: target.$ref };
  }
  return current;
}

/** The description in one language (schema descriptions are "id text. (EN) en text."). */
export function describe(node: Node, lang: Lang): string {
  const [id, en] = (node.description ?? '').split(' (EN) ');
  return lang === 'en' ? (en ?? id) : id;
}

export function promptText(path: string, lang: Lang): string {
  const node = fieldSchema(path);
  return node['x-prompt']?.[lang] ?? describe(node, lang);
}

const ajv = createAjv();
const validators = new Map<string, ReturnType<typeof ajv.compile>>();

/** Validates one answer against its field's schema; returns true or a message. */
export function validateField(path: string, value: unknown, lang: Lang): true | string {
  let validate = validators.get(path);
  if (!validate) {
    const { $defs: _d, ...node } = fieldSchema(path) as Node & { $defs?: unknown };
    validate = ajv.compile({ ...stripAnnotations(node), $defs: root.$defs });
    validators.set(path, validate);
  }
  if (validate(value)) return true;
  const error = validate.errors?.[0];
  if (error?.keyword === 'pattern') return describe(fieldSchema(path), lang);
  return `${describe(fieldSchema(path), lang)} (${error?.keyword ?? 'invalid'})`;
}

function stripAnnotations(node: Node): Node {
  const { description: _d, ...rest } = node;
  return rest;
}

/** Required leaf fields of the answers, as dotted paths with their description (for "missing" errors). */
export function requiredFields(lang: Lang, node: Node = root, prefix = ''): Array<{ path: string; description: string }> {
  const out: Array<{ path: string; description: string }> = [];
  const resolved = deref(node);
  for (const key of resolved.required ?? []) {
    if (key === 'schemaVersion') continue;
    const child = deref(resolved.properties?.[key] ?? {});
    const path = prefix ? `${prefix}.${key}` : key;
    if (child.properties && child.required?.length) out.push(...requiredFields(lang, child, path));
    else out.push({ path, description: describe(child, lang) });
  }
  return out;
}
