import { csvRow } from '../render/escape.js';
import type { Lang } from '../i18n/types.js';
import type { ChecklistFile } from '../generated/checklist.types.js';
import { TextParts } from '../render/text-parts.js';
import { checklistRows, columnHeaders, rowCells } from './rows.js';

/**
 * `checklist.csv`: one row per item (RFC 4180, CRLF, formula-neutralized cells), one piece per row:
 * a large region's CSV is never one string (see TextParts).
 */
export function renderChecklistCsv(checklist: ChecklistFile, lang: Lang): TextParts {
  return new TextParts(function* csvRows() {
    yield csvRow(columnHeaders(lang));
    for (const row of checklistRows(checklist, lang)) yield csvRow(rowCells(row));
  });
}
