import type { ValidRegion } from './valid-region.js';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { meanServiceMinutesPerDay, minutesOf, openDays } from './hours.js';

/** Same shape as cross-rules' RuleViolation (kept structural so the two modules do not import each other). */
interface RuleViolation {
  segments: Array<string | number>;
  code: string;
  message: string;
}

/** Stages may differ from `handlingMinutes` by rounding only. */
const STAGE_SUM_TOLERANCE_MIN = 0.05;

const pct = (x: number): number => Math.round(x * 1000) / 10;

/** The largest peak factor a day of `hours` service hours allows (1 for a day shorter than an hour). */
export function maxPeakFactor(hours: number): number {
  return hours >= 1 ? Math.floor(hours * 100) / 100 : 1;
}

/** The implied peak-hour share of what the region gave: its peak factor over its own service hours. */
function checkPeakShare(mpp: ValidRegion['mpp'], lang: Lang, out: RuleViolation[]): void {
  // Only the region's own figures are judged: a kit default or estimate never makes its answers invalid
  // (the completed figures cap the peak hour at the whole day instead).
  const factor = mpp.peakFactor;
  if (factor === undefined || !mpp.openingHours || mpp.arrivalProfile?.length) return;
  const days = openDays({ openingHours: mpp.openingHours });
  // Checked only on well-formed days (a day that closes before it opens is reported by the hours rule).
  if (days.length === 0 || !days.every((d) => minutesOf(d.schedule.close) > minutesOf(d.schedule.open))) return;
  const hours = meanServiceMinutesPerDay({ openingHours: mpp.openingHours }) / 60;
  // Share of the day's visitors in its busiest hour (the whole day when it is shorter than an hour).
  const peakShare = hours > 0 ? (factor * Math.min(1, hours)) / hours : 0;
  if (peakShare > 1 + 1e-9) {
    out.push({
      segments: ['mpp', 'peakFactor'],
      code: 'peak-share',
      message: t(lang, 'rule.peakShare', { factor, hours: Math.round(hours * 100) / 100, share: pct(peakShare), max: maxPeakFactor(hours) }),
    });
  }
}

/** The counters the region gave per agency: explicit counters counted, else `plannedCounters` when given. */
function givenCounters(region: ValidRegion): Map<string, number> {
  const out = new Map<string, number>();
  if (region.counters && region.counters.length > 0) {
    for (const a of region.agencies) out.set(a.id, 0);
    for (const c of region.counters) out.set(c.agency, (out.get(c.agency) ?? 0) + 1);
  } else {
    for (const a of region.agencies) if (a.plannedCounters !== undefined) out.set(a.id, a.plannedCounters);
  }
  return out;
}

/**
 * Rules on demand and operations the schema cannot express, on what the region gave: the implied
 * peak-hour share (a peak hour cannot hold more than the day's visitors), presence inside the
 * opening hours, counter groups within the counters and stages that add up to the handling minutes
 * (when both are given), the payment stage's references, counted hours without duplicates.
 */
