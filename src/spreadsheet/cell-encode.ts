import type { Weekday } from '../config/defaults.js';
import type { Column } from './columns.js';
import type { CellValue } from './grid.js';
import { encodeCellText, encodeListText } from './cell-text.js';
import { DAY_NAMES } from './cell-decode.js';

/** A value of the region -> the cell written for its column (null for an absent value). */
export function encodeCell(value: unknown, column: Column): CellValue {
  if (value === undefined || value === null) return null;
  switch (column.type) {
    case 'integer':
    case 'number':
      return value as number;
    case 'boolean':
      return value ? 'ya' : 'tidak';
    case 'textList':
      return encodeCellText(encodeListText(value as string[]));
    case 'idList':
      return (value as string[]).join(', ');
    case 'breaks':
      return (value as Array<{ start: string; end: string }>).map((b) => `${b.start}-${b.end}`).join('\n');
    case 'day':
      return DAY_NAMES[value as Weekday].id;
    case 'json':
      return encodeCellText(JSON.stringify(value));
    default:
      return encodeCellText(String(value));
  }
}
