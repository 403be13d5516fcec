import { stringify, type CreateNodeOptions, type DocumentOptions, type SchemaOptions, type ToStringOptions } from 'yaml';

type Options = DocumentOptions & SchemaOptions & CreateNodeOptions & ToStringOptions;

/** True when some object or array is reachable twice (the serializer would write an anchor and alias). */
function sharesObjects(value: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null) continue;
    if (seen.has(next)) return true;
    seen.add(next);
    for (const member of Array.isArray(next) ? next : Object.values(next)) stack.push(member);
  }
  return false;
}

/** Each line that is not empty, two spaces further in (a block sequence under a map key). */
const indented = (text: string): string => text.replace(/^(?=.)/gmu, '  ');

/**
 * `stringify(map, options)` of the `yaml` library in pieces: concatenated, they are exactly that
 * text. The sequence under `key` is written one item at a time (a large checklist is one item per
 * agency and service, tens of MB as one document), the map's other keys around it. A map whose
 * sequence is empty, or with an object reachable twice (written with anchors), is one piece. The
 * pieces are made one at a time as they are read (the pieces read are not kept).
 */
export function* yamlMapPieces(map: Record<string, unknown>, key: string, options: Options): Generator<string> {
  const items = map[key];
  if (!Array.isArray(items) || items.length === 0 || sharesObjects(map)) {
    yield stringify(map, options);
    return;
  }
  const keys = Object.keys(map);
  const at = keys.indexOf(key);
  const part = (from: number, to: number): string[] => (from < to ? [stringify(Object.fromEntries(keys.slice(from, to).map((k) => [k, map[k]])), options)] : []);
  yield* part(0, at);
  yield stringify({ [key]: [] }, options).replace(/ \[\]\n$/u, '\n');
  for (const item of items) yield indented(stringify([item], options));
  yield* part(at + 1, keys.length);
}
