import type { Lang } from './types.js';

/**
 * 15000 -> "15.000" (id) or "15,000" (en): whole numbers with the language's thousands mark, without
 * the runtime's locale data (the first `toLocaleString` in a process starts ICU's number formatting,
 * tens of milliseconds of start-up for a dot or a comma).
 */
export function groupThousands(amount: number, lang: Lang): string {
  const digits = String(Math.trunc(Math.abs(amount)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
  return amount < 0 ? `-${grouped}` : grouped;
}
