import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { SHEETS } from './columns.js';
import type { CellValue } from './grid.js';
import { columnNote } from './column-notes.js';
import { writeWorkbook, type WorkbookSheet } from './xlsx-write.js';
import { EXAMPLE_HEADER, exampleRow } from './examples.js';

/**
 * An empty workbook in the import layout: headers in `lang`, a note on every header cell explaining its
 * column, and examples that are visibly examples and never imported (src/spreadsheet/examples.ts):
 * on the region sheet a third column of example values, on every table sheet an example row 2 in
 * grey italics with a marker cell after it. An untouched template imports nothing. Same `lang`,
 * same bytes.
 */
export async function workbookTemplate(lang: Lang): Promise<Uint8Array> {
  const sheets: WorkbookSheet[] = SHEETS.map((sheet) => {
    if (sheet.kind === 'keyValue') {
      const rows: CellValue[][] = [[sheet.labelHeader[lang], sheet.valueHeader[lang], EXAMPLE_HEADER[lang]]];
      const notes = [{ row: 0, column: 2, text: t(lang, 'sheet.note.exampleColumn') }];
      sheet.fields.forEach((field, index) => {
        rows.push([field.header[lang], null, field.example ?? null]);
        notes.push({ row: index + 1, column: 0, text: columnNote(sheet, field, lang) });
      });
      return { grid: { name: sheet.name[lang], rows }, notes, boldFirstColumn: true, exampleColumns: [2] };
    }
    const header = sheet.columns.map((c) => c.header[lang]);
    const example = exampleRow(sheet, lang);
    const notes = sheet.columns.map((column, index) => ({
      row: 0,
      column: index,
      text: (index === 0 ? `${t(lang, 'sheet.note.example')}\n` : '') + columnNote(sheet, column, lang),
    }));
    return { grid: { name: sheet.name[lang], rows: [header, example] }, notes, exampleRows: [1] };
  });
  return writeWorkbook(sheets);
}
