import { csvRow } from '../render/escape.js';
import type { Lang } from '../i18n/types.js';
import type { ChecklistFile } from '../generated/checklist.types.js';
import { checklistRows, columnHeaders, rowCells } from './rows.js';

/** `checklist.csv`: one row per item (RFC 4180, CRLF, formula-neutralized cells). */
export function renderChecklistCsv(checklist: ChecklistFile, lang: Lang): string {
  return [columnHeaders(lang), ...checklistRows(checklist, lang).map(rowCells)].map((cells) => csvRow(cells)).join('');
}