export function checkDemandRules(region: ValidRegion, lang: Lang): RuleViolation[] {
  const out: RuleViolation[] = [];
  const mpp = region.mpp;
  checkPeakShare(mpp, lang, out);
  const seen = new Map<number, number>();
  (mpp.arrivalProfile ?? []).forEach((row, index) => {
    const start = minutesOf(row.start);
    const earlier = seen.get(start);
    if (earlier !== undefined) out.push({ segments: ['mpp', 'arrivalProfile', index, 'start'], code: 'duplicate-hour', message: t(lang, 'rule.duplicateHour', { start: row.start, other: earlier }) });
    else seen.set(start, index);
  });
  if (mpp.arrivalProfile?.length && mpp.arrivalProfile.every((row) => row.count === 0)) {
    out.push({ segments: ['mpp', 'arrivalProfile'], code: 'profile-empty', message: t(lang, 'rule.profileEmpty') });
  }
  const agencyIds = new Set(region.agencies.map((a) => a.id));
  if (mpp.payment?.agency !== undefined && !agencyIds.has(mpp.payment.agency)) {
    out.push({ segments: ['mpp', 'payment', 'agency'], code: 'unknown-agency', message: t(lang, 'rule.unknownAgency', { id: mpp.payment.agency }) });
  }

  // Without opening hours the MPP's days are the kit's default: presence days are not judged against them.
  const openDayNames = mpp.openingHours ? new Set<string>(openDays({ openingHours: mpp.openingHours }).map((d) => d.day)) : undefined;
  const planned = givenCounters(region);
  const groupsOf = new Map<string, Set<string>>();
  region.agencies.forEach((agency, index) => {
    const presence = agency.presence;
    presence?.days?.forEach((day, d) => {
      if (openDayNames && !openDayNames.has(day)) out.push({ segments: ['agencies', index, 'presence', 'days', d], code: 'presence-closed-day', message: t(lang, 'rule.presenceClosedDay', { day }) });
    });
    if (presence?.open && presence.close && minutesOf(presence.close) <= minutesOf(presence.open)) {
      out.push({ segments: ['agencies', index, 'presence', 'close'], code: 'hours-order', message: t(lang, 'rule.closeBeforeOpen', { open: presence.open, close: presence.close }) });
    }
    const ids = new Set<string>();
    let grouped = 0;
    (agency.counterGroups ?? []).forEach((group, g) => {
      if (ids.has(group.id)) out.push({ segments: ['agencies', index, 'counterGroups', g, 'id'], code: 'duplicate-id', message: t(lang, 'rule.duplicateGroup', { id: group.id }) });
      ids.add(group.id);
      grouped += group.counters;
    });
    groupsOf.set(agency.id, ids);
    const total = planned.get(agency.id);
    if (total !== undefined && grouped > total) {
      out.push({ segments: ['agencies', index, 'counterGroups'], code: 'groups-exceed-counters', message: t(lang, 'rule.groupsExceedCounters', { grouped, planned: total }) });
    }
  });

  region.services.forEach((service, index) => {
    if (service.visitorsPerDay !== undefined && service.peakArrivalsPerHour !== undefined && service.visitorsPerDay > 0 && service.peakArrivalsPerHour > service.visitorsPerDay) {
      out.push({
        segments: ['services', index, 'peakArrivalsPerHour'],
        code: 'peak-share',
        message: t(lang, 'rule.servicePeakShare', { peak: service.peakArrivalsPerHour, visitors: service.visitorsPerDay, share: pct(service.peakArrivalsPerHour / service.visitorsPerDay) }),
      });
    }
    if (service.stages) {
      const groups = groupsOf.get(service.agency) ?? new Set<string>();
      service.stages.forEach((stage, s) => {
        if (stage.counterGroup !== undefined && !groups.has(stage.counterGroup)) {
          out.push({ segments: ['services', index, 'stages', s, 'counterGroup'], code: 'unknown-counter-group', message: t(lang, 'rule.unknownCounterGroup', { id: stage.counterGroup, agency: service.agency }) });
        }
      });
      // Without handlingMinutes the stages' sum is the service's handling minutes (src/complete/services.ts).
      const sum = service.stages.reduce((total, stage) => total + stage.handlingMinutes, 0);
      if (service.handlingMinutes !== undefined && Math.abs(sum - service.handlingMinutes) > STAGE_SUM_TOLERANCE_MIN) {
        out.push({ segments: ['services', index, 'stages'], code: 'stages-sum', message: t(lang, 'rule.stagesSum', { sum: Math.round(sum * 100) / 100, minutes: service.handlingMinutes }) });
      }
    }
    if (service.payment === true && !mpp.payment) {
      out.push({ segments: ['services', index, 'payment'], code: 'no-payment-counters', message: t(lang, 'rule.noPaymentCounters') });
    }
  });
  return out;
}
