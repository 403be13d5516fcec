import type { CompletedRegion, CompletedService, MppFigure } from '../config/completed-region.js';
import { isEstimate, provenanceOf } from '../config/provenance.js';
import { dayProfile, restrictProfile } from '../config/arrival-profile.js';
import { minutesOf, openDays } from '../config/hours.js';
import { agencyServiceHours, presenceDays, visitorsPerDay, windowServiceMinutes } from '../config/demand.js';
import { effectiveCounters, plannedCountersByAgency } from '../config/counters.js';
import { dailyQuotas } from '../appconfig/quota.js';
import type { LayoutPlan } from '../layout/types.js';
import type { Weekday } from '../config/defaults.js';
import type { SimAgency, SimDay, SimModel, SimPool, SimService } from './model.js';
import { DEFAULT_PRIORITY_SHARE } from './constants.js';
import { applyWhatIf, type WhatIf } from './what-if.js';

/** The MPP figures that shape a simulated day (its hours, its arrival curve, its service level). */
const DAY_FIGURES: readonly MppFigure[] = ['openingHours', 'peakFactor', 'serviceLevel'];

/** Whether a service's visitors pass the shared payment counters: as given, else when its fee is above 0. */
export function paysAtCounter(service: Pick<CompletedService, 'payment' | 'standard'>): boolean {
  return service.payment ?? (service.standard?.fee?.amount ?? 0) > 0;
}

/**
 * THE adapter from the completed region (src/complete/) and the layout plan to the simulation's input
 * model. Everything the simulation knows of a region passes here (so a change in how the answers are
 * completed touches this function only): visitors at the MPP per service (old office share applied),
 * handling minutes and stages, counters per pool as planned (the counters the region will staff, with
 * what-if changes), presence windows and arrival profiles per open day, daily quotas (the queue app's
 * formula), the priority share, the layout's waiting seats, and which of these figures are estimates
 * (read through provenanceOf, so that the report says what its reading rests on).
 */
export function simulationModel(input: CompletedRegion, layout: LayoutPlan, whatIf: readonly WhatIf[] = []): SimModel {
  const region = whatIf.length > 0 ? applyWhatIf(input, whatIf) : input;
  const planned = plannedCountersByAgency(region);
  const quotas = new Map(dailyQuotas(region, effectiveCounters(region)).map((q) => [q.service, q]));
  const labels = new Map(layout.sizing.agencies.map((a) => [a.agency, a.label]));
  const pools: SimPool[] = [];
  const servicesOf = new Map<string, CompletedService[]>();
  for (const s of region.services) servicesOf.set(s.agency, [...(servicesOf.get(s.agency) ?? []), s]);

  const agencies: SimAgency[] = region.agencies.map((agency) => {
    const label = labels.get(agency.id) ?? agency.shortName ?? agency.name;
    const groups = agency.counterGroups ?? [];
    const grouped = groups.reduce((s, g) => s + g.counters, 0);
    const general = pools.length;
    pools.push({ id: agency.id, label, kind: 'agency', agency: agency.id, counters: Math.max(0, (planned.get(agency.id) ?? 0) - grouped) });
    const groupPool = new Map<string, number>();
    for (const group of groups) {
      groupPool.set(group.id, pools.length);
      pools.push({ id: `${agency.id}/${group.id}`, label: `${label}: ${group.name}`, kind: 'group', agency: agency.id, counters: group.counters });
    }
    const services: SimService[] = (servicesOf.get(agency.id) ?? []).map((service) => {
      const quota: Partial<Record<Weekday, number>> = {};
      for (const d of quotas.get(service.id)?.perDay ?? []) quota[d.day as Weekday] = d.total;
      const stages = service.stages?.length
        ? service.stages.map((st) => ({ name: st.name, minutes: st.handlingMinutes, pool: st.counterGroup !== undefined ? (groupPool.get(st.counterGroup) ?? general) : general }))
        : [{ name: service.name, minutes: service.handlingMinutes, pool: general }];
      return { id: service.id, name: service.name, stages, paymentStage: region.mpp.payment !== undefined && paysAtCounter(service), visitorsPerDay: visitorsPerDay(service, region, agency), quota };
    });
    const own = servicesOf.get(agency.id) ?? [];
    const demandEstimated = own.some((s) => isEstimate(provenanceOf(region, { service: s.id, figure: 'handlingMinutes' })) || isEstimate(provenanceOf(region, { service: s.id, figure: 'visitorsPerDay' })));
    const countersEstimated = isEstimate(provenanceOf(region, { agency: agency.id, figure: 'plannedCounters' }));
    return { id: agency.id, label, mode: agency.serviceMode ?? 'penuh', services, pools: [general, ...groupPool.values()], demandEstimated, countersEstimated };
  });
  const payment = region.mpp.payment;
  if (payment) pools.push({ id: 'payment', label: payment.name ?? 'payment', kind: 'payment', ...(payment.agency ? { agency: payment.agency } : {}), counters: payment.counters });

  // Day types: open weekdays with the same schedule and the same presence windows share one simulation.
  const byKey = new Map<string, SimDay>();
  const presenceByAgency = region.agencies.map((agency) => new Map(presenceDays(region.mpp, agency).map((p) => [p.day, p])));
  const meanHours = region.agencies.map((agency) => agencyServiceHours(region.mpp, agency));
  for (const { day, schedule } of openDays(region.mpp)) {
    const profile = dayProfile(region.mpp, schedule);
    const presence = presenceByAgency.map((days, a) => {
      const p = days.get(day);
      if (!p) return null;
      const hours = windowServiceMinutes(schedule, p.from, p.to) / 60;
      const scale = meanHours[a] > 0 ? Math.round((hours / meanHours[a]) * 1e6) / 1e6 : 1;
      return { from: p.from, to: p.to, scale, slots: restrictProfile(profile, p.from, p.to) };
    });
    const key = JSON.stringify([schedule, presence.map((p) => (p ? [p.from, p.to, p.scale] : null))]);
    const known = byKey.get(key);
    if (known) known.weekdays.push(day);
    else {
      byKey.set(key, {
        day,
        weekdays: [day],
        open: minutesOf(schedule.open),
        close: minutesOf(schedule.close),
        breaks: (schedule.breaks ?? []).map((b) => ({ start: minutesOf(b.start), end: minutesOf(b.end) })),
        presence,
      });
    }
  }
  const floors = layout.floors.map((floor) => ({
    floor: floor.floor,
    name: floor.name,
    seats: floor.zones.filter((z) => z.kind === 'waiting-area').reduce((s, z) => s + (z.seats ?? 0), 0),
    agencies: [...new Set(floor.zones.filter((z) => z.kind === 'agency-counters' && z.agency !== undefined).map((z) => z.agency as string))],
  }));
  const model: SimModel = {
    mpp: region.mpp.name,
    days: [...byKey.values()],
    pools,
    agencies,
    priorityShare: region.mpp.priorityShare ?? DEFAULT_PRIORITY_SHARE,
    priorityShareGiven: region.mpp.priorityShare !== undefined,
    serviceLevel: { ...region.mpp.serviceLevel },
    seats: { building: layout.area.waitingSeats, floors },
    whatIf: whatIf.map((w) => ({ ...w })),
    estimates: {
      loadOnEstimates: layout.estimates.loadOnEstimates,
      mpp: DAY_FIGURES.filter((f) => isEstimate(provenanceOf(region, { mpp: f }))),
    },
  };
  if (payment) model.paymentMinutes = payment.handlingMinutes;
  return model;
}
