import type { CompletedRegion, CompletedService } from '../config/completed-region.js';
import { peakArrivalsPerHour } from '../config/demand.js';
import { plannedCountersByAgency } from '../config/counters.js';
import { effectivePeakFactor } from '../config/arrival-profile.js';
import { erlangB, erlangCFromB, meanQueueLength, meanWaitMinutes, minimumServers, offeredLoad, probWaitExceeds, utilisation } from './erlang.js';
import type { AgencySizing, QueueFigures, SizingResult } from './types.js';
import { layoutWarning } from './warnings.js';
import { round } from '../numbers/round.js';
import { benchmarkWarnings } from './benchmark-warnings.js';
import { oncePerObject } from '../config/once.js';

/**
 * An agency with services but no arrivals (visitors given as 0) still gets ONE counter: the Perbup
 * names the agencies that take part, and an agency without a desk is not present. The queueing
 * figure (`queueCounters`) stays 0 and a `no-demand` note asks for an estimate. An agency with no
 * known service needs no counter until its services are listed (a checklist task asks for them).
 */
export const MIN_COUNTERS_PER_AGENCY = 1;

/** Queue figures of `counters` counters offered `load` Erlangs (null where undefined). */
export function queueFigures(counters: number, load: number, meanServiceMinutes: number, maxWaitMinutes: number): QueueFigures {
  if (load <= 0) {
    return { counters, utilisation: counters > 0 ? 0 : null, probWait: 0, serviceLevel: 1, meanWaitMinutes: 0, meanQueueLength: 0 };
  }
  const stable = counters > load;
  const probWait = stable ? erlangCFromB(counters, load, erlangB(counters, load)) : 1;
  return {
    counters,
    utilisation: counters > 0 ? round(utilisation(counters, load), 4) : null,
    probWait: round(probWait, 4),
    serviceLevel: round(1 - probWaitExceeds(counters, load, maxWaitMinutes, meanServiceMinutes), 4),
    meanWaitMinutes: stable ? round(meanWaitMinutes(counters, load, meanServiceMinutes), 2) : null,
    meanQueueLength: stable ? round(meanQueueLength(counters, load), 3) : null,
  };
}

type SizedRegion = Pick<CompletedRegion, 'mpp' | 'agencies' | 'services' | 'counters' | 'provenance'>;

/**
 * Counter sizing per agency (answers order) with totals and warnings. Pure; once per region object
 * (the completed region is sized by the layout, the review and the instruments' hints in one run).
 */
export const sizeCounters: (region: SizedRegion) => SizingResult = oncePerObject(sizeCountersOnce);

function sizeCountersOnce(region: SizedRegion): SizingResult {
  const { targetShare, maxWaitMinutes } = region.mpp.serviceLevel;
  const planned = plannedCountersByAgency(region);
  const servicesByAgency = new Map<string, CompletedService[]>();
  for (const service of region.services) {
    const list = servicesByAgency.get(service.agency);
    if (list) list.push(service);
    else servicesByAgency.set(service.agency, [service]);
  }
  const warnings: SizingResult['warnings'] = [];
  const share = round(targetShare * 100, 1);
  const agencies: AgencySizing[] = region.agencies.map((agency, index) => {
    const services = servicesByAgency.get(agency.id) ?? [];
    let arrivals = 0;
    let weighted = 0;
    let plain = 0;
    for (const service of services) {
      const lambda = peakArrivalsPerHour(service, region, agency);
      arrivals += lambda;
      weighted += lambda * service.handlingMinutes;
      plain += service.handlingMinutes;
    }
    const meanHandling = arrivals > 0 ? weighted / arrivals : services.length > 0 ? plain / services.length : 0;
    const load = offeredLoad(arrivals, meanHandling);
    const queueCounters = minimumServers(arrivals, meanHandling, targetShare, maxWaitMinutes);
    const neededCounters = services.length > 0 ? Math.max(MIN_COUNTERS_PER_AGENCY, queueCounters) : 0;
    const plannedCounters = planned.get(agency.id) ?? 0;
    const label = agency.shortName ?? agency.name;
    const path = `agencies[${index}].plannedCounters`;
    if (services.length === 0) {
      warnings.push(layoutWarning('no-services', 'info', 'layout.warning.noServices', { agency: label, planned: plannedCounters }, `agencies[${index}]`));
    } else if (queueCounters === 0) {
      warnings.push(layoutWarning('no-demand', 'info', 'layout.warning.noDemand', { agency: label }, `agencies[${index}]`));
    }
    if (plannedCounters < neededCounters) {
      warnings.push(
        layoutWarning('planned-below-needed', 'warning', 'layout.warning.plannedBelowNeeded', { agency: label, planned: plannedCounters, needed: neededCounters, share, minutes: maxWaitMinutes }, path),
      );
    }
    if (load > 0 && plannedCounters <= load) {
      const util = plannedCounters > 0 ? `${round((load / plannedCounters) * 100, 0)}` : '∞';
      warnings.push(
        layoutWarning('planned-overloaded', 'warning', 'layout.warning.plannedOverloaded', { agency: label, load: round(load, 2), planned: plannedCounters, utilisation: util }, path),
      );
    }
    return {
      agency: agency.id,
      label,
      name: agency.name,
      services: services.map((s) => s.id),
      arrivalsPerHour: round(arrivals, 3),
      meanHandlingMinutes: round(meanHandling, 3),
      offeredLoad: round(load, 4),
      queueCounters,
      neededCounters,
      plannedCounters,
      layoutCounters: Math.max(plannedCounters, neededCounters),
      needed: queueFigures(neededCounters, load, meanHandling, maxWaitMinutes),
      planned: queueFigures(plannedCounters, load, meanHandling, maxWaitMinutes),
    };
  });
  warnings.push(...benchmarkWarnings(region));
  const totals = {
    arrivalsPerHour: round(agencies.reduce((s, a) => s + a.arrivalsPerHour, 0), 3),
    offeredLoad: round(agencies.reduce((s, a) => s + a.offeredLoad, 0), 4),
    neededCounters: agencies.reduce((s, a) => s + a.neededCounters, 0),
    plannedCounters: agencies.reduce((s, a) => s + a.plannedCounters, 0),
    layoutCounters: agencies.reduce((s, a) => s + a.layoutCounters, 0),
    meanQueueLength: round(agencies.reduce((s, a) => s + (a.needed.meanQueueLength ?? 0), 0), 3),
  };
  return { targetShare, maxWaitMinutes, peakFactor: round(effectivePeakFactor(region.mpp), 3), agencies, totals, warnings };
}
