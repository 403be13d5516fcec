import { contentHash } from '../manifest.js';
import { PackedFile } from './packed.js';

/** A file's content as the kit renders it (text), as read from disk (bytes), or as the writer holds it until written (packed). */
export type Content = string | Uint8Array | PackedFile;

const encoder = new TextEncoder();
// `fatal`: bytes that are not UTF-8 are not text; `ignoreBOM`: a byte order mark stays in the text.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function toBytes(content: Content): Uint8Array {
  if (content instanceof PackedFile) return content.bytes();
  return typeof content === 'string' ? encoder.encode(content) : content;
}

/** SHA-256 of the bytes, the same hash the manifest of a run records (text is hashed as UTF-8 without a copy of its bytes). */
export function hashOf(content: Content): string {
  return content instanceof PackedFile ? content.hash : contentHash(content);
}

/** Length of the content's bytes (text as UTF-8). */
export function byteSize(content: Content): number {
  if (content instanceof PackedFile) return content.size;
  return typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
}

/** True when the kit rendered the content as text (bytes the kit renders, a spreadsheet, are never merged). */
export function isRenderedText(content: Content): boolean {
  return content instanceof PackedFile ? content.text : typeof content === 'string';
}

/** The content as text, or undefined when it is not UTF-8 (then it is treated as binary). */
export function asText(content: Content): string | undefined {
  if (typeof content === 'string') return content;
  try {
    return decoder.decode(toBytes(content));
  } catch {
    return undefined;
  }
}
