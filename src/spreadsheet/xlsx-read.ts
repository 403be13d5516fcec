import ExcelJS from 'exceljs';
import type { CellValue, Grid } from './grid.js';
import { withoutCellNotes } from './xlsx-sanitize.js';

/** Largest workbook accepted (a region with thousands of services stays far below it). */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

type RawCell = ExcelJS.CellValue | undefined;

/** An exceljs cell value as a plain cell: rich text joined, formulas by their result, errors as text. */
export function plainCell(value: RawCell): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  const object = value as unknown as Record<string, unknown>;
  if (Array.isArray(object.richText)) return (object.richText as Array<{ text: string }>).map((part) => part.text).join('');
  if ('formula' in object || 'sharedFormula' in object) return plainCell(object.result as RawCell);
  if ('hyperlink' in object) return plainCell(object.text as RawCell);
  if ('error' in object) return String(object.error);
  return null;
}

/**
 * xlsx bytes -> one grid per worksheet (cell values only; cell notes are not read, so notes written
 * by other programs cannot break the import). Throws when the bytes are not a workbook.
 */
export async function readWorkbook(data: Uint8Array): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  const clean = await withoutCellNotes(data);
  await workbook.xlsx.load(Buffer.from(clean.buffer, clean.byteOffset, clean.byteLength) as unknown as ArrayBuffer);
  const grids: Grid[] = [];
  workbook.eachSheet((worksheet) => {
    const rows: CellValue[][] = [];
    const width = worksheet.columnCount;
    for (let r = 1; r <= worksheet.rowCount; r++) {
      const row = worksheet.getRow(r);
      const cells: CellValue[] = [];
      for (let c = 1; c <= width; c++) cells.push(plainCell(row.getCell(c).value));
      rows.push(cells);
    }
    grids.push({ name: worksheet.name, rows });
  });
  return grids;
}
