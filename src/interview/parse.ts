import type { Lang } from '../i18n/types.js';

/**
 * How a person types a number or a yes/no in the interview, in either language: `0,8` and `0.8`,
 * `1.250` (Indonesian thousands) and `1,250` (English thousands), `ya`/`tidak`/`y`/`n`/`yes`/`no`.
 * Pure; the same reading for every question, so that what the spreadsheet accepts the interview
 * accepts too.
 */

/** Thousands grouped with `.` (Indonesian) or `,` (English), without a decimal part: `12.500`, `1,250`. */
const GROUPED = { id: /^[+-]?[1-9]\d{0,2}(\.\d{3})+$/, en: /^[+-]?[1-9]\d{0,2}(,\d{3})+$/ } as const;

/**
 * A number typed as text, or undefined when the text is no number. A single `,` or `.` is the decimal
 * mark (`0,8`, `2.5`), except where it groups thousands in the run's language (`1.000` is a thousand
 * in Indonesian, `1,000` in English); with both marks, the last one is the decimal mark (`1.234,5`).
 */
export function parseNumber(text: string, lang: Lang): number | undefined {
  const plain = text.trim().replace(/[\s\u00a0]/g, '');
  if (plain === '') return undefined;
  let normal: string;
  if (GROUPED[lang].test(plain)) normal = plain.replace(/[.,]/g, '');
  else if (plain.includes('.') && plain.includes(',')) {
    const decimal = plain.lastIndexOf(',') > plain.lastIndexOf('.') ? ',' : '.';
    const grouping = decimal === ',' ? '.' : ',';
    normal = plain.split(grouping).join('').replace(decimal, '.');
  } else normal = plain.replace(',', '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normal)) return undefined;
  return Number(normal);
}

/** A number typed as text -> the number; anything else (a number already, a word) unchanged. */
export function toNumber(value: unknown, lang: Lang = 'id'): unknown {
  if (typeof value !== 'string') return value;
  return parseNumber(value, lang) ?? value;
}

/** The words read as yes and as no, in both languages (a run in English still understands `ya`). */
const YES = ['ya', 'yes'];
const NO = ['tidak', 'no'];

/**
 * `ya` -> true, `tidak` -> false, a boolean as it is; anything else (an empty answer too) undefined.
 * A word is read as the terminal's yes/no prompt reads it: any start of one of the words (`y`, `t`,
 * `tid`, `n`), in any case.
 */
export function parseYesNo(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if (word === '') return undefined;
  if (YES.some((yes) => yes.startsWith(word))) return true;
  if (NO.some((no) => no.startsWith(word))) return false;
  return undefined;
}
