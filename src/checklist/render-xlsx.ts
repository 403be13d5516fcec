import ExcelJS from 'exceljs';
import { t } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/types.js';
import type { ChecklistFile } from '../generated/checklist.types.js';
import { checklistRows, columnHeaders, rowCells } from './rows.js';
import { normalizeZipTimestamps } from '../render/zip-timestamps.js';

const WIDTHS = [5, 22, 40, 60, 28, 28, 32, 12, 22, 14, 30, 28];

/** The workbook's created/modified time: the launch date, or the Unix epoch (never the clock). */
function fixedTime(checklist: ChecklistFile): Date {
  return new Date(checklist.launchDate ? `${checklist.launchDate}T00:00:00Z` : 0);
}

/**
 * The workbook of `checklist.xlsx`, every row added. Made in a function of its own: the rows are
 * released before the workbook is written (a large region's checklist is tens of thousands of rows).
 */
function checklistWorkbook(checklist: ChecklistFile, lang: Lang): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const time = fixedTime(checklist);
  workbook.creator = 'mpp-kit';
  workbook.lastModifiedBy = 'mpp-kit';
  workbook.created = time;
  workbook.modified = time;
  const sheet = workbook.addWorksheet(t(lang, 'checklist.sheetName'), {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const headers = columnHeaders(lang);
  sheet.columns = headers.map((header, i) => ({ header, width: WIDTHS[i] ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of checklistRows(checklist, lang)) {
    // Strings go in as text cells (never formulas), so they need no apostrophe as the CSV does.
    sheet.addRow(rowCells(row)).alignment = { vertical: 'top', wrapText: true };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  return workbook;
}

/**
 * `checklist.xlsx`: one sheet, one row per item, the columns a civil servant expects; header row
 * frozen and filtered. Byte-identical for the same checklist: fixed workbook times, zip entry times
 * normalized.
 */
export async function renderChecklistXlsx(checklist: ChecklistFile, lang: Lang): Promise<Uint8Array> {
  const buffer = await checklistWorkbook(checklist, lang).xlsx.writeBuffer();
  return normalizeZipTimestamps(new Uint8Array(buffer as ArrayBuffer));
}
