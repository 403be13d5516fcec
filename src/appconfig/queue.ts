import type { CompletedRegion } from '../config/completed-region.js';
import { effectiveCounters } from '../config/counters.js';
import { DEFAULTS } from '../config/defaults.js';
import { openDays, serviceMinutes } from '../config/hours.js';
import type { AppConfig, Counter, Display, OpenDay, Priority, Queue } from '../generated/app-config.types.js';
import { assignTicketPrefixes } from './prefixes.js';
import { dailyQuotas } from './quota.js';
import { both } from './localize.js';
import { provenanceData, provenanceOf } from '../config/provenance.js';

/** Id of the shared priority counter mpp-kit adds when the answers define none. */
export const PRIORITY_COUNTER_ID = 'prioritas';

const PRIORITY_GROUPS = ['elderly', 'disability', 'pregnant', 'children'] as const;

function uniqueId(base: string, used: Set<string>): string {
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Ids grouped by a key, in their order (one pass: linear in the items). */
function groupIds<T extends { id: string }>(items: readonly T[], key: (item: T) => string | null): Map<string | null, string[]> {
  const out = new Map<string | null, string[]>();
  for (const item of items) {
    const k = key(item);
    const ids = out.get(k);
    if (ids) ids.push(item.id);
    else out.set(k, [item.id]);
  }
  return out;
}

/**
 * Prefixes of a previous app-config.json, read defensively: the file may be hand-edited or from
 * an older version, so anything not shaped `{ id: string, prefix: string }` is ignored.
 */
export function previousPrefixes(previous: unknown): Array<{ id: string; prefix: string }> {
  const agencies = (previous as { queue?: { agencies?: unknown } } | undefined)?.queue?.agencies;
  if (!Array.isArray(agencies)) return [];
  return agencies.flatMap((a: unknown) => {
    const { id, prefix } = (a ?? {}) as { id?: unknown; prefix?: unknown };
    return typeof id === 'string' && typeof prefix === 'string' ? [{ id, prefix }] : [];
  });
}

/**
 * The queue section: ticket prefixes (stable against `previous`), counters with their services,
 * priority rules for vulnerable groups (UU 25/2009 Pasal 29) with a priority counter, opening
 * hours and breaks per weekday, daily quotas per service, display and announcement texts.
 */
export function planQueue(region: CompletedRegion, previous?: Pick<AppConfig, 'queue'>): Queue {
  const prefixes = assignTicketPrefixes(region.agencies, previousPrefixes(previous));
  const agencyCounters = effectiveCounters(region);
  const agencyName = new Map(region.agencies.map((a) => [a.id, a.shortName ?? a.name]));
  const perAgency = new Map<string, number>();
  const counters: Counter[] = agencyCounters.map((c) => {
    const n = (perAgency.get(c.agency) ?? 0) + 1;
    perAgency.set(c.agency, n);
    const label = c.priority
      ? both('appconfig.counter.priorityLabel')
      : both('appconfig.counter.label', { agency: agencyName.get(c.agency) ?? c.agency, n });
    return {
      id: c.id,
      agency: c.agency,
      services: [...c.services],
      priority: c.priority === true,
      generated: false,
      ...(c.floor ? { floor: c.floor } : {}),
      label,
    };
  });

  const explicitPriority = counters.filter((c) => c.priority).map((c) => c.id);
  let priorityCounters = explicitPriority;
  if (explicitPriority.length === 0) {
    const id = uniqueId(PRIORITY_COUNTER_ID, new Set(counters.map((c) => c.id)));
    const entrance = region.mpp.floors.find((f) => f.entrance) ?? region.mpp.floors[0];
    counters.push({
      id,
      agency: null,
      services: region.services.map((s) => s.id),
      priority: true,
      generated: true,
      floor: entrance.id,
      label: both('appconfig.counter.priorityLabel'),
    });
    priorityCounters = [id];
  }
  const priority: Priority = {
    basis: 'UU 25/2009 Pasal 29',
    groups: PRIORITY_GROUPS.map((key) => ({ key, label: both(`appconfig.priority.${key}`) })),
    counters: priorityCounters,
    sharedCounterGenerated: explicitPriority.length === 0,
    rule: both('appconfig.priority.rule', { counters: priorityCounters.join(', ') }),
  };

  const openingHours: OpenDay[] = openDays(region.mpp).map(({ day, schedule }) => ({
    day,
    label: both(`appconfig.day.${day}`),
    open: schedule.open,
    close: schedule.close,
    breaks: (schedule.breaks ?? []).map((b) => ({ start: b.start, end: b.end })),
    serviceMinutes: serviceMinutes(schedule),
  }));

  const onlineBookingShare = region.mpp.onlineBookingShare ?? DEFAULTS.onlineBookingShare;
  const mpp = region.mpp.name;
  const display: Display = {
    welcome: both('appconfig.display.welcome', { mpp }),
    takeTicket: both('appconfig.display.takeTicket'),
    call: both('appconfig.display.call'),
    priorityCall: both('appconfig.display.priorityCall'),
    quotaReached: both('appconfig.display.quotaReached'),
    closed: both('appconfig.display.closed', { mpp }),
    rateService: both('appconfig.display.rateService'),
  };

  const servicesByAgency = groupIds(region.services, (s) => s.agency);
  const countersByAgency = groupIds(counters, (c) => c.agency);

  return {
    agencies: region.agencies.map((agency, i) => ({
      id: agency.id,
      name: agency.name,
      ...(agency.shortName ? { shortName: agency.shortName } : {}),
      prefix: prefixes[i].prefix,
      prefixFixed: prefixes[i].fixed,
      services: servicesByAgency.get(agency.id) ?? [],
      counters: countersByAgency.get(agency.id) ?? [],
      countersProvenance: provenanceData(provenanceOf(region, { agency: agency.id, figure: 'plannedCounters' })),
    })),
    counters,
    priority,
    openingHours,
    openingHoursProvenance: provenanceData(provenanceOf(region, { mpp: 'openingHours' })),
    onlineBookingShare,
    quotaRule: both('appconfig.quota.rule', { share: onlineBookingShare }),
    quotas: dailyQuotas(region, agencyCounters),
    display,
  };
}
