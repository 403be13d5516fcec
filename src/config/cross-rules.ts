import type { ValidRegion } from './valid-region.js';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { WEEKDAYS } from './defaults.js';
import { minutesOf } from './hours.js';
import { formatPath } from './errors.js';
import { isValidLaunchDate } from './launch.js';
import { checkDemandRules } from './demand-rules.js';

/** A rule violation found after the schema passed: path segments, code and message. */
export interface RuleViolation {
  segments: Array<string | number>;
  code: string;
  message: string;
}

function duplicates(
  items: ReadonlyArray<{ id: string }> | undefined,
  prefix: Array<string | number>,
  lang: Lang,
  out: RuleViolation[],
): void {
  const first = new Map<string, number>();
  (Array.isArray(items) ? items : []).forEach((item, index) => {
    if (typeof item?.id !== 'string') return;
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, index);
    else
      out.push({
        segments: [...prefix, index, 'id'],
        code: 'duplicate-id',
        message: t(lang, 'rule.duplicateId', { id: item.id, other: formatPath([...prefix, earlier, 'id']) }),
      });
  });
}

type Rule = (region: ValidRegion, lang: Lang, out: RuleViolation[]) => void;

/** Each identifier once per collection. */
const uniqueIds: Rule = (region, lang, out) => {
  duplicates(region.agencies, ['agencies'], lang, out);
  duplicates(region.services, ['services'], lang, out);
  duplicates(region.counters, ['counters'], lang, out);
  duplicates(region.mpp?.floors, ['mpp', 'floors'], lang, out);
};

/** A launch date (day, month or year) that exists in the calendar. */
const launchDate: Rule = (region, lang, out) => {
  if (region.mpp.launchDate && !isValidLaunchDate(region.mpp.launchDate)) {
    out.push({ segments: ['mpp', 'launchDate'], code: 'invalid-date', message: t(lang, 'rule.invalidDate', { value: region.mpp.launchDate }) });
  }
};

/** Closing after opening, breaks inside the day and not overlapping. */
const openingHours: Rule = (region, lang, out) => {
  const hours = (region.mpp.openingHours ?? {}) as Record<string, { open: string; close: string; breaks?: Array<{ start: string; end: string }> } | undefined>;
  for (const day of WEEKDAYS) {
    const schedule = hours[day];
    if (!schedule) continue;
    const open = minutesOf(schedule.open);
    const close = minutesOf(schedule.close);
    if (close <= open) {
      out.push({ segments: ['mpp', 'openingHours', day, 'close'], code: 'hours-order', message: t(lang, 'rule.closeBeforeOpen', { open: schedule.open, close: schedule.close }) });
      continue;
    }
    const breaks = (schedule.breaks ?? []).map((b, index) => ({ ...b, index }));
    let lastEnd = -1;
    for (const b of [...breaks].sort((a, z) => minutesOf(a.start) - minutesOf(z.start) || a.index - z.index)) {
      const start = minutesOf(b.start);
      const end = minutesOf(b.end);
      const segments = ['mpp', 'openingHours', day, 'breaks', b.index];
      if (start < open || end > close || end <= start) {
        out.push({ segments, code: 'break-outside', message: t(lang, 'rule.breakOutside', { start: b.start, end: b.end, open: schedule.open, close: schedule.close }) });
      } else if (start < lastEnd) {
        out.push({ segments, code: 'break-overlap', message: t(lang, 'rule.breakOverlap', { start: b.start, end: b.end }) });
      }
      lastEnd = Math.max(lastEnd, end);
    }
  }
};

/** Ticket prefixes set by hand are not shared. */
const uniquePrefixes: Rule = (region, lang, out) => {
  const prefixOwner = new Map<string, number>();
  region.agencies.forEach((agency, index) => {
    if (!agency.ticketPrefix) return;
    if (prefixOwner.has(agency.ticketPrefix)) {
      out.push({ segments: ['agencies', index, 'ticketPrefix'], code: 'duplicate-prefix', message: t(lang, 'rule.duplicatePrefix', { prefix: agency.ticketPrefix }) });
    } else prefixOwner.set(agency.ticketPrefix, index);
  });
};

/** Services name an agency of the list. */
const serviceAgencies: Rule = (region, lang, out) => {
  const agencyIds = new Set(region.agencies.map((a) => a.id));
  region.services.forEach((service, index) => {
    if (!agencyIds.has(service.agency)) {
      out.push({ segments: ['services', index, 'agency'], code: 'unknown-agency', message: t(lang, 'rule.unknownAgency', { id: service.agency }) });
    }
  });
};

/** Counters name an agency, services of that agency, and a floor of the building. */
const counterReferences: Rule = (region, lang, out) => {
  const agencyIds = new Set((region.agencies ?? []).map((a) => a.id));
  const serviceOwner = new Map<string, string>();
  for (const service of region.services ?? []) serviceOwner.set(service.id, service.agency);
  const floorIds = new Set((region.mpp?.floors ?? []).map((f) => f.id));
  (region.counters ?? []).forEach((counter, index) => {
    if (!agencyIds.has(counter.agency)) {
      out.push({ segments: ['counters', index, 'agency'], code: 'unknown-agency', message: t(lang, 'rule.unknownAgency', { id: counter.agency }) });
    }
    (counter.services ?? []).forEach((serviceId, sIndex) => {
      const owner = serviceOwner.get(serviceId);
      if (owner === undefined) {
        out.push({ segments: ['counters', index, 'services', sIndex], code: 'unknown-service', message: t(lang, 'rule.unknownService', { id: serviceId }) });
      } else if (owner !== counter.agency && agencyIds.has(counter.agency)) {
        out.push({ segments: ['counters', index, 'services', sIndex], code: 'service-of-other-agency', message: t(lang, 'rule.serviceOfOtherAgency', { service: serviceId, owner, agency: counter.agency }) });
      }
    });
    if (counter.floor !== undefined && !floorIds.has(counter.floor)) {
      out.push({ segments: ['counters', index, 'floor'], code: 'unknown-floor', message: t(lang, 'rule.unknownFloor', { id: counter.floor }) });
    }
  });
};

/** Demand and operations (peak share, presence, counter groups, stages, payment): see demand-rules.ts. */
const demand: Rule = (region, lang, out) => {
  out.push(...checkDemandRules(region, lang));
};

/** The rules, in the order their violations are reported. */
const RULES: readonly Rule[] = [uniqueIds, launchDate, openingHours, uniquePrefixes, serviceAgencies, counterReferences, demand];

/** Rules the schema cannot express. Returns every violation, in document order. */
export function checkCrossRules(region: ValidRegion, lang: Lang): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const rule of RULES) rule(region, lang, out);
  return out;
}

/**
 * The same rules on data that failed the schema (a spreadsheet with wrong cells, answers with a
 * missing section): each rule on its own, a rule that cannot run on the broken shape is skipped, so
 * every reference error the data still allows is reported with the schema's errors.
 */
export function checkCrossRulesOnRaw(data: unknown, lang: Lang): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const rule of RULES) {
    const found: RuleViolation[] = [];
    try {
      rule(data as ValidRegion, lang, found);
    } catch {
      continue;
    }
    out.push(...found);
  }
  return out;
}
