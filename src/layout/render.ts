import { stringify } from 'yaml';
import type { CompletedRegion } from '../config/completed-region.js';
import { pick, t } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/types.js';
import { renderTemplate } from '../render/templates.js';
import * as C from './constants.js';
import { renderFloorSvg } from './svg.js';
import type { AreaItem, LayoutPlan } from './types.js';
import { round } from '../numbers/round.js';
import { buildingPeakWaiting, seatsForPeople } from './waiting.js';
import { countData, isEstimate, provenanceData, provenanceOf } from '../config/provenance.js';
import type { EstimateSummary } from '../config/estimate-summary.js';
import { MPP_FIGURES } from '../config/completed-region.js';

/** The provenance block of `layout/layout.yaml`. */
function provenanceDocument(estimates: EstimateSummary): Record<string, unknown> {
  return {
    loadOnEstimates: estimates.loadOnEstimates,
    figures: {
      handlingMinutes: countData(estimates.handlingMinutes),
      visitorsPerDay: countData(estimates.visitorsPerDay),
      plannedCounters: countData(estimates.plannedCounters),
      kinds: countData(estimates.kinds),
    },
    mpp: Object.fromEntries(MPP_FIGURES.map((f) => [f, provenanceData(estimates.mpp[f])])),
    agencies: estimates.agencies.map((a) => ({
      agency: a.agency,
      plannedCounters: provenanceData(a.plannedCounters),
      kind: provenanceData(a.kind),
      handlingMinutes: countData(a.handlingMinutes),
      visitorsPerDay: countData(a.visitorsPerDay),
      loadOnEstimates: a.loadOnEstimates,
    })),
    ...(estimates.agenciesWithoutServices.length > 0 ? { agenciesWithoutServices: [...estimates.agenciesWithoutServices] } : {}),
  };
}

/** The data of `layout/layout.yaml` (validated by schemas/layout.schema.json). Fresh objects only. */
export function layoutDocument(plan: LayoutPlan): Record<string, unknown> {
  const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return {
    schemaVersion: 1,
    region: clone(plan.region),
    units: { length: 'm', area: 'm2', time: 'min' },
    serviceLevel: { targetShare: plan.sizing.targetShare, maxWaitMinutes: plan.sizing.maxWaitMinutes },
    peakFactor: plan.sizing.peakFactor,
    provenance: provenanceDocument(plan.estimates),
    sizing: { agencies: clone(plan.sizing.agencies), totals: clone(plan.sizing.totals) },
    area: {
      items: clone(plan.area.items),
      waitingSeats: plan.area.waitingSeats,
      ticketKiosks: plan.area.ticketKiosks,
      netArea: plan.area.netArea,
      circulationFactor: plan.area.circulationFactor,
      circulationArea: plan.area.circulationArea,
      neededArea: plan.area.neededArea,
      availableArea: plan.area.availableArea,
      missingArea: plan.area.missingArea,
    },
    floors: clone(plan.floors),
    warnings: plan.warnings.map((w) => {
      const out: Record<string, unknown> = { code: w.code, severity: w.severity };
      if (w.path !== undefined) out.path = w.path;
      out.message = { id: w.message.id, en: w.message.en };
      return out;
    }),
  };
}

const RATIONALE: Record<AreaItem['kind'], string> = {
  'agency-counters': 'layout.rationale.counter',
  'waiting-area': 'layout.rationale.seat',
  entrance: 'layout.rationale.entrance',
  'information-desk': 'layout.rationale.informationDesk',
  'ticket-kiosk': 'layout.rationale.kiosk',
  'priority-counter': 'layout.rationale.priority',
  'complaint-desk': 'layout.rationale.complaint',
  'lactation-room': 'layout.rationale.lactation',
  'children-corner': 'layout.rationale.children',
  'accessible-toilet': 'layout.rationale.toilet',
  'back-office': 'layout.rationale.backOffice',
  circulation: 'layout.rationale.circulation',
  stairs: 'layout.rationale.stairs',
  lift: 'layout.rationale.lift',
  'prayer-room': 'layout.rationale.prayer',
  'first-aid': 'layout.rationale.firstAid',
  'payment-counters': 'layout.rationale.payment',
};

