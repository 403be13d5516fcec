import type { RegionAnswers } from '../generated/region.types.js';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { DEFAULTS } from './defaults.js';
import { meanServiceMinutesPerDay, minutesOf, openDays } from './hours.js';
import { plannedCountersByAgency } from './counters.js';

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

/**
 * Rules on demand and operations the schema cannot express: the implied peak-hour share (a peak
 * hour cannot hold more than the day's visitors), presence inside the opening hours, counter groups
 * and stages that add up, the payment stage's references, counted hours without duplicates.
 */
export function checkDemandRules(region: RegionAnswers, lang: Lang): RuleViolation[] {
  const out: RuleViolation[] = [];
  const mpp = region.mpp;
  const hours = meanServiceMinutesPerDay(mpp) / 60;
  const factor = mpp.peakFactor ?? DEFAULTS.peakFactor;
  // Checked only on well-formed days (a day that closes before it opens is reported by the hours rule).
  const wellFormed = openDays(mpp).every((d) => minutesOf(d.schedule.close) > minutesOf(d.schedule.open));
  // Share of the day's visitors in its busiest hour (the whole day when it is shorter than an hour).
  const peakShare = hours > 0 ? (factor * Math.min(1, hours)) / hours : 0;
  if (wellFormed && !mpp.arrivalProfile?.length && peakShare > 1 + 1e-9) {
    out.push({
      segments: ['mpp', 'peakFactor'],
      code: 'peak-share',
      message: t(lang, 'rule.peakShare', { factor, hours: Math.round(hours * 100) / 100, share: pct(peakShare), max: maxPeakFactor(hours) }),
    });
  }
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

  const openDayNames = new Set(openDays(mpp).map((d) => d.day));
  const planned = plannedCountersByAgency(region);
  const groupsOf = new Map<string, Set<string>>();
  region.agencies.forEach((agency, index) => {
    const presence = agency.presence;
    presence?.days?.forEach((day, d) => {
      if (!openDayNames.has(day)) out.push({ segments: ['agencies', index, 'presence', 'days', d], code: 'presence-closed-day', message: t(lang, 'rule.presenceClosedDay', { day }) });
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
    const total = planned.get(agency.id) ?? 0;
    if (grouped > total) {
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
      const sum = service.stages.reduce((total, stage) => total + stage.handlingMinutes, 0);
      if (Math.abs(sum - service.handlingMinutes) > STAGE_SUM_TOLERANCE_MIN) {
        out.push({ segments: ['services', index, 'stages'], code: 'stages-sum', message: t(lang, 'rule.stagesSum', { sum: Math.round(sum * 100) / 100, minutes: service.handlingMinutes }) });
      }
    }
    if (service.payment === true && !mpp.payment) {
      out.push({ segments: ['services', index, 'payment'], code: 'no-payment-counters', message: t(lang, 'rule.noPaymentCounters') });
    }
  });
  return out;
}
