import type { LaunchDate, Lifecycle } from '../config/launch.js';
import { launchStart } from '../config/launch.js';
import type { CatalogueItem } from '../generated/catalogue.types.js';
import { addDays, dueDate, isIsoDate } from './dates.js';

/**
 * Due dates of the checklist, for a planned MPP (weeks before the launch) and for an operating one
 * (the operating view). Pure: every date comes from the answers (launch date, mpp.asOf) and the
 * kit's data date, never from the clock.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `iso` plus `months` calendar months; a day past the month's end is clamped (Jan 31 + 1 = Feb 28/29). */
export function addMonths(iso: string, months: number): string {
  const m = ISO.exec(iso);
  if (!m || !isIsoDate(iso)) throw new Error(`not an ISO date: ${iso}`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(Number(m[3]), last);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Where the cycles of a recurring item start: the first day the launch date means, else 1 January of the reference year. */
export function cycleAnchor(launch: LaunchDate | undefined, asOf: string): string {
  return launch ? launchStart(launch) : `${asOf.slice(0, 4)}-01-01`;
}

/**
 * The next due date of work recurring every `everyMonths` months: the last day of the cycle
 * (counted from `anchor`) that is running on `asOf`. With a launch in 2018 and yearly cycles that
 * is 31 December of the reference year; with a launch on 2018-10-15, the day before the anniversary.
 */
export function nextDueDate(anchor: string, everyMonths: number, asOf: string): string {
  // Jump close to the answer, then step: the loop runs a handful of times at most.
  const [ay, am] = [Number(anchor.slice(0, 4)), Number(anchor.slice(5, 7))];
  const [ry, rm] = [Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7))];
  let k = Math.max(1, Math.floor(((ry - ay) * 12 + (rm - am)) / everyMonths) - 1);
  for (;;) {
    const end = addDays(addMonths(anchor, k * everyMonths), -1);
    if (end >= asOf) return end;
    k++;
  }
}

/** How one catalogue item is scheduled for the region. */
export interface Schedule {
  dueDate?: string;
  confirmMet?: true;
}

/** The schedule of a catalogue item, for the region's life stage. */
export function scheduleItem(entry: Pick<CatalogueItem, 'dueWeeksBefore' | 'recurs'>, life: Lifecycle): Schedule {
  const fullLaunch = life.launch && life.launch.day !== undefined ? life.launch.text : undefined;
  if (life.stage === 'planned') return fullLaunch ? { dueDate: dueDate(fullLaunch, entry.dueWeeksBefore) } : {};
  if (entry.recurs) return { dueDate: nextDueDate(cycleAnchor(life.launch, life.asOf), entry.recurs.everyMonths, life.asOf) };
  if (entry.dueWeeksBefore >= 0) return { confirmMet: true };
  // Work due once after the launch: already behind an MPP whose first possible due day has passed.
  const due = dueDate(cycleAnchor(life.launch, life.asOf), entry.dueWeeksBefore);
  return due < life.asOf ? { confirmMet: true } : { dueDate: due };
}
