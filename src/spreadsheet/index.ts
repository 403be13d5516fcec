/** Spreadsheet import and export of region answers (xlsx workbook and single-sheet CSV). */
export { SHEETS, CSV_AGENCY_COLUMNS, type Column, type ColumnType, type Sheet, type TableSheet, type KeyValueSheet } from './columns.js';
export { workbookTemplate } from './template.js';
export { exportWorkbook, importWorkbook } from './workbook.js';
export { exportCsv, importCsv, CSV_COLUMNS, type CsvImportOptions } from './csv.js';
export { gridsToRegion, type ImportOptions } from './grids-to-region.js';
export { regionToGrids } from './region-to-grids.js';
export type { CellValue, Grid } from './grid.js';
