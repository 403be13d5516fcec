import ExcelJS from 'exceljs';
import type { Grid } from './grid.js';
import { normalizeZipTimestamps } from '../render/zip-timestamps.js';

/** A grid plus what only a workbook shows: header notes and column widths. */
export interface WorkbookSheet {
  grid: Grid;
  /** Notes by 0-based row and column. */
  notes?: Array<{ row: number; column: number; text: string }>;
  /** Key/value sheets keep their first column as labels: bold too. */
  boldFirstColumn?: boolean;
  /** 0-based rows and columns holding examples: grey italics, so they read as examples. */
  exampleRows?: number[];
  exampleColumns?: number[];
  /** Drop-down lists: cells (`D2:D1000`) that offer the values of a list on the choices sheet. */
  dropdowns?: Array<{ range: string; values: readonly string[] }>;
}

/** The font of example cells (the marker that keeps them out of the import is a cell value; this is only the look). */
const EXAMPLE_FONT = { italic: true, color: { argb: 'FF808080' } };

/** The hidden sheet that holds the drop-down lists (one list per column; lists can be longer than a formula allows). */
export interface ChoicesSheet {
  name: string;
}

/** `A`, `B`, ... `Z`, `AA`: the letters of a 1-based column number. */
export function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** The cells of the drop-downs, as ExcelJS keeps them (its typings leave this part out). */
type DataValidations = { add: (range: string, validation: object) => void };

/** A fixed timestamp for the workbook properties: output must not depend on the clock. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** Writes sheets into xlsx bytes; the same sheets always give the same bytes. */
export async function writeWorkbook(sheets: readonly WorkbookSheet[], choices?: ChoicesSheet): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mpp-kit';
  workbook.lastModifiedBy = 'mpp-kit';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const lists: Array<readonly string[]> = [];
  for (const { grid, notes, boldFirstColumn, exampleRows, exampleColumns, dropdowns } of sheets) {
    const worksheet = workbook.addWorksheet(grid.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    grid.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null) return;
        worksheet.getCell(r + 1, c + 1).value = value;
      });
    });
    const width = Math.max(0, ...grid.rows.map((row) => row.length));
    for (let c = 1; c <= width; c++) {
      const lengths = grid.rows.map((row) => String(row[c - 1] ?? '').split('\n').reduce((m, l) => Math.max(m, l.length), 0));
      worksheet.getColumn(c).width = Math.min(60, Math.max(10, ...lengths) + 2);
    }
    worksheet.getRow(1).font = { bold: true };
    if (boldFirstColumn) worksheet.getColumn(1).font = { bold: true };
    for (const r of exampleRows ?? []) worksheet.getRow(r + 1).font = EXAMPLE_FONT;
    for (const c of exampleColumns ?? []) {
      grid.rows.forEach((_, r) => {
        if (r > 0) worksheet.getCell(r + 1, c + 1).font = EXAMPLE_FONT;
      });
    }
    for (const note of notes ?? []) worksheet.getCell(note.row + 1, note.column + 1).note = note.text;
    for (const dropdown of choices ? (dropdowns ?? []) : []) {
      lists.push(dropdown.values);
      const column = columnLetters(lists.length);
      const source = `'${choices!.name}'!$${column}$1:$${column}$${Math.max(1, dropdown.values.length)}`;
      (worksheet as unknown as { dataValidations: DataValidations }).dataValidations.add(dropdown.range, { type: 'list', allowBlank: true, formulae: [source], showErrorMessage: true });
    }
  }
  if (choices && lists.length > 0) {
    const sheet = workbook.addWorksheet(choices.name, { state: 'hidden' });
    lists.forEach((values, index) => values.forEach((value, row) => (sheet.getCell(row + 1, index + 1).value = value)));
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return normalizeZipTimestamps(new Uint8Array(buffer as ArrayBuffer));
}
