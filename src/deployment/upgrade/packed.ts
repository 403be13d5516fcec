import { gunzipSync, gzipSync } from 'node:zlib';
import { contentHash } from '../manifest.js';
import { TextParts, type RenderedFile } from '../../render/text-parts.js';

/**
 * gzip at level 9 with the header's OS byte set to 255 ("unknown", RFC 1952), so that the same
 * content gives the same object on every platform (the modification time is already 0): the bytes
 * of a base-store object. The result is copied out of zlib's output chunk: a small object would
 * otherwise keep the whole chunk (16 KiB) alive, which for a region's thousands of objects is
 * hundreds of MB.
 */
export function storeObject(bytes: Uint8Array): Uint8Array {
  const out = Uint8Array.from(gzipSync(bytes, { level: 9 }));
  out[9] = 0xff;
  return out;
}

const encoder = new TextEncoder();

/**
 * A rendered file held as its base-store object (gzip) until it is written: a large region's files
 * are hundreds of MB as text, a tenth of that compressed, and the store needs the object anyway.
 * `text` tells a file rendered as text from one rendered as bytes (a spreadsheet), which is never
 * merged.
 */
export class PackedFile {
  constructor(
    /** SHA-256 of the bytes (as contentHash). */
    readonly hash: string,
    /** Length of the bytes. */
    readonly size: number,
    readonly text: boolean,
    /** The bytes as the base store keeps them (storeObject). */
    readonly object: Uint8Array,
  ) {}

  /** The file's bytes, inflated again. */
  bytes(): Uint8Array {
    return new Uint8Array(gunzipSync(this.object));
  }
}

/** Text in pieces as UTF-8, never joined into one string: the bytes of each piece, joined. */
function encodePieces(parts: TextParts): Uint8Array {
  const chunks: Buffer[] = [];
  for (const piece of parts.pieces()) chunks.push(Buffer.from(piece, 'utf8'));
  return Buffer.concat(chunks);
}

/**
 * The same bytes from pieces read twice (their size, then their bytes into a buffer of that size):
 * the bytes are never held twice, as pieces and joined.
 */
function encodeMeasured(parts: TextParts): Uint8Array {
  let size = 0;
  for (const piece of parts.pieces()) size += Buffer.byteLength(piece, 'utf8');
  const bytes = Buffer.allocUnsafe(size);
  let offset = 0;
  for (const piece of parts.pieces()) {
    const length = Buffer.byteLength(piece, 'utf8');
    if (offset + length > size) break;
    offset += bytes.write(piece, offset, 'utf8');
  }
  if (offset !== size) throw new Error(`text in pieces changed between two readings (${size} bytes, then not)`);
  return bytes;
}

const encodeParts = (parts: TextParts): Uint8Array => (parts.cheapToReread ? encodeMeasured(parts) : encodePieces(parts));

/** A rendered file packed (see PackedFile); the text is encoded once and its bytes are not kept. */
export function packFile(content: RenderedFile): PackedFile {
  const bytes = content instanceof TextParts ? encodeParts(content) : typeof content === 'string' ? encoder.encode(content) : content;
  return new PackedFile(contentHash(bytes), bytes.byteLength, !(content instanceof Uint8Array), storeObject(bytes));
}
