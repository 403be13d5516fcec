/** A character JavaScript cannot keep in a one-byte string. */
const WIDE = /[^\u0000-\u00ff]/u;

/**
 * `JSON.stringify(value, null, 2)` in pieces: concatenated, they are exactly that text. The value is
 * opened into its members; a member whose text holds a character above U+00FF is opened in turn
 * (down to `depth` levels), so that such a character makes only a small piece two bytes a
 * character, never the whole text (see TextParts); every other member is one piece. Values with a `toJSON` method, and anything JSON.stringify leaves
 * out (undefined, functions, symbols), are handled as JSON.stringify does. The pieces are made one at
 * a time as they are read (the pieces read are not kept).
 */
export function* jsonPieces(value: unknown, depth = 4): Generator<string> {
  const open = (v: unknown): v is object => typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
  const text = (v: unknown, level: number): string | undefined => {
    if (level === 0 || !open(v)) {
      const json = JSON.stringify(v, null, 2) as string | undefined;
      return json === undefined || level === 0 ? json : json.replaceAll('\n', `\n${'  '.repeat(level)}`);
    }
    // Inside `level` arrays JSON.stringify indents the value as it stands here: the arrays' own
    // text is cut off (a slice of the text, not a copy of it).
    let wrapped: unknown = v;
    for (let i = 0; i < level; i++) wrapped = [wrapped];
    const json = JSON.stringify(wrapped, null, 2);
    return json.slice(level * (level + 1) + 2 * level, json.length - level * level - level);
  };
  // An opened value: its members one by one; a member is opened in turn only when it must be.
  function* members(v: object, level: number): Generator<string> {
    const inner = '  '.repeat(level + 1);
    const array = Array.isArray(v);
    const entries: Array<[string, unknown]> = array ? Array.from(v, (item): [string, unknown] => ['', item]) : Object.entries(v);
    const [start, end] = array ? ['[', ']'] : ['{', '}'];
    let first = true;
    for (const [key, member] of entries) {
      const opens = open(member) && level + 1 < depth;
      const whole = text(member, level + 1);
      // A member JSON cannot write: null in an array, left out of an object.
      if (whole === undefined && !array) continue;
      yield `${first ? `${start}\n` : ',\n'}${inner}${array ? '' : `${JSON.stringify(key)}: `}`;
      first = false;
      if (whole === undefined) yield 'null';
      else if (opens && WIDE.test(whole)) yield* members(member as object, level + 1);
      else yield whole;
    }
    yield first ? `${start}${end}` : `\n${'  '.repeat(level)}${end}`;
  }
  // The value itself is always opened (its text is the whole file).
  if (open(value) && depth > 0) yield* members(value, 0);
  else {
    const whole = text(value, 0);
    if (whole !== undefined) yield whole;
  }
}
