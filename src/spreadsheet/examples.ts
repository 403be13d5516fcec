import type { Lang, Localized } from '../i18n/types.js';
import type { Column, TableSheet } from './columns.js';
import { cellToText } from './cell-decode.js';
import type { CellValue } from './grid.js';

/**
 * How the template marks its example rows so that they are visibly examples and never imported,
 * also after Excel, LibreOffice or a script (openpyxl) saved the workbook again: a plain cell value,
 * which every program keeps (styles and notes are not always kept).
 * - table sheets: row 2 carries the example and, in the first column after the last header, this
 *   marker text;
 * - the key/value sheet (Wilayah): examples sit in a third column headed EXAMPLE_HEADER; the
 *   import reads only the first two columns.
 */
export const EXAMPLE_MARKER: Localized = {
  id: '◀ CONTOH: baris ini tidak diimpor; isi data di baris berikutnya',
  en: '◀ EXAMPLE: this row is not imported; enter data on the rows below',
};

export const EXAMPLE_HEADER: Localized = { id: 'Contoh (tidak diimpor)', en: 'Example (not imported)' };

/** Both languages' markers, compared trimmed and case-blind (a re-save never changes them, a person might). */
function isMarker(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  const text = cellToText(value).trim().toLowerCase();
  return text !== '' && [EXAMPLE_MARKER.id, EXAMPLE_MARKER.en].some((m) => m.toLowerCase() === text);
}

/** The 0-based column of the example marker in a row, or -1. */
export function exampleMarkerColumn(row: readonly (CellValue | undefined)[]): number {
  return row.findIndex(isMarker);
}

/** The template's example row of a table sheet, in sheet column order, with the marker after it. */
export function exampleRow(sheet: TableSheet, lang: Lang): CellValue[] {
  return [...sheet.columns.map((c) => c.example ?? null), EXAMPLE_MARKER[lang]];
}

/**
 * Whether a marked row still holds the template's example values (then it is skipped). A marked
 * row that was typed over is not skipped silently: the import reports it, so no data is lost.
 */
export function isUntouchedExample(row: readonly (CellValue | undefined)[], mapped: ReadonlyArray<Column | undefined>): boolean {
  return mapped.every((column, index) => {
    if (!column) return true;
    const value = row[index];
    const text = value === null || value === undefined ? '' : cellToText(value).trim();
    return text === (column.example === undefined || column.example === null ? '' : cellToText(column.example).trim());
  });
}
