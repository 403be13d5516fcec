/**
 * A text file rendered as pieces, in order: concatenated, they are the file. A very large file is
 * handed on this way so that it is never one string: one character above U+00FF anywhere makes a
 * whole JavaScript string two bytes a character, and a region's app-config.json is hundreds of MB.
 * A piece never ends inside a surrogate pair (each is encoded on its own).
 */
export class TextParts {
  constructor(
    /** The pieces, or a function that makes them one at a time (called again for each reading). */
    private readonly source: readonly string[] | (() => Iterable<string>),
    /**
     * Reading the pieces again costs little next to holding the file's bytes twice (pieces of
     * `JSON.stringify`, unlike a YAML serializer's): whoever encodes them may read them twice, for
     * the size and then into a buffer of that size. Always true of pieces given as an array.
     */
    readonly cheapToReread = Array.isArray(source),
  ) {}

  /** The pieces, in order. */
  pieces(): Iterable<string> {
    return typeof this.source === 'function' ? this.source() : this.source;
  }

  /** The file as one string. */
  text(): string {
    return [...this.pieces()].join('');
  }
}

/** A file as a renderer hands it on: text, bytes, or text in pieces. */
export type RenderedFile = string | Uint8Array | TextParts;
