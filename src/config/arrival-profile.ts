import type { DaySchedule, Mpp } from '../generated/region.types.js';
import { minutesOf, openDays, serviceMinutes } from './hours.js';
import { DEFAULTS } from './defaults.js';
import type { OpeningHours } from './valid-region.js';

/**
 * The hourly arrival profile of an MPP day: which share of a day's visitors arrives in each hour.
 *
 * Given counts (`mpp.arrivalProfile`) are used as they are. Without counts the kit uses its default
 * curve, a kit assumption (no published hourly counts of an Indonesian MPP were found): one morning
 * peak, centred DEFAULT_PEAK_AFTER_OPENING_MIN after opening (visitors come early because tickets
 * are rationed by a daily quota and many documents are finished the same day; the one published
 * curve in the sources, Poupatempo in Brazil, peaks between 10:00 and 16:00) over an even spread, as high as the
 * region's peak factor says: the busiest hour receives peakFactor times the mean hour's share
 * (mean over service hours, breaks deducted), exactly what the Erlang C sizing assumes. Replace it
 * with your own counts as soon as the old office or the MPP can count visitors per hour.
 */

/** Peak of the default curve, in minutes after opening (the middle of the third hour of an 08:00 day is 10:30). */
export const DEFAULT_PEAK_AFTER_OPENING_MIN = 150;

/** One slot of a day, in minutes since midnight; `share` of the day's (or window's) arrivals. */
export interface ProfileSlot {
  start: number;
  end: number;
  share: number;
}

/** One-hour slots from `open` to `close` (the last one shorter when the span is not whole hours). */
function slotsOf(open: number, close: number): Array<{ start: number; end: number }> {
  const slots: Array<{ start: number; end: number }> = [];
  for (let start = open; start < close; start += 60) slots.push({ start, end: Math.min(close, start + 60) });
  return slots;
}

function normalise(slots: Array<{ start: number; end: number }>, weights: number[]): ProfileSlot[] {
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) {
    const span = slots.reduce((s, x) => s + (x.end - x.start), 0);
    return slots.map((x) => ({ ...x, share: span > 0 ? (x.end - x.start) / span : 0 }));
  }
  return slots.map((x, i) => ({ ...x, share: weights[i] / total }));
}

/** Largest share per hour of a profile (a shorter last slot counts at its hourly rate). */
export function peakHourShare(slots: readonly ProfileSlot[]): number {
  return slots.reduce((m, s) => Math.max(m, (s.share * 60) / Math.max(1, s.end - s.start)), 0);
}

/** Width (standard deviation, minutes) of the default curve's morning bump. */
export const DEFAULT_PEAK_WIDTH_MIN = 60;

/**
 * The default curve of one day, fitted so that its busiest hour holds `targetShare` of the day: a
 * mix of an even spread (the quiet afternoon still has visitors) and a morning bump; when even the
 * pure bump is too flat for the target, the bump is narrowed.
 */
function defaultCurve(open: number, close: number, targetShare: number): ProfileSlot[] {
  const slots = slotsOf(open, close);
  const peakAt = open + DEFAULT_PEAK_AFTER_OPENING_MIN;
  const weigh = (sigma: number): number[] =>
    slots.map((s) => {
      const mid = (s.start + s.end) / 2;
      return Math.exp(-0.5 * ((mid - peakAt) / sigma) ** 2) * (s.end - s.start);
    });
  const flat = normalise(slots, slots.map((s) => s.end - s.start));
  const flatPeak = peakHourShare(flat);
  if (targetShare <= flatPeak + 1e-12) return flat;
  const bump = normalise(slots, weigh(DEFAULT_PEAK_WIDTH_MIN));
  const mix = (alpha: number, curve: ProfileSlot[]): ProfileSlot[] => curve.map((s, i) => ({ ...s, share: (1 - alpha) * flat[i].share + alpha * s.share }));
  if (targetShare <= peakHourShare(bump)) {
    // The peak share grows with the bump's weight: bisect the weight.
    let low = 0;
    let high = 1;
    for (let i = 0; i < 60; i++) {
      const mid = (low + high) / 2;
      if (peakHourShare(mix(mid, bump)) < targetShare) low = mid;
      else high = mid;
    }
    return mix(high, bump);
  }
  // Narrower bump -> higher peak: bisect the width (monotone) until the peak share matches.
  let narrow = 1;
  let wide = DEFAULT_PEAK_WIDTH_MIN;
  for (let i = 0; i < 80; i++) {
    const mid = Math.sqrt(narrow * wide);
    if (peakHourShare(normalise(slots, weigh(mid))) > targetShare) narrow = mid;
    else wide = mid;
  }
  return normalise(slots, weigh(wide));
}

/** The region's own counts over one day's slots (overlap-weighted); undefined without counts. */
function countedCurve(mpp: Pick<Mpp, 'arrivalProfile'>, open: number, close: number): ProfileSlot[] | undefined {
  if (!mpp.arrivalProfile || mpp.arrivalProfile.length === 0) return undefined;
  const slots = slotsOf(open, close);
  const weights = slots.map((s) =>
    (mpp.arrivalProfile ?? []).reduce((sum, row) => {
      const a = minutesOf(row.start);
      const overlap = Math.max(0, Math.min(s.end, a + 60) - Math.max(s.start, a));
      return sum + (row.count * overlap) / 60;
    }, 0),
  );
  return normalise(slots, weights);
}

/** The day's arrival profile over its opening span (arrivals continue during breaks: the building stays open). */
export function dayProfile(mpp: Pick<Mpp, 'arrivalProfile' | 'peakFactor'>, schedule: DaySchedule): ProfileSlot[] {
  const open = minutesOf(schedule.open);
  const close = minutesOf(schedule.close);
  const counted = countedCurve(mpp, open, close);
  if (counted) return counted;
  const hours = serviceMinutes(schedule) / 60;
  const peakFactor = mpp.peakFactor ?? DEFAULTS.peakFactor;
  const target = hours > 0 ? Math.min(1, peakFactor / hours) : 1;
  return defaultCurve(open, close, target);
}

/** A profile restricted to a window [from, to) and renormalised (an agency present part of the day). */
export function restrictProfile(slots: readonly ProfileSlot[], from: number, to: number): ProfileSlot[] {
  const kept: ProfileSlot[] = [];
  for (const s of slots) {
    const start = Math.max(s.start, from);
    const end = Math.min(s.end, to);
    if (end > start) kept.push({ start, end, share: (s.share * (end - start)) / (s.end - s.start) });
  }
  const total = kept.reduce((sum, s) => sum + s.share, 0);
  if (!(total > 0)) return normalise(kept, kept.map(() => 0));
  return kept.map((s) => ({ ...s, share: s.share / total }));
}

/**
 * The peak factor the sizing uses: the given `peakFactor`, or, with counted hours, the one the
 * counts imply (busiest hour's share x service hours, averaged over the open days).
 */
export function effectivePeakFactor(mpp: Pick<Mpp, 'arrivalProfile' | 'peakFactor'> & { openingHours: OpeningHours }): number {
  if (!mpp.arrivalProfile || mpp.arrivalProfile.length === 0) return mpp.peakFactor ?? DEFAULTS.peakFactor;
  const days = openDays(mpp);
  if (days.length === 0) return 1;
  const sum = days.reduce((s, d) => s + peakHourShare(dayProfile(mpp, d.schedule)) * (serviceMinutes(d.schedule) / 60), 0);
  return Math.max(1, sum / days.length);
}
