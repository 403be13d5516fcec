import type { RegionAnswers } from '../generated/region.types.js';
import type { Result } from '../config/errors.js';
import { t } from '../i18n/catalogue.js';
import { SHEETS } from './columns.js';
import { regionToGrids } from './region-to-grids.js';
import { gridsToRegion, type ImportOptions } from './grids-to-region.js';
import { readWorkbook, MAX_WORKBOOK_BYTES } from './xlsx-read.js';
import { writeWorkbook } from './xlsx-write.js';

/** A region -> xlsx bytes in the import layout (headers in Bahasa Indonesia). Deterministic. */
export async function exportWorkbook(region: RegionAnswers): Promise<Uint8Array> {
  const grids = regionToGrids(region, 'id');
  return writeWorkbook(grids.map((grid, index) => ({ grid, boldFirstColumn: SHEETS[index].kind === 'keyValue' })));
}

/** xlsx bytes -> a validated region, or every issue at once, each naming sheet and cell (`Layanan!C7`). */
export async function importWorkbook(data: Uint8Array, options: ImportOptions): Promise<Result<RegionAnswers>> {
  const fail = (detail: string): Result<RegionAnswers> => ({
    ok: false,
    issues: [{ path: '', file: options.file, code: 'sheet-unreadable', message: t(options.lang, 'sheet.unreadable', { detail }) }],
  });
  if (data.byteLength > MAX_WORKBOOK_BYTES) return fail(t(options.lang, 'load.tooLarge', { size: data.byteLength, max: MAX_WORKBOOK_BYTES }));
  let grids;
  try {
    grids = await readWorkbook(data);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  return gridsToRegion(grids, options);
}
