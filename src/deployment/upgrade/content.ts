import { contentHash } from '../manifest.js';

/** A file's content as the kit renders it (text) or as read from disk (bytes). */
export type Content = string | Uint8Array;

const encoder = new TextEncoder();
// `fatal`: bytes that are not UTF-8 are not text; `ignoreBOM`: a byte order mark stays in the text.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function toBytes(content: Content): Uint8Array {
  return typeof content === 'string' ? encoder.encode(content) : content;
}

/** SHA-256 of the bytes, the same hash the manifest of a run records (text is hashed as UTF-8 without a copy of its bytes). */
export function hashOf(content: Content): string {
  return contentHash(content);
}

/** The content as text, or undefined when it is not UTF-8 (then it is treated as binary). */
export function asText(content: Content): string | undefined {
  if (typeof content === 'string') return content;
  try {
    return decoder.decode(content);
  } catch {
    return undefined;
  }
}
