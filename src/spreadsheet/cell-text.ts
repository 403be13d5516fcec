import { neutralizeFormula } from '../render/escape.js';

/** A text that starts with apostrophes followed by a formula character. */
const QUOTED_FORMULA = /^'+[=+\-@\t\r]/;

/**
 * Text as written into a cell: `neutralizeFormula` (a leading apostrophe before = + - @), and one more
 * apostrophe when the text itself already starts with apostrophes before such a character, so that
 * `decodeCellText` can always remove exactly the one added here.
 */
export function encodeCellText(text: string): string {
  return QUOTED_FORMULA.test(text) ? `'${text}` : neutralizeFormula(text);
}

/** Inverse of `encodeCellText`: removes the apostrophe added against formula injection. */
export function decodeCellText(cell: string): string {
  return QUOTED_FORMULA.test(cell) ? cell.slice(1) : cell;
}

/** Line breaks as a spreadsheet cell keeps them (xlsx stores CR LF and CR as LF). */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');
}

/**
 * A list cell (already decoded from formula protection) -> items: a JSON array of strings when the cell
 * holds one, otherwise one item per line, each trimmed, blank lines skipped.
 */
export function decodeListText(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (isStringArray(parsed)) return parsed;
    } catch {
      /* not JSON: read as lines */
    }
  }
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Items -> list cell text: one per line when that reads back exactly, else a JSON array. */
export function encodeListText(items: readonly string[]): string {
  const plain = items.join('\n');
  const back = decodeListText(plain);
  const exact = back.length === items.length && back.every((item, index) => item === items[index]);
  return exact ? plain : JSON.stringify(items);
}