/** The "where the figures come from" part of sizing.md: every estimate visible with its basis. */
function originContext(plan: LayoutPlan, region: CompletedRegion, lang: Lang): Record<string, unknown> {
  const e = plan.estimates;
  const estimatedOf = (c: { total: number; diisi: number }): number => c.total - c.diisi;
  const agencyLabel = new Map(region.agencies.map((a) => [a.id, a.shortName ?? a.name]));
  return {
    any: e.any,
    summary: {
      percent: round(e.loadOnEstimates * 100, 0),
      handlingEstimated: estimatedOf(e.handlingMinutes),
      handlingTotal: e.handlingMinutes.total,
      visitorsEstimated: estimatedOf(e.visitorsPerDay),
      visitorsTotal: e.visitorsPerDay.total,
      countersEstimated: estimatedOf(e.plannedCounters),
      countersTotal: e.plannedCounters.total,
    },
    mpp: MPP_FIGURES.map((f) => ({ labelKey: `origin.figure.${f}`, mark: isEstimate(e.mpp[f]), note: pick(lang, e.mpp[f].note) })),
    agencies: region.agencies.map((a) => {
      const kind = provenanceOf(region, { agency: a.id, figure: 'kind' });
      const planned = provenanceOf(region, { agency: a.id, figure: 'plannedCounters' });
      return {
        label: a.shortName ?? a.name,
        id: a.id,
        kindKey: `agencyKind.${a.kind}`,
        kindMark: isEstimate(kind),
        kindNote: pick(lang, kind.note),
        planned: a.plannedCounters,
        plannedMark: isEstimate(planned),
        plannedNote: pick(lang, planned.note),
      };
    }),
    services: region.services.map((s) => {
      const handling = provenanceOf(region, { service: s.id, figure: 'handlingMinutes' });
      const visitors = provenanceOf(region, { service: s.id, figure: 'visitorsPerDay' });
      return {
        agency: agencyLabel.get(s.agency) ?? s.agency,
        name: s.name,
        handling: s.handlingMinutes,
        handlingMark: isEstimate(handling),
        handlingNote: pick(lang, handling.note),
        visitors: s.visitorsPerDay,
        visitorsMark: isEstimate(visitors),
        visitorsNote: pick(lang, visitors.note),
      };
    }),
    entries: region.provenance.entries.map((u) => ({
      label: pick(lang, u.label),
      text: t(lang, 'origin.catalogueEntry', {
        minutes: u.handlingMinutes.value,
        handling: pick(lang, u.handlingMinutes.detail),
        share: round(u.demandShare.value * 100, 1),
        demand: pick(lang, u.demandShare.detail),
      }),
    })),
    noServices: e.agenciesWithoutServices.map((id) => agencyLabel.get(id) ?? id).join(', '),
  };
}

/** Context of templates/layout/sizing.md.hbs: numbers stay numbers, names go through `md`. */
export function sizingContext(plan: LayoutPlan, lang: Lang, region: CompletedRegion): Record<string, unknown> {
  const pct = (v: number | null): number | null => (v === null ? null : round(v * 100, 1));
  const marks = new Map(plan.estimates.agencies.map((a) => [a.agency, a]));
  const peak = buildingPeakWaiting(plan.sizing); // analytic (Erlang C) people waiting at the peak, found once per sizing
  return {
    lang,
    mpp: plan.region.mppName,
    share: round(plan.sizing.targetShare * 100, 1),
    minutes: plan.sizing.maxWaitMinutes,
    peak: plan.sizing.peakFactor,
    origin: originContext(plan, region, lang),
    floorsMark: isEstimate(plan.estimates.mpp.floors),
    floorsNote: pick(lang, plan.estimates.mpp.floors.note),
    rows: plan.sizing.agencies.map((a) => ({
      plannedMark: marks.has(a.agency) && isEstimate(marks.get(a.agency)!.plannedCounters),
      arrivalsMark: (marks.get(a.agency)?.visitorsPerDay.diisi ?? 0) !== (marks.get(a.agency)?.visitorsPerDay.total ?? 0),
      handlingMark: (marks.get(a.agency)?.handlingMinutes.diisi ?? 0) !== (marks.get(a.agency)?.handlingMinutes.total ?? 0),
      label: a.label,
      id: a.agency,
      arrivals: a.arrivalsPerHour,
      handling: a.meanHandlingMinutes,
      load: a.offeredLoad,
      planned: a.plannedCounters,
      needed: a.neededCounters,
      utilPlanned: pct(a.planned.utilisation),
      utilPlannedNone: a.planned.utilisation === null,
      slPlanned: pct(a.planned.serviceLevel),
      waitPlanned: a.planned.meanWaitMinutes,
      waitPlannedUnstable: a.planned.meanWaitMinutes === null,
      waitNeeded: a.needed.meanWaitMinutes ?? 0,
      short: a.plannedCounters < a.neededCounters,
    })),
    totals: plan.sizing.totals,
    area: plan.area,
    areaRows: plan.area.items.map((i) => ({ ...i, labelKey: `layout.zone.${i.kind}`, rationaleKey: RATIONALE[i.kind] })),
    params: {
      perHour: C.TICKETS_PER_KIOSK_PER_HOUR,
      perCounter: C.BACK_OFFICE_M2_PER_COUNTER,
      minimum: C.BACK_OFFICE_MIN_M2,
      aisle: C.AISLE_WIDTH_M,
    },
    circulationPercent: round(plan.area.circulationFactor * 100, 0),
    seats: {
      seats: plan.area.waitingSeats,
      queue: plan.sizing.totals.meanQueueLength,
      p95: peak.queue,
      simulated: plan.area.seatSource.kind === 'simulated',
      estimated: plan.area.seatSource.estimated,
      people: plan.area.seatSource.people,
      analytic: seatsForPeople(peak.people),
      percentile: round(C.WAITING_SEATS_PERCENTILE * 100, 0),
      companions: C.COMPANIONS_PER_VISITOR,
    },
    warnings: plan.warnings.map((w) => ({ severity: w.severity, text: t(lang, w.key, w.params), path: w.path })),
  };
}

/**
 * The layout files of a deployment: `layout/layout.yaml`, `layout/floorplan-<floorId>.svg` per
 * floor and `layout/sizing.md` (in `lang`). Keys are paths relative to the deployment folder.
 */
export function renderLayoutFiles(plan: LayoutPlan, region: CompletedRegion, lang: Lang): Record<string, string> {
  const files: Record<string, string> = {};
  files['layout/layout.yaml'] = stringify(layoutDocument(plan), { aliasDuplicateObjects: false, lineWidth: 0 });
  for (const floor of plan.floors) files[`layout/floorplan-${floor.floor}.svg`] = renderFloorSvg(floor, region.mpp.name, lang);
  files['layout/sizing.md'] = renderTemplate('layout/sizing.md.hbs', sizingContext(plan, lang, region));
  return files;
}
