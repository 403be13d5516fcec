import type { DaySchedule } from '../generated/region.types.js';
import type { OpeningHours } from './valid-region.js';
import { WEEKDAYS, type Weekday } from './defaults.js';

/** Minutes since midnight of an `HH:MM` time. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

/** Minutes a day is open for service, breaks deducted. */
export function serviceMinutes(day: DaySchedule): number {
  const open = minutesOf(day.close) - minutesOf(day.open);
  const breaks = (day.breaks ?? []).reduce((sum, b) => sum + (minutesOf(b.end) - minutesOf(b.start)), 0);
  return Math.max(0, open - breaks);
}

/** The open days in weekday order, with their schedule. */
export function openDays(mpp: { openingHours: OpeningHours }): Array<{ day: Weekday; schedule: DaySchedule }> {
  const hours = mpp.openingHours as Partial<Record<Weekday, DaySchedule>>;
  return WEEKDAYS.flatMap((day) => (hours[day] ? [{ day, schedule: hours[day] as DaySchedule }] : []));
}

const meanMinutes = new WeakMap<OpeningHours, number>();

/**
 * Mean service minutes over the open days (0 when no day is open). Asked once per service: computed
 * once per opening-hours object (the answers are not changed after validation).
 */
export function meanServiceMinutesPerDay(mpp: { openingHours: OpeningHours }): number {
  const known = meanMinutes.get(mpp.openingHours);
  if (known !== undefined) return known;
  const days = openDays(mpp);
  const mean = days.length === 0 ? 0 : days.reduce((sum, d) => sum + serviceMinutes(d.schedule), 0) / days.length;
  meanMinutes.set(mpp.openingHours, mean);
  return mean;
}
