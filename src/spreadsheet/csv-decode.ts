import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import type { InputIssue, Result } from '../config/errors.js';

/** Text of a CSV file and what the reader had to assume about its encoding. */
export interface DecodedCsv {
  text: string;
  /** Warnings for the user (encoding guessed), each naming the file. */
  warnings: InputIssue[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Windows-1252 bytes 0x80-0x9F (the rest is Latin-1, the same code points). Node's TextDecoder
 * decodes 'windows-1252' as Latin-1 (0x80 becomes U+0080, not the euro sign), so the table is
 * here; undefined bytes stay undefined and make the file refused.
 */
const CP1252_HIGH: ReadonlyArray<number | undefined> = [
  0x20ac, undefined, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, undefined, 0x017d, undefined,
  undefined, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, undefined, 0x017e, 0x0178,
];

/** Windows-1252 text, or undefined when a byte has no character in it. */
function decodeWindows1252(bytes: Uint8Array): string | undefined {
  let out = '';
  for (const byte of bytes) {
    const code = byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : byte;
    if (code === undefined) return undefined;
    out += String.fromCharCode(code);
  }
  return out;
}

/** C0 controls other than tab, CR, LF, and the C1 range: never in a CSV that a person typed. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * The text of a CSV file from its bytes, never with silent U+FFFD: UTF-8 with or without BOM is
 * read as is; UTF-16 with a BOM (Excel's "Unicode text") is read as UTF-16; anything else that is
 * not valid UTF-8 is read as Windows-1252 (the legacy Excel "CSV" encoding on Indonesian and
 * Western Windows, a superset of Latin-1) with a warning naming the file; bytes that are not text
 * in either (control characters, NUL) are refused with a message naming the file.
 */
export function decodeCsvBytes(bytes: Uint8Array, file: string | undefined, lang: Lang): Result<DecodedCsv> {
  const name = file ?? 'CSV';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, value: { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] } };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, value: { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] } };
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    if (CONTROL.test(text)) return refuse(name, file, lang);
    return { ok: true, value: { text, warnings: [] } };
  }
  const legacy = decodeWindows1252(body);
  if (legacy === undefined || CONTROL.test(legacy)) return refuse(name, file, lang);
  return {
    ok: true,
    value: { text: legacy, warnings: [{ path: '', file, code: 'csv-encoding-guessed', message: t(lang, 'sheet.csvLegacyEncoding', { file: name }) }] },
  };
}

function refuse(name: string, file: string | undefined, lang: Lang): Result<DecodedCsv> {
  return { ok: false, issues: [{ path: '', file, code: 'csv-not-text', message: t(lang, 'sheet.csvNotText', { file: name }) }] };
}
