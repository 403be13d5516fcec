import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import type { Column } from './columns.js';

/** The note of a header cell: the column's own comment, the schema's description and allowed values. */
export function columnNote(column: Column, lang: Lang): string {
  const parts: string[] = [];
  if (column.comment) parts.push(column.comment[lang]);
  if (column.type !== 'day' && column.description) parts.push(column.description[lang]);
  if (column.type === 'enum' && column.values) parts.push(t(lang, 'sheet.note.allowed', { values: column.values.join(', ') }));
  if (column.type === 'textList') parts.push(t(lang, 'sheet.note.list'));
  if (column.type === 'boolean') parts.push(t(lang, 'sheet.note.boolean'));
  if (column.type === 'json') parts.push(t(lang, 'sheet.note.json'));
  if (column.required) parts.push(t(lang, 'sheet.note.required'));
  return parts.join('\n');
}
