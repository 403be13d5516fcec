import type { Agency, DaySchedule, Mpp, Service } from '../generated/region.types.js';
import { minutesOf, openDays } from './hours.js';
import { effectivePeakFactor } from './arrival-profile.js';
import type { Weekday } from './defaults.js';
import type { OpeningHours } from './valid-region.js';
import type { CompletedRegion } from './completed-region.js';
import { isRegionFigure } from './provenance.js';
import { oncePerObject } from './once.js';

/** The MPP figures demand is spread over: opening hours, the peak factor and the hourly counts. */
export interface DemandMpp {
  mpp: Pick<Mpp, 'arrivalProfile'> & { openingHours: OpeningHours; peakFactor?: number };
}

/** What the MPP-level demand reads: the MPP figures and, for the old office share, where each service's visitors came from. */
export type DemandRegion = DemandMpp & Pick<CompletedRegion, 'provenance'>;

/** The agency fields demand reads. */
export type DemandAgency = Pick<Agency, 'presence' | 'oldOffice'>;

/**
 * Share of an agency's demand that comes to the MPP when its old office stays open and the region
 * gave no share: Gresik's civil-registry counter drew 6-10 visitors a day against about 100 at the
 * old office, which stayed open (memorandum.disway.id/read/6847), i.e. about 8%; rounded to 10%.
 * An estimate from one published case (data/benchmarks.yaml, `old-office-open-gresik`).
 */
export const OLD_OFFICE_OPEN_SHARE = 0.1;

/** Share of an agency's own demand figures expected at the MPP: 1, or `oldOffice.shareToMpp` when the old office stays open. */
export function oldOfficeShare(agency?: Pick<Agency, 'oldOffice'>): number {
  if (!agency?.oldOffice?.staysOpen) return 1;
  return agency.oldOffice.shareToMpp ?? OLD_OFFICE_OPEN_SHARE;
}

/**
 * Share of a service's figures expected at the MPP. The old office share applies to the figures the
 * region gave for the service (given, or its own marked estimate), which an agency whose old office
 * stays open reads as its whole demand. A figure the kit estimated from the MPP-wide daily visitors
 * or from typical MPP services is already a figure of the MPP and is not scaled again.
 */
export function mppDemandShare(service: { id: string }, region: DemandRegion, agency?: Pick<Agency, 'oldOffice'>): number {
  const share = oldOfficeShare(agency);
  if (share === 1) return 1;
  const visitors = region.provenance.services.get(service.id)?.visitorsPerDay;
  return visitors && !isRegionFigure(visitors) ? 1 : share;
}

/** A day the agency staffs its counters, with its window (minutes since midnight) inside the MPP's hours. */
export interface PresenceDay {
  day: Weekday;
  schedule: DaySchedule;
  from: number;
  to: number;
}

/** The MPP open days the agency is present, each with the window it staffs (every open day and hour by default). */
export function presenceDays(mpp: { openingHours: OpeningHours }, agency?: Pick<Agency, 'presence'>): PresenceDay[] {
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

/** Agency service hours by opening hours, then by the agency's presence (FULL_TIME for an agency present whenever the MPP is open). */
const FULL_TIME = {};
const serviceHours = oncePerObject((openingHours: OpeningHours) =>
  oncePerObject((presence: NonNullable<Agency['presence']> | typeof FULL_TIME) =>
    meanPresenceHours({ openingHours }, presence === FULL_TIME ? undefined : { presence: presence as Agency['presence'] }),
  ),
);

/**
 * Mean service hours over the days an agency is present (the MPP's mean service hours for a full-time
 * agency). Asked for every service of the agency, by every sizing: computed once per opening-hours and
 * presence objects (the answers are not changed after validation).
 */
export function agencyServiceHours(mpp: { openingHours: OpeningHours }, agency?: Pick<Agency, 'presence'>): number {
  return serviceHours(mpp.openingHours)(agency?.presence ?? FULL_TIME);
}

function meanPresenceHours(mpp: { openingHours: OpeningHours }, agency?: Pick<Agency, 'presence'>): number {
  const days = presenceDays(mpp, agency);
  if (days.length === 0) return 0;
  return days.reduce((sum, d) => sum + windowServiceMinutes(d.schedule, d.from, d.to), 0) / days.length / 60;
}

/**
 * Visitors per day implied by a peak-hour figure, as the region gave it (the old office share not
 * applied): peak arrivals x the agency's mean service hours / the peak factor. The complete stage
 * uses it for a service given only its peak arrivals.
 */
export function visitorsFromPeak(peakPerHour: number, region: DemandMpp, agency?: Pick<Agency, 'presence'>): number {
  return (peakPerHour * agencyServiceHours(region.mpp, agency)) / effectivePeakFactor(region.mpp);
}

/**
 * Peak-hour arrivals of a service at the MPP: `peakArrivalsPerHour` when given, else visitors per day
 * spread over the agency's mean service hours and multiplied by the peak factor (never more than the
 * day's visitors in one hour). Both are scaled by the share that comes to the MPP (`mppDemandShare`).
 */
export function peakArrivalsPerHour(service: Pick<Service, 'peakArrivalsPerHour' | 'visitorsPerDay'> & { id: string }, region: DemandRegion, agency?: DemandAgency): number {
  const share = mppDemandShare(service, region, agency);
  if (service.peakArrivalsPerHour !== undefined) return service.peakArrivalsPerHour * share;
  const openHours = agencyServiceHours(region.mpp, agency);
  if (openHours <= 0) return 0;
  const visitors = (service.visitorsPerDay ?? 0) * share;
  return Math.min(visitors, (visitors / openHours) * effectivePeakFactor(region.mpp));
}

/** Visitors per day at the MPP (on a day the agency is present): given or completed, or derived from peak arrivals; scaled by `mppDemandShare`. */
export function visitorsPerDay(service: Pick<Service, 'peakArrivalsPerHour' | 'visitorsPerDay'> & { id: string }, region: DemandRegion, agency?: DemandAgency): number {
  const share = mppDemandShare(service, region, agency);
  if (service.visitorsPerDay !== undefined) return service.visitorsPerDay * share;
  return visitorsFromPeak(service.peakArrivalsPerHour ?? 0, region, agency) * share;
}
