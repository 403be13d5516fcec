import { t, type MessageKey } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/types.js';
import { renderTemplate } from '../render/templates.js';
import type { LayoutPlan } from '../layout/types.js';
import type { SimModel } from './model.js';
import type { SimulationResult } from './result.js';
import { busiestDay, clock, readSimulation } from './reading.js';
import { agencyChart, buildingChart, counterChart } from './charts.js';
import { BUSY_UTILISATION_THRESHOLD, IDLE_UTILISATION_THRESHOLD } from './constants.js';

/** File names of the simulated-day outputs, relative to the deployment folder (or to `mpp simulate --out`). */
export const SIMULATION_FILES = {
  report: 'simulasi.md',
  building: 'simulasi-antrean.svg',
  agencies: 'simulasi-instansi.svg',
  counters: 'simulasi-loket.svg',
} as const;

const pct = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 10);

/** Context of templates/layout/simulasi.md.hbs: numbers stay numbers; every name goes through `md` there. */
export function simulationContext(model: SimModel, result: SimulationResult, layout: LayoutPlan, lang: Lang): Record<string, unknown> {
  const findings = readSimulation(model, result, lang);
  const busiest = busiestDay(result);
  const sizing = new Map(layout.sizing.agencies.map((a) => [a.agency, a]));
  const dayName = (weekdays: string[]): string => weekdays.map((w) => t(lang, `appconfig.day.${w}` as MessageKey)).join(', ');
  return {
    lang,
    mpp: model.mpp,
    replications: result.replications,
    seed: result.seed,
    files: SIMULATION_FILES,
    warnings: findings.filter((x) => x.severity === 'warning').map((x) => ({ text: t(lang, x.key, x.params) })),
    estimates: findings.filter((x) => x.code === 'estimates').map((x) => t(lang, x.key, x.params)).join(' '),
    notes: findings.filter((x) => x.severity === 'info' && x.code !== 'estimates').map((x) => ({ text: t(lang, x.key, x.params) })),
    anyMark: model.agencies.some((a) => a.demandEstimated || a.countersEstimated),
    whatIf: model.whatIf.map((w) => ({ text: `${w.agency}${w.group !== undefined ? `.${w.group}` : ''}=${w.delta > 0 ? '+' : ''}${w.delta}` })),
    days: result.days.map((d) => ({
      name: dayName(d.weekdays),
      open: clock(d.open),
      close: clock(d.close),
      visitors: Math.round(d.building.visitors),
      served: Math.round(d.building.served),
      lost: Math.round((d.building.turnedAway + d.building.unservedAtClose) * 10) / 10,
      peopleP95: d.building.peopleP95,
      hours: d.building.hours.map((h) => ({
        hour: `${String(h.hour).padStart(2, '0')}.00`,
        arrivals: Math.round(h.arrivals * 10) / 10,
        queueMean: h.queueMean,
        queueP95: h.queueP95,
        peopleP95: h.peopleP95,
        full: h.peopleP95 > model.seats.building,
        waitMean: h.waitMean,
        waitP95: h.waitP95,
        noWait: h.waitMean === null,
        overLimit: pct(h.overLimit),
        turnedAway: Math.round(h.turnedAway * 10) / 10,
      })),
    })),
    busiest: dayName(busiest.weekdays),
    agencies: model.agencies.map((agency, a) => {
      const figures = busiest.agencies[a];
      const poolFigures = agency.pools.map((p) => busiest.pools[p]);
      const counters = poolFigures.reduce((s, p) => s + p.counters, 0);
      const busy = poolFigures.reduce((s, p) => s + (p.utilisation ?? 0) * p.counters, 0);
      const needed = sizing.get(agency.id);
      return {
        label: agency.label,
        id: agency.id,
        mode: t(lang, `sim.mode.${agency.mode}` as MessageKey),
        present: figures.present,
        visitorsMark: agency.demandEstimated,
        countersMark: agency.countersEstimated,
        visitors: Math.round(figures.visitors * 10) / 10,
        served: Math.round(figures.served * 10) / 10,
        lost: Math.round((figures.turnedAway + figures.unservedAtClose) * 10) / 10,
        counters,
        needed: needed?.neededCounters ?? 0,
        utilisation: counters > 0 && figures.present ? Math.round((busy / counters) * 100) : 0,
        noUtil: !(counters > 0 && figures.present),
        waitMean: figures.waitMean,
        waitP95: figures.waitP95,
        noWait: figures.waitMean === null,
        queueP95: figures.queueP95,
      };
    }),
    pools: busiest.pools
      .filter((p) => p.counters > 0)
      .map((p) => ({ label: p.label, counters: p.counters, utilisation: pct(p.utilisation), none: p.utilisation === null, perCounter: p.counterUtilisation.map((u) => `${Math.round((u ?? 0) * 100)}%`).join(' / ') })),
    stages: busiest.stages.map((s) => ({
      service: s.serviceName,
      rows: s.stages.map((st, i) => ({ name: st.name, wait: st.waitMean ?? 0, utilisation: pct(st.utilisation) ?? 0, bottleneck: i === s.bottleneck })),
    })),
    seats: { layout: model.seats.building, simulated: Math.max(...result.days.map((d) => d.building.peopleP95)) },
    priority: { share: Math.round(model.priorityShare * 100), given: model.priorityShareGiven },
    thresholds: { idle: Math.round(IDLE_UTILISATION_THRESHOLD * 100), busy: Math.round(BUSY_UTILISATION_THRESHOLD * 100) },
    limit: model.serviceLevel.maxWaitMinutes,
    share: Math.round(model.serviceLevel.targetShare * 100),
  };
}

/** simulasi.md and the three charts, keyed by file name (no folder). Pure. */
export function renderSimulation(model: SimModel, result: SimulationResult, layout: LayoutPlan, lang: Lang): Record<string, string> {
  return {
    [SIMULATION_FILES.report]: renderTemplate('layout/simulasi.md.hbs', simulationContext(model, result, layout, lang)),
    [SIMULATION_FILES.building]: buildingChart(model, result, lang),
    [SIMULATION_FILES.agencies]: agencyChart(model, result, lang),
    [SIMULATION_FILES.counters]: counterChart(model, result, lang),
  };
}
