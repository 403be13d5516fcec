import type { Agency, DaySchedule, Mpp, RegionAnswers, Service } from '../generated/region.types.js';
import { minutesOf, openDays } from './hours.js';
import { effectivePeakFactor } from './arrival-profile.js';
import type { Weekday } from './defaults.js';

/**
 * Share of an agency's demand that comes to the MPP when its old office stays open and the region
 * gave no share: Gresik's civil-registry counter drew 6-10 visitors a day against about 100 at the
 * old office, which stayed open (memorandum.disway.id/read/6847), i.e. about 8%; rounded to 10%.
 * An estimate from one published case (data/benchmarks.yaml, `old-office-open-gresik`).
 */
export const OLD_OFFICE_OPEN_SHARE = 0.1;

/** Share of a service's figures expected at the MPP: 1, or `oldOffice.shareToMpp` when the old office stays open. */
export function mppDemandShare(agency?: Pick<Agency, 'oldOffice'>): number {
  if (!agency?.oldOffice?.staysOpen) return 1;
  return agency.oldOffice.shareToMpp ?? OLD_OFFICE_OPEN_SHARE;
}

/** A day the agency staffs its counters, with its window (minutes since midnight) inside the MPP's hours. */
export interface PresenceDay {
  day: Weekday;
  schedule: DaySchedule;
  from: number;
  to: number;
}

/** The MPP open days the agency is present, each with the window it staffs (every open day and hour by default). */
export function presenceDays(mpp: Pick<Mpp, 'openingHours'>, agency?: Pick<Agency, 'presence'>): PresenceDay[] {
  const presence = agency?.presence;
  const days = presence?.days ? new Set<string>(presence.days) : undefined;
  return openDays(mpp).flatMap(({ day, schedule }) => {
    if (days && !days.has(day)) return [];
    const from = Math.max(minutesOf(schedule.open), presence?.open ? minutesOf(presence.open) : 0);
    const to = Math.min(minutesOf(schedule.close), presence?.close ? minutesOf(presence.close) : 24 * 60);
    return to > from ? [{ day, schedule, from, to }] : [];
  });
}

/** Service minutes of a window of a day: the window minus the breaks that fall inside it. */
export function windowServiceMinutes(schedule: DaySchedule, from: number, to: number): number {
  const breaks = (schedule.breaks ?? []).reduce((sum, b) => sum + Math.max(0, Math.min(to, minutesOf(b.end)) - Math.max(from, minutesOf(b.start))), 0);
  return Math.max(0, to - from - breaks);
}

/** Mean service hours over the days an agency is present (the MPP's mean service hours for a full-time agency). */
export function agencyServiceHours(mpp: Pick<Mpp, 'openingHours'>, agency?: Pick<Agency, 'presence'>): number {
  const days = presenceDays(mpp, agency);
  if (days.length === 0) return 0;
  return days.reduce((sum, d) => sum + windowServiceMinutes(d.schedule, d.from, d.to), 0) / days.length / 60;
}

/**
 * Peak-hour arrivals of a service at the MPP: `peakArrivalsPerHour` when given, else visitors per day
 * spread over the agency's mean service hours and multiplied by the peak factor (never more than the
 * day's visitors in one hour). Both are scaled by the share that comes to the MPP (old office open).
 */
export function peakArrivalsPerHour(service: Service, region: Pick<RegionAnswers, 'mpp'>, agency?: Pick<Agency, 'presence' | 'oldOffice'>): number {
  const share = mppDemandShare(agency);
  if (service.peakArrivalsPerHour !== undefined) return service.peakArrivalsPerHour * share;
  const openHours = agencyServiceHours(region.mpp, agency);
  if (openHours <= 0) return 0;
  const visitors = (service.visitorsPerDay ?? 0) * share;
  return Math.min(visitors, (visitors / openHours) * effectivePeakFactor(region.mpp));
}

/** Visitors per day at the MPP: given, or derived from peak arrivals (the inverse of the above). */
export function visitorsPerDay(service: Service, region: Pick<RegionAnswers, 'mpp'>, agency?: Pick<Agency, 'presence' | 'oldOffice'>): number {
  const share = mppDemandShare(agency);
  if (service.visitorsPerDay !== undefined) return service.visitorsPerDay * share;
  const openHours = agencyServiceHours(region.mpp, agency);
  return ((service.peakArrivalsPerHour ?? 0) * share * openHours) / effectivePeakFactor(region.mpp);
}
