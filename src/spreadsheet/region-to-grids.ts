import type { ValidRegion } from '../config/valid-region.js';
import { WEEKDAYS } from '../config/defaults.js';
import type { Lang } from '../i18n/types.js';
import { SHEETS, type KeyValueSheet, type Sheet, type TableSheet } from './columns.js';
import type { CellValue, Grid } from './grid.js';
import { getPath } from './paths.js';
import { encodeCell } from './cell-encode.js';

function keyValueGrid(sheet: KeyValueSheet, region: ValidRegion, lang: Lang): Grid {
  const rows: CellValue[][] = [[sheet.labelHeader[lang], sheet.valueHeader[lang]]];
  for (const field of sheet.fields) rows.push([field.header[lang], encodeCell(getPath(region, field.path), field)]);
  return { name: sheet.name[lang], rows };
}

/** The items a table sheet shows: array items, or `{day, ...schedule}` for the opening hours. */
export function tableItems(sheet: TableSheet, region: ValidRegion): unknown[] {
  const collection = getPath(region, sheet.collection);
  if (collection === undefined || collection === null) return [];
  if (sheet.shape === 'byKey') {
    const byDay = collection as Record<string, object | undefined>;
    return WEEKDAYS.filter((day) => byDay[day] !== undefined).map((day) => ({ day, ...byDay[day] }));
  }
  return collection as unknown[];
}

function tableGrid(sheet: TableSheet, region: ValidRegion, lang: Lang): Grid {
  const rows: CellValue[][] = [sheet.columns.map((c) => c.header[lang])];
  for (const item of tableItems(sheet, region)) rows.push(sheet.columns.map((c) => encodeCell(getPath(item, c.path), c)));
  return { name: sheet.name[lang], rows };
}

export function sheetGrid(sheet: Sheet, region: ValidRegion, lang: Lang = 'id'): Grid {
  return sheet.kind === 'keyValue' ? keyValueGrid(sheet, region, lang) : tableGrid(sheet, region, lang);
}

/** A region as the workbook's sheets (headers in `lang`, Bahasa Indonesia by default). */
export function regionToGrids(region: ValidRegion, lang: Lang = 'id'): Grid[] {
  return SHEETS.map((sheet) => sheetGrid(sheet, region, lang));
}
