import { stringify } from 'yaml';
import type { RegionAnswers } from '../generated/region.types.js';
import { t } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/types.js';
import { renderTemplate } from '../render/templates.js';
import * as C from './constants.js';
import { renderFloorSvg } from './svg.js';
import type { AreaItem, LayoutPlan } from './types.js';
import { round } from '../numbers/round.js';
import { peakWaitingPeople } from './waiting.js';

/** The data of `layout/layout.yaml` (validated by schemas/layout.schema.json). Fresh objects only. */
export function layoutDocument(plan: LayoutPlan): Record<string, unknown> {
  const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return {
    schemaVersion: 1,
    region: clone(plan.region),
    units: { length: 'm', area: 'm2', time: 'min' },
    serviceLevel: { targetShare: plan.sizing.targetShare, maxWaitMinutes: plan.sizing.maxWaitMinutes },
    peakFactor: plan.sizing.peakFactor,
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

/** Context of templates/layout/sizing.md.hbs: numbers stay numbers, names go through `md`. */
export function sizingContext(plan: LayoutPlan, lang: Lang): Record<string, unknown> {
  const pct = (v: number | null): number | null => (v === null ? null : round(v * 100, 1));
  return {
    lang,
    mpp: plan.region.mppName,
    share: round(plan.sizing.targetShare * 100, 1),
    minutes: plan.sizing.maxWaitMinutes,
    peak: plan.sizing.peakFactor,
    rows: plan.sizing.agencies.map((a) => ({
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
      p95: peakWaitingPeople(plan.sizing.agencies).queue,
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
export function renderLayoutFiles(plan: LayoutPlan, region: RegionAnswers, lang: Lang): Record<string, string> {
  const files: Record<string, string> = {};
  files['layout/layout.yaml'] = stringify(layoutDocument(plan), { aliasDuplicateObjects: false, lineWidth: 0 });
  for (const floor of plan.floors) files[`layout/floorplan-${floor.floor}.svg`] = renderFloorSvg(floor, region.mpp.name, lang);
  files['layout/sizing.md'] = renderTemplate('layout/sizing.md.hbs', sizingContext(plan, lang));
  return files;
}
