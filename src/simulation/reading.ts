import { t, type Params, type MessageKey } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/types.js';
import type { SimModel } from './model.js';
import type { DayFigures, SimulationResult } from './result.js';
import { BUSY_UTILISATION_THRESHOLD, IDLE_UTILISATION_THRESHOLD } from './constants.js';

/** One sentence of the plain reading, rendered from the catalogue in the document's language. */
export interface SimFinding {
  code: 'estimates' | 'bottleneck' | 'idle-counters' | 'information-only-idle' | 'busy-counters' | 'long-wait' | 'turned-away' | 'waiting-overflow' | 'part-time' | 'no-counters';
  severity: 'warning' | 'info';
  key: MessageKey;
  params: Params;
  agency?: string;
}

const pct = (x: number): number => Math.round(x * 100);
const hh = (hour: number): string => `${String(hour).padStart(2, '0')}.00`;
/** `HH.MM` of minutes since midnight. */
export const clock = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`;

/** Runs of consecutive hours as `09.00-11.00` ranges (end exclusive). */
export function hourRanges(hours: number[]): string {
  const sorted = [...new Set(hours)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(`${hh(sorted[i])}-${hh(sorted[j] + 1)}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** The day type with the most visitors (the one charts and per-agency tables show). */
export function busiestDay(result: SimulationResult): DayFigures {
  return result.days.reduce((best, d) => (d.building.visitors > best.building.visitors ? d : best), result.days[0]);
}

/**
 * What the simulated day rests on that the region did not give, as one sentence (undefined when
 * every figure it reads is the region's own): the share of the peak load on estimated demand, the
 * agencies whose counters are estimates, the MPP figures that are kit defaults.
 */
export function estimatesFinding(model: SimModel, lang: Lang): SimFinding | undefined {
  const counters = model.agencies.filter((a) => a.countersEstimated).length;
  const { loadOnEstimates, mpp } = model.estimates;
  if (loadOnEstimates === 0 && counters === 0 && mpp.length === 0) return undefined;
  const figures = mpp.map((f) => t(lang, `origin.figure.${f}` as MessageKey).toLowerCase()).join(', ');
  const parts = [
    ...(loadOnEstimates > 0 ? [t(lang, 'sim.finding.estimatesLoad', { percent: pct(loadOnEstimates) })] : []),
    ...(counters > 0 ? [t(lang, 'sim.finding.estimatesCounters', { counters, agencies: model.agencies.length })] : []),
    ...(mpp.length > 0 ? [t(lang, 'sim.finding.estimatesMpp', { figures })] : []),
  ];
  return { code: 'estimates', severity: 'info', key: 'sim.finding.estimates', params: { parts: parts.join('; ') } };
}

/**
 * The plain reading of a simulated week: where the bottleneck is, which counters sit idle (the
 * under-use warning, against IDLE_UTILISATION_THRESHOLD), which are overloaded, where waits break the
 * service level, who is turned away, when the waiting room overflows. In agency order, then building;
 * first, when the day rests on estimates, a sentence that says so.
 */
