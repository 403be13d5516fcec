import type { ValidRegion } from '../config/valid-region.js';
import type { Result } from '../config/errors.js';
import { t } from '../i18n/catalogue.js';
import { SHEETS } from './columns.js';
import { regionToGrids } from './region-to-grids.js';
import { gridsToRegion, type ImportOptions } from './grids-to-region.js';
import { readWorkbook, MAX_WORKBOOK_BYTES } from './xlsx-read.js';
import { writeWorkbook } from './xlsx-write.js';

/** A region -> xlsx bytes in the import layout (headers in Bahasa Indonesia). Deterministic. */
export async function exportWorkbook(region: ValidRegion): Promise<Uint8Array> {
  const grids = regionToGrids(region, 'id');
  return writeWorkbook(grids.map((grid, index) => ({ grid, boldFirstColumn: SHEETS[index].kind === 'keyValue' })));
}

/** xlsx files are zip archives: they start with the local file header `PK\x03\x04`. */
function notAZip(data: Uint8Array): boolean {
  return !(data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04);
}

/** jszip's errors about the archive itself (truncated, corrupted, not a zip). */
function isZipError(error: unknown): boolean {
  return error instanceof Error && /zip|central directory|end of data|corrupted|signature/i.test(error.message);
}

/** xlsx bytes -> a validated region, or every issue at once, each naming sheet and cell (`Layanan!C7`). */
export async function importWorkbook(data: Uint8Array, options: ImportOptions): Promise<Result<ValidRegion>> {
  const fail = (code: string, message: string): Result<ValidRegion> => ({ ok: false, issues: [{ path: '', file: options.file, code, message }] });
  const file = options.file ?? 'xlsx';
  if (data.byteLength > MAX_WORKBOOK_BYTES) return fail('too-large', t(options.lang, 'load.tooLarge', { size: data.byteLength, max: MAX_WORKBOOK_BYTES }));
  let grids;
  try {
    grids = await readWorkbook(data);
  } catch (error) {
    // The libraries' own texts (jszip, exceljs TypeErrors) never reach the user: a plain message naming the file.
    return notAZip(data) || isZipError(error)
      ? fail('sheet-not-xlsx', t(options.lang, 'sheet.notXlsx', { file }))
      : fail('sheet-unreadable', t(options.lang, 'sheet.workbookUnreadable', { file }));
  }
  return gridsToRegion(grids, options);
}
