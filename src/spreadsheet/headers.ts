import type { Localized } from '../i18n/types.js';
import type { Column } from './columns.js';

/** Header text compared case-, space- and punctuation-insensitively. */
export function normalizeHeader(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_.:()/-]+/g, '');
}

export function matchesName(text: string, name: Localized, extra: readonly string[] = []): boolean {
  const key = normalizeHeader(text);
  return [name.id, name.en, ...extra].some((candidate) => normalizeHeader(candidate) === key);
}

/** The column a header names (Bahasa Indonesia, English, or the field path). */
export function findColumn(text: string, columns: readonly Column[], byPath = true): Column | undefined {
  return columns.find((column) => matchesName(text, column.header, byPath && column.path ? [column.path] : []));
}
