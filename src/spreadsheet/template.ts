import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { SHEETS, type Column, type Sheet } from './columns.js';
import type { CellValue } from './grid.js';
import { columnNote } from './column-notes.js';
import { columnLetters, writeWorkbook, type WorkbookSheet } from './xlsx-write.js';
import { EXAMPLE_HEADER, exampleRow } from './examples.js';

/** Rows of a table sheet that offer a drop-down (a template is filled far below this rarely). */
const TEMPLATE_ROWS = 1000;

/** The values a drop-down offers for a column: an enum's values. */
const dropdownValues = (column: Column): readonly string[] | undefined => (column.type === 'enum' && column.values && column.values.length > 0 ? column.values : undefined);

/**
 * An empty workbook in the import layout: headers in `lang`, a note on every header cell explaining its
 * column, a drop-down on every column with a fixed list of values, and examples that are visibly
 * examples and never imported (src/spreadsheet/examples.ts): on the region sheet a third column of
 * example values, on every table sheet an example row 2 in grey italics with a marker cell after it.
 * An untouched template imports nothing. Same `lang`, same bytes. `sheets` is the region schema's
 * layout unless a test hands another.
 */
export async function workbookTemplate(lang: Lang, sheets: readonly Sheet[] = SHEETS): Promise<Uint8Array> {
  const out: WorkbookSheet[] = sheets.map((sheet) => {
    if (sheet.kind === 'keyValue') {
      const rows: CellValue[][] = [[sheet.labelHeader[lang], sheet.valueHeader[lang], EXAMPLE_HEADER[lang]]];
      const notes = [{ row: 0, column: 2, text: t(lang, 'sheet.note.exampleColumn') }];
      const dropdowns: NonNullable<WorkbookSheet['dropdowns']> = [];
      sheet.fields.forEach((field, index) => {
        rows.push([field.header[lang], null, field.example ?? null]);
        notes.push({ row: index + 1, column: 0, text: columnNote(field, lang) });
        const values = dropdownValues(field);
        if (values) dropdowns.push({ range: `B${index + 2}`, values });
      });
      return { grid: { name: sheet.name[lang], rows }, notes, boldFirstColumn: true, exampleColumns: [2], dropdowns };
    }
    const header = sheet.columns.map((c) => c.header[lang]);
    const example = exampleRow(sheet, lang);
    const notes = sheet.columns.map((column, index) => ({
      row: 0,
      column: index,
      text: (index === 0 ? `${t(lang, 'sheet.note.example')}\n` : '') + columnNote(column, lang),
    }));
    const dropdowns = sheet.columns.flatMap((column, index) => {
      const values = dropdownValues(column);
      const letters = columnLetters(index + 1);
      return values ? [{ range: `${letters}2:${letters}${TEMPLATE_ROWS}`, values }] : [];
    });
    return { grid: { name: sheet.name[lang], rows: [header, example] }, notes, exampleRows: [1], dropdowns };
  });
  return writeWorkbook(out, { name: t(lang, 'sheet.choicesSheet') });
}
