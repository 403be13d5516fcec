/** A character JavaScript cannot keep in a one-byte string. */
const WIDE = /[^\u0000-\u00ff]/u;

/**
 * `JSON.stringify(value, null, 2)` in pieces: concatenated, they are exactly that text. The value is
 * opened into its members; a member whose text holds a character above U+00FF is opened in turn
 * (down to `depth` levels), so that such a character makes only a small piece two bytes a
 * character, never the whole text (see TextParts); every other member is one piece. Values with a `toJSON` method, and anything JSON.stringify leaves
 * out (undefined, functions, symbols), are handled as JSON.stringify does.
 */
export function jsonParts(value: unknown, depth = 4): string[] {
  const out: string[] = [];
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
  const walk = (v: unknown, level: number): boolean => {
    if (level >= depth || !open(v)) {
      const json = text(v, level);
      if (json === undefined) return false;
      out.push(json);
      return true;
    }
    // The value itself is always opened (its text is the whole file); a member only when it must be.
    const whole = level === 0 ? undefined : (text(v, level) as string);
    if (whole !== undefined && !WIDE.test(whole)) {
      out.push(whole);
      return true;
    }
    const inner = '  '.repeat(level + 1);
    const members: Array<[string, unknown]> = Array.isArray(v) ? Array.from(v, (item): [string, unknown] => ['', item]) : Object.entries(v);
    const [start, end] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
    let first = true;
    for (const [key, member] of members) {
      const mark = out.length;
      out.push(`${first ? `${start}\n` : ',\n'}${inner}${Array.isArray(v) ? '' : `${JSON.stringify(key)}: `}`);
      // An array keeps a member JSON cannot write as null; an object leaves it out.
      if (walk(member, level + 1)) first = false;
      else if (Array.isArray(v)) {
        out.push('null');
        first = false;
      } else out.length = mark;
    }
    out.push(first ? `${start}${end}` : `\n${'  '.repeat(level)}${end}`);
    return true;
  };
  walk(value, 0);
  return out;
}
