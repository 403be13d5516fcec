/** A sheet as plain data: the common ground of the xlsx and CSV readers and writers. */
export type CellValue = string | number | boolean | Date | null;

export interface Grid {
  name: string;
  rows: CellValue[][];
}

/** Column letters of a 0-based column index: 0 -> A, 26 -> AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `Sheet!C7` from a sheet name and 0-based row and column. */
export function cellRef(sheet: string, row: number, column: number): string {
  return `${sheet}!${columnLetters(column)}${row + 1}`;
}

/** `Sheet!7:7`, a whole row (0-based row). */
export function rowRef(sheet: string, row: number): string {
  return `${sheet}!${row + 1}:${row + 1}`;
}

export function isEmptyCell(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