export function readSimulation(model: SimModel, result: SimulationResult, lang: Lang): SimFinding[] {
  const out: SimFinding[] = [];
  const estimates = estimatesFinding(model, lang);
  if (estimates) out.push(estimates);
  const limit = model.serviceLevel.maxWaitMinutes;
  const target = model.serviceLevel.targetShare;
  const dayNames = (days: DayFigures[]): string => days.flatMap((d) => d.weekdays).map((w) => t(lang, `appconfig.day.${w}` as MessageKey)).join(', ');
  model.agencies.forEach((agency, a) => {
    const present = result.days.filter((d) => d.agencies[a].present);
    const windows = model.days.map((d) => d.presence[a]).filter((w) => w !== null);
    const partHours = model.days.some((d) => d.presence[a] !== null && (d.presence[a].from > d.open || d.presence[a].to < d.close));
    if (dayNames(present).split(', ').length < dayNames(result.days).split(', ').length || partHours) {
      const span = partHours && windows.length > 0 ? ` (${clock(windows[0].from)}-${clock(windows[0].to)})` : '';
      out.push({ code: 'part-time', severity: 'info', key: 'sim.finding.partTime', params: { agency: agency.label, days: `${dayNames(present) || '-'}${span}` }, agency: agency.id });
    }
    for (const p of agency.pools) {
      const pool = model.pools[p];
      const figures = result.days.map((d) => d.pools[p]).filter((f) => f.utilisation !== null);
      const demand = agency.services.some((s) => s.visitorsPerDay > 0 && s.stages.some((st) => st.pool === p));
      if (pool.counters === 0) {
        if (demand) out.push({ code: 'no-counters', severity: 'warning', key: 'sim.finding.noCounters', params: { pool: pool.label }, agency: agency.id });
        continue;
      }
      if (figures.length === 0) continue;
      const busiest = figures.reduce((best, f) => ((f.utilisation ?? 0) > (best.utilisation ?? 0) ? f : best), figures[0]);
      const perCounter = pool.counters > 0 ? busiest.counterUtilisation : [];
      const idle = perCounter.filter((u) => u !== null && u < IDLE_UTILISATION_THRESHOLD).length;
      const utilisation = busiest.utilisation ?? 0;
      if (utilisation < IDLE_UTILISATION_THRESHOLD) {
        const informationOnly = agency.mode === 'informasi';
        out.push({
          code: informationOnly ? 'information-only-idle' : 'idle-counters',
          severity: 'warning',
          key: informationOnly ? 'sim.finding.informationIdle' : 'sim.finding.idle',
          params: { pool: pool.label, idle, counters: pool.counters, utilisation: pct(utilisation), threshold: pct(IDLE_UTILISATION_THRESHOLD), list: perCounter.map((u) => `${pct(u ?? 0)}%`).join(' / ') },
          agency: agency.id,
        });
      } else if (utilisation > BUSY_UTILISATION_THRESHOLD) {
        out.push({ code: 'busy-counters', severity: 'warning', key: 'sim.finding.busy', params: { pool: pool.label, utilisation: pct(utilisation), threshold: pct(BUSY_UTILISATION_THRESHOLD) }, agency: agency.id });
      }
    }
    const failing = present.filter((d) => (d.agencies[a].overLimit ?? 0) > 1 - target + 1e-9);
    if (failing.length > 0) {
      const worst = failing.reduce((w, d) => ((d.agencies[a].overLimit ?? 0) > (w.agencies[a].overLimit ?? 0) ? d : w), failing[0]);
      out.push({
        code: 'long-wait',
        severity: 'warning',
        key: 'sim.finding.longWait',
        params: { agency: agency.label, days: dayNames(failing), served: Math.round((1 - (worst.agencies[a].overLimit ?? 0)) * 1000) / 10, share: pct(target), minutes: limit, p95: Math.round(worst.agencies[a].waitP95 ?? 0) },
        agency: agency.id,
      });
    }
    const lost = Math.max(...result.days.map((d) => d.agencies[a].turnedAway + d.agencies[a].unservedAtClose));
    if (lost >= 0.5) {
      const day = result.days.find((d) => d.agencies[a].turnedAway + d.agencies[a].unservedAtClose === lost) as DayFigures;
      out.push({ code: 'turned-away', severity: 'warning', key: 'sim.finding.turnedAway', params: { agency: agency.label, count: Math.round(lost * 10) / 10, quota: Math.round(day.agencies[a].turnedAway * 10) / 10, closing: Math.round(day.agencies[a].unservedAtClose * 10) / 10, days: dayNames([day]) }, agency: agency.id });
    }
  });
  for (const [s, pool] of model.pools.entries()) {
    if (pool.kind !== 'payment') continue;
    const figures = result.days.map((d) => d.pools[s]).filter((f) => f.utilisation !== null);
    const utilisation = Math.max(0, ...figures.map((f) => f.utilisation ?? 0));
    if (utilisation > BUSY_UTILISATION_THRESHOLD) out.push({ code: 'busy-counters', severity: 'warning', key: 'sim.finding.busy', params: { pool: pool.label, utilisation: pct(utilisation), threshold: pct(BUSY_UTILISATION_THRESHOLD) } });
  }
  for (const day of result.days) {
    for (const staged of day.stages) {
      if (day !== busiestDay(result)) continue;
      const stage = staged.stages[staged.bottleneck];
      out.push({
        code: 'bottleneck',
        severity: 'info',
        key: 'sim.finding.bottleneck',
        params: { service: staged.serviceName, stage: stage.name, wait: Math.round((stage.waitMean ?? 0) * 10) / 10, utilisation: pct(stage.utilisation ?? 0) },
        agency: staged.agency,
      });
    }
  }
  for (const day of result.days) {
    const late = day.building.hours.filter((h) => h.overLimit !== null && h.overLimit > 1 - target + 1e-9).map((h) => h.hour);
    if (late.length === 0) continue;
    const affected = model.agencies.filter((_, a) => day.agencies[a].hours.some((h) => late.includes(h.hour) && h.overLimit !== null && h.overLimit > 1 - target + 1e-9)).map((x) => x.label);
    const shown = affected.slice(0, 8).join(', ') + (affected.length > 8 ? ', …' : '');
    const dayModel = model.days.find((d) => d.day === day.day);
    const breaks = (dayModel?.breaks ?? []).filter((b) => late.some((h) => b.end > h * 60 - 60 && b.start < (h + 1) * 60)).map((b) => `${clock(b.start)}-${clock(b.end)}`);
    out.push({
      code: 'long-wait',
      severity: 'warning',
      key: breaks.length > 0 ? 'sim.finding.peakHoursBreak' : 'sim.finding.peakHours',
      params: { days: dayNames([day]), hours: hourRanges(late), share: pct(target), minutes: limit, count: affected.length, agencies: shown, breaks: breaks.join(', ') },
    });
  }
  const seats = model.seats.building;
  for (const day of result.days) {
    const full = day.building.hours.filter((h) => h.peopleP95 > seats).map((h) => h.hour);
    if (full.length > 0) {
      out.push({ code: 'waiting-overflow', severity: 'warning', key: 'sim.finding.overflow', params: { days: dayNames([day]), hours: hourRanges(full), people: day.building.peopleP95, seats } });
    }
  }
  return out;
}
