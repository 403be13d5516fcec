import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { SHEETS } from './columns.js';
import type { CellValue } from './grid.js';
import { columnNote } from './column-notes.js';
import { writeWorkbook, type WorkbookSheet } from './xlsx-write.js';

/**
 * An empty workbook in the import layout: headers in `lang`, a note on every header cell explaining its
 * column, and one example row per sheet (the examples together form a valid region, so an untouched
 * template imports). Same `lang`, same bytes.
 */
export async function workbookTemplate(lang: Lang): Promise<Uint8Array> {
  const sheets: WorkbookSheet[] = SHEETS.map((sheet) => {
    if (sheet.kind === 'keyValue') {
      const rows: CellValue[][] = [[sheet.labelHeader[lang], sheet.valueHeader[lang]]];
      const notes = [{ row: 0, column: 1, text: t(lang, 'sheet.note.example') }];
      sheet.fields.forEach((field, index) => {
        rows.push([field.header[lang], field.example ?? null]);
        notes.push({ row: index + 1, column: 0, text: columnNote(sheet, field, lang) });
      });
      return { grid: { name: sheet.name[lang], rows }, notes, boldFirstColumn: true };
    }
    const header = sheet.columns.map((c) => c.header[lang]);
    const example = sheet.columns.map((c) => c.example ?? null);
    const notes = sheet.columns.map((column, index) => ({
      row: 0,
      column: index,
      text: (index === 0 ? `${t(lang, 'sheet.note.example')}\n` : '') + columnNote(sheet, column, lang),
    }));
    return { grid: { name: sheet.name[lang], rows: [header, example] }, notes };
  });
  return writeWorkbook(sheets);
}
