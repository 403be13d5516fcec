import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** A parsed YAML document that can tell where a value sits in its text. */
export interface YamlSource {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export interface Position {
  line: number;
  column: number;
}

export function parseYamlSource(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: true,
    uniqueKeys: true,
    strict: true,
    version: '1.2',
  });
  return { doc, lineCounter };
}

function position(source: YamlSource, offset: number): Position {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * Where the value at `segments` is (or, for a missing key, where its parent is). With `key`, points at
 * the mapping key rather than the value (for unknown or misspelled keys).
 */
export function locate(source: YamlSource, segments: ReadonlyArray<string | number>, key = false): Position | undefined {
  let node: unknown = source.doc.contents;
  let best: Position | undefined = rangeStart(source, node);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return best;
      if (last && key) return rangeStart(source, pair.key) ?? best;
      node = pair.value;
      best = rangeStart(source, pair.value) ?? rangeStart(source, pair.key) ?? best;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return best;
      node = item;
      best = rangeStart(source, item) ?? best;
    } else {
      return best;
    }
  }
  return best;
}

function rangeStart(source: YamlSource, node: unknown): Position | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? position(source, range[0]) : undefined;
}

export function offsetPosition(source: YamlSource, offset: number): Position {
  return position(source, offset);
}
