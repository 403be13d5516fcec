import type { Localized } from '../i18n/types.js';
import type { MessageKey, Params } from '../i18n/catalogue.js';
import type { EstimateSummary } from '../config/estimate-summary.js';

/** One layout finding, printable in either language (`message`) or re-rendered from `key` + `params`. */
export interface LayoutWarning {
  code:
    | 'planned-below-needed'
    | 'planned-overloaded'
    | 'no-demand'
    | 'no-services'
    | 'area-short'
    | 'zone-overflow'
    | 'no-entrance-floor'
    | 'outside-benchmark';
  severity: 'warning' | 'info';
  /** Field path in the answers (e.g. `agencies[2].plannedCounters`), when one field is concerned. */
  path?: string;
  key: MessageKey;
  params: Params;
  message: Localized;
}

/** Counter sizing of one agency (all its services share its counters). */
export interface AgencySizing {
  agency: string;
  /** Label for signs and the plan: the short name, else the name. */
  label: string;
  name: string;
  services: string[];
  /** Peak-hour arrivals summed over the agency's services. */
  arrivalsPerHour: number;
  /** Arrival-weighted mean handling minutes (plain mean when there are no arrivals). */
  meanHandlingMinutes: number;
  /** Offered load in Erlangs (busy counters on average at peak). */
  offeredLoad: number;
  /** Smallest counters meeting the service level by Erlang C (0 without arrivals). */
  queueCounters: number;
  /** Counters needed: queueCounters, but at least 1 for an agency that takes part (see sizing.ts). */
  neededCounters: number;
  plannedCounters: number;
  /** Counters placed on the plan: max(planned, needed). */
  layoutCounters: number;
  needed: QueueFigures;
  planned: QueueFigures;
}

/** Queue figures for one number of counters. `null` where the queue is unstable or there are no counters. */
export interface QueueFigures {
  counters: number;
  utilisation: number | null;
  probWait: number;
  /** Share served within the wait limit. */
  serviceLevel: number;
  meanWaitMinutes: number | null;
  meanQueueLength: number | null;
}

export interface SizingResult {
  targetShare: number;
  maxWaitMinutes: number;
  peakFactor: number;
  agencies: AgencySizing[];
  totals: {
    arrivalsPerHour: number;
    offeredLoad: number;
    neededCounters: number;
    plannedCounters: number;
    layoutCounters: number;
    meanQueueLength: number;
  };
  warnings: LayoutWarning[];
}

export interface AreaItem {
  kind: ZoneKind;
  count: number;
  unitArea: number;
  area: number;
  /** The region listed this facility in its answers (undefined for items that are not facilities). */
  declared?: boolean;
  /** Drawn although the region did not list it, because a rule requires it (catalogue key of the rule). */
  requiredBy?: string;
}

/**
 * People waiting at the busiest hour as a simulated day found them (its 95th percentile, companions
 * included), given to the layout planner so that the seats follow the simulation rather than the
 * analytic Erlang C figure. `agencies` weighs each agency's share of the seats (its own 95th
 * percentile of people waiting); `estimated` when the simulated day rests on estimated figures.
 */
export interface SimulatedWaiting {
  people: number;
  agencies: Readonly<Record<string, number>>;
  estimated: boolean;
}

/** Where the waiting seats come from: the simulated day's 95th percentile, or Erlang C where no day was simulated. */
export interface SeatSource {
  kind: 'simulated' | 'analytic';
  /** The 95th percentile of people waiting the seats are sized on (companions included; fractional when analytic). */
  people: number;
  estimated: boolean;
}

export interface AreaProgramme {
  items: AreaItem[];
  waitingSeats: number;
  seatSource: SeatSource;
  ticketKiosks: number;
  netArea: number;
  circulationFactor: number;
  circulationArea: number;
  neededArea: number;
  availableArea: number;
  /** Needed minus available when positive, else 0 (square metres). */
  missingArea: number;
  warnings: LayoutWarning[];
}

export type ZoneKind =
  | 'entrance'
  | 'information-desk'
  | 'ticket-kiosk'
  | 'priority-counter'
  | 'complaint-desk'
  | 'agency-counters'
  | 'waiting-area'
  | 'lactation-room'
  | 'children-corner'
  | 'accessible-toilet'
  | 'back-office'
  | 'circulation'
  | 'stairs'
  | 'lift'
  | 'prayer-room'
  | 'first-aid'
  | 'payment-counters';

export interface Zone {
  id: string;
  kind: ZoneKind;
  /** x from the floor's left edge, y from its back wall (the entrance is on the front edge, y = depth). */
  x: number;
  y: number;
  width: number;
  depth: number;
  area: number;
  agency?: string;
  label?: string;
  counters?: number;
  seats?: number;
  /** Drawn because a rule requires it (catalogue key of the rule), not because the region chose it. */
  requiredBy?: string;
  /** Counters: the side their desks and visitors are on (`front`: the entrance side, `back`: the back wall side). */
  facing?: 'front' | 'back';
}

export interface OverflowItem {
  id: string;
  kind: ZoneKind;
  agency?: string;
  area: number;
}

export interface FloorPlan {
  floor: string;
  name: string;
  level: number;
  width: number;
  depth: number;
  entrance: boolean;
  zones: Zone[];
  overflow: OverflowItem[];
}

export interface LayoutPlan {
  region: { name: string; slug: string; mppName: string };
  /** Where the figures the plan rests on come from, and how much of the load rests on estimates. */
  estimates: EstimateSummary;
  sizing: SizingResult;
  area: AreaProgramme;
  floors: FloorPlan[];
  warnings: LayoutWarning[];
}
