import { isDeepStrictEqual } from 'node:util';
import { isMap, isNode, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { RegionAnswers } from '../generated/region.types.js';

const STRINGIFY = { lineWidth: 0, indent: 2 } as const;
const CREATE = { aliasDuplicateObjects: false } as const;

/** The normalized answers as `mpp.yaml`, with a schema line so editors autocomplete. */
export function renderAnswersYaml(region: RegionAnswers, schemaPath: string): string {
  const header = `# yaml-language-server: $schema=${schemaPath}\n# mpp-kit: jawaban daerah (dinormalisasi) / region answers (normalized)\n`;
  return header + stringify(region, { ...STRINGIFY, aliasDuplicateObjects: false });
}

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);
const jsOf = (node: unknown): unknown => (isNode(node) ? node.toJSON() : node);
const keyOf = (pair: Pair): unknown => (isScalar(pair.key) ? pair.key.value : pair.key);

/** A new node for `value` that keeps the comments and blank line of the node it replaces. */
function replacement(doc: Document, old: unknown, value: unknown): Node {
  const fresh = doc.createNode(value, CREATE) as Node;
  if (isNode(old)) {
    fresh.commentBefore = old.commentBefore;
    fresh.comment = old.comment;
    fresh.spaceBefore = old.spaceBefore;
  }
  return fresh;
}

/** A list item's identity across edits: its id, else its name. */
function sameItem(a: unknown, b: unknown): boolean {
  if (!isPlain(a) || !isPlain(b)) return false;
  if (a.id !== undefined && b.id !== undefined) return a.id === b.id;
  return a.name !== undefined && a.name === b.name;
}

function updateMap(doc: Document, map: YAMLMap, value: Plain): void {
  const wanted = Object.keys(value);
  const kept = map.items.filter((pair) => Object.prototype.hasOwnProperty.call(value, keyOf(pair) as string));
  for (const pair of kept) pair.value = updateNode(doc, pair.value, value[keyOf(pair) as string]);
  const present = new Set(kept.map((pair) => keyOf(pair)));
  // A key the file lacks goes right after the key that precedes it in the answers (the kit's order).
  wanted.forEach((key, index) => {
    if (present.has(key)) return;
    const before = wanted.slice(0, index).reverse().find((k) => present.has(k));
    const at = before === undefined ? 0 : kept.findIndex((pair) => keyOf(pair) === before) + 1;
    kept.splice(at, 0, doc.createPair(key, value[key], CREATE) as Pair);
    present.add(key);
  });
  map.items = kept;
}

function updateSeq(doc: Document, seq: YAMLSeq, value: unknown[]): void {
  const pool = seq.items.map((node) => ({ node, js: jsOf(node), used: false }));
  seq.items = value.map((item) => {
    const match = pool.find((p) => !p.used && isDeepStrictEqual(p.js, item)) ?? pool.find((p) => !p.used && sameItem(p.js, item));
    if (!match) return doc.createNode(item, CREATE);
    match.used = true;
    return updateNode(doc, match.node, item);
  });
}

function updateNode(doc: Document, node: unknown, value: unknown): unknown {
  if (isDeepStrictEqual(jsOf(node), value)) return node;
  if (isMap(node) && isPlain(value)) updateMap(doc, node, value);
  else if (isSeq(node) && Array.isArray(value)) updateSeq(doc, node, value);
  else return replacement(doc, node, value);
  return node;
}

/**
 * `mpp.yaml` as the user wrote it, changed only where the answers differ (pure; the same answers give
 * the text back byte for byte, a change may respace flow collections `[ a ]`): their comments,
 * blank lines, key order and quoting stay wherever a value stays; an added key goes after the one
 * that precedes it in the answers, list items are matched by value, then by id or name. Text that
 * is no YAML document (conflict markers left in it) gives the normalized rendering instead.
 */
export function updateAnswersYaml(text: string, region: RegionAnswers, schemaPath: string): string {
  const doc = parseDocument(text, { version: '1.2' });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return renderAnswersYaml(region, schemaPath);
  if (isDeepStrictEqual(doc.toJS(), JSON.parse(JSON.stringify(region)))) return text;
  updateMap(doc, doc.contents, region as unknown as Plain);
  return doc.toString(STRINGIFY);
}
