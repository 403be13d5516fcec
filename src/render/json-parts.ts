/**
 * `JSON.stringify(value, null, 2)` in pieces: concatenated, they are exactly that text. Objects and
 * arrays down to `depth` levels are opened here, one piece per member below that, so that no piece
 * is larger than one member (see TextParts). Values with a `toJSON` method, and anything JSON.stringify
 * leaves out (undefined, functions, symbols), are handled as JSON.stringify does.
 */
export function jsonParts(value: unknown, depth = 2): string[] {
  const out: string[] = [];
  const text = (v: unknown, level: number): string | undefined => {
    const json = JSON.stringify(v, null, 2) as string | undefined;
    return json === undefined || level === 0 ? json : json.replaceAll('\n', `\n${'  '.repeat(level)}`);
  };
  const open = (v: unknown): v is object => typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
  const walk = (v: unknown, level: number): boolean => {
    if (level >= depth || !open(v)) {
      const json = text(v, level);
      if (json === undefined) return false;
      out.push(json);
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
