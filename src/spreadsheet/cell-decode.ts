import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { WEEKDAYS, type Weekday } from '../config/defaults.js';
import type { Column } from './columns.js';
import type { CellValue } from './grid.js';
import { isEmptyCell } from './grid.js';
import { decodeCellText, decodeListText, normalizeLineBreaks } from './cell-text.js';

export type Decoded = { ok: true; value: unknown } | { ok: false; code: string; message: string };

const ok = (value: unknown): Decoded => ({ ok: true, value });
const fail = (code: string, message: string): Decoded => ({ ok: false, code, message });

const TRUE_WORDS = new Set(['ya', 'y', 'yes', 'true', 'benar', '1', 'v', '✓']);
const FALSE_WORDS = new Set(['tidak', 't', 'no', 'n', 'false', 'salah', '0', '-']);

/** Day names accepted in the Hari column, by weekday. */
export const DAY_NAMES: Record<Weekday, { id: string; aliases: string[] }> = {
  monday: { id: 'Senin', aliases: ['senin', 'monday', 'mon', 'sen'] },
  tuesday: { id: 'Selasa', aliases: ['selasa', 'tuesday', 'tue', 'sel'] },
  wednesday: { id: 'Rabu', aliases: ['rabu', 'wednesday', 'wed', 'rab'] },
  thursday: { id: 'Kamis', aliases: ['kamis', 'thursday', 'thu', 'kam'] },
  friday: { id: 'Jumat', aliases: ['jumat', "jum'at", 'friday', 'fri', 'jum'] },
  saturday: { id: 'Sabtu', aliases: ['sabtu', 'saturday', 'sat', 'sab'] },
  sunday: { id: 'Minggu', aliases: ['minggu', 'ahad', 'sunday', 'sun', 'min'] },
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Excel day serial (1900 system) -> UTC date. */
function fromSerial(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

/** Any cell as the text a person sees (numbers in JS notation, dates as ISO dates). */
export function cellToText(raw: CellValue): string {
  if (raw === null) return '';
  if (typeof raw === 'string') return decodeCellText(normalizeLineBreaks(raw));
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  return String(raw);
}

function decodeNumber(raw: CellValue, integer: boolean, lang: Lang): Decoded {
  let value: number;
  if (typeof raw === 'number') value = raw;
  else {
    const text = cellToText(raw).trim().replace(/\s/g, '');
    // Indonesian decimal comma (0,8) is accepted when there is no other separator.
    const normalized = /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
    if (typeof raw !== 'string' || !/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalized)) {
      return fail('sheet-not-number', t(lang, 'sheet.notNumber', { value: cellToText(raw) }));
    }
    value = Number(normalized);
  }
  if (!Number.isFinite(value)) return fail('sheet-not-number', t(lang, 'sheet.notNumber', { value: String(value) }));
  if (integer && !Number.isInteger(value)) return fail('sheet-not-integer', t(lang, 'sheet.notInteger', { value: String(value) }));
  return ok(value);
}

function decodeTime(raw: CellValue, lang: Lang): Decoded {
  if (raw instanceof Date) return ok(`${pad2(raw.getUTCHours())}:${pad2(raw.getUTCMinutes())}`);
  if (typeof raw === 'number' && raw >= 0 && raw < 1) {
    const minutes = Math.round(raw * 1440);
    return ok(`${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`);
  }
  const text = cellToText(raw).trim();
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text);
  if (!match) return fail('sheet-not-time', t(lang, 'sheet.notTime', { value: text }));
  return ok(`${pad2(Number(match[1]))}:${match[2]}`);
}

function decodeBreaks(raw: CellValue, lang: Lang): Decoded {
  const lines = cellToText(raw).split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const breaks: Array<{ start: string; end: string }> = [];
  for (const line of lines) {
    const match = /^(\d{1,2}[:.]\d{2})\s*[-–—]\s*(\d{1,2}[:.]\d{2})$/.exec(line);
    const start = match ? decodeTime(match[1], lang) : undefined;
    const end = match ? decodeTime(match[2], lang) : undefined;
    if (!start?.ok || !end?.ok) return fail('sheet-not-break', t(lang, 'sheet.notBreak', { value: line }));
    breaks.push({ start: start.value as string, end: end.value as string });
  }
  return ok(breaks);
}

function decodeDay(raw: CellValue, lang: Lang): Decoded {
  const text = cellToText(raw).trim().toLowerCase();
  for (const day of WEEKDAYS) if (DAY_NAMES[day].aliases.includes(text)) return ok(day);
  return fail('sheet-not-day', t(lang, 'sheet.notDay', { value: cellToText(raw).trim() }));
}

function decodeDate(raw: CellValue, lang: Lang): Decoded {
  if (raw instanceof Date) return ok(raw.toISOString().slice(0, 10));
  // A whole number 1900-2100 is a year typed alone (a launch known only by its year), not a date serial.
  if (typeof raw === 'number') return ok(Number.isInteger(raw) && raw >= 1900 && raw <= 2100 ? String(raw) : fromSerial(raw).toISOString().slice(0, 10));
  const text = cellToText(raw).trim();
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) return ok(text);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dmy) return ok(`${dmy[3]}-${pad2(Number(dmy[2]))}-${pad2(Number(dmy[1]))}`);
  return fail('sheet-not-date', t(lang, 'sheet.notDate', { value: text }));
}

/**
 * One cell -> the value for its column, `undefined` for an empty cell, or a located-later failure.
 * Texts are kept exactly (only the formula apostrophe is removed); typed values are trimmed.
 */
export function decodeCell(raw: CellValue | undefined, column: Column, lang: Lang): Decoded {
  if (raw === undefined || isEmptyCell(raw)) return ok(undefined);
  switch (column.type) {
    case 'text':
      return ok(cellToText(raw));
    case 'id': {
      const text = cellToText(raw).trim();
      return ok(text);
    }
    case 'idList':
      return ok(cellToText(raw).split(/[\s,;]+/).filter((s) => s !== ''));
    case 'textList':
      return ok(decodeListText(cellToText(raw)));
    case 'integer':
      return decodeNumber(raw, true, lang);
    case 'number':
      return decodeNumber(raw, false, lang);
    case 'boolean': {
      if (typeof raw === 'boolean') return ok(raw);
      const word = cellToText(raw).trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return ok(true);
      if (FALSE_WORDS.has(word)) return ok(false);
      return fail('sheet-not-boolean', t(lang, 'sheet.notBoolean', { value: cellToText(raw).trim() }));
    }
    case 'enum': {
      const text = cellToText(raw).trim();
      const values = column.values ?? [];
      const found = values.find((v) => v.toLowerCase() === text.toLowerCase());
      if (found !== undefined) return ok(found);
      return fail('sheet-not-allowed', t(lang, 'sheet.notAllowed', { value: text, allowed: values.join(', ') }));
    }
    case 'date':
      return decodeDate(raw, lang);
    case 'time':
      return decodeTime(raw, lang);
    case 'breaks':
      return decodeBreaks(raw, lang);
    case 'day':
      return decodeDay(raw, lang);
    case 'json': {
      const text = cellToText(raw).trim();
      try {
        return ok(JSON.parse(text));
      } catch {
        return fail('sheet-not-json', t(lang, 'sheet.notJson', { value: text }));
      }
    }
  }
}
