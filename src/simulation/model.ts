import type { Weekday } from '../config/defaults.js';
import type { MppFigure } from '../config/completed-region.js';

/**
 * The simulation's own input: what a simulated day needs and nothing else, produced from the region
 * and its layout plan by ONE adapter (adapter.ts). Times are minutes since midnight; rates per minute.
 */
export interface SimModel {
  mpp: string;
  /** Distinct day types (open weekdays with the same schedule and presence share one type). */
  days: SimDay[];
  /** Counter pools: an agency's general counters, its counter groups, the shared payment counters. */
  pools: SimPool[];
  /** Mean minutes of one payment at the shared payment counters (when there are any). */
  paymentMinutes?: number;
  agencies: SimAgency[];
  /** Share of arrivals served first (UU 25/2009 Pasal 29 groups) and where the figure came from. */
  priorityShare: number;
  priorityShareGiven: boolean;
  serviceLevel: { targetShare: number; maxWaitMinutes: number };
  /** Waiting seats of the layout, building and per floor, to compare with people waiting. */
  seats: { building: number; floors: Array<{ floor: string; name: string; seats: number; agencies: string[] }> };
  /** What-if changes applied (agency id -> counters added or removed), for the report. */
  whatIf: Array<{ agency: string; group?: string; delta: number }>;
  /** What the simulated day rests on that the region did not give (the completed region's provenance). */
  estimates: {
    /** Share (0-1) of the peak offered load from services whose handling minutes or visitors are estimates. */
    loadOnEstimates: number;
    /** MPP figures shaping the day that are estimates or kit defaults (opening hours, peak factor, service level). */
    mpp: MppFigure[];
  };
}

export interface SimPool {
  id: string;
  label: string;
  kind: 'agency' | 'group' | 'payment';
  /** Owning agency (undefined for the shared payment counters unless an agency runs them). */
  agency?: string;
  counters: number;
}

export interface SimStage {
  name: string;
  pool: number;
  minutes: number;
}

export interface SimService {
  id: string;
  name: string;
  /** Stages in series (one stage for a service without stages), then the payment stage when it pays. */
  stages: SimStage[];
  paymentStage: boolean;
  /** Visitors on a day the agency is present, at the MPP (old office share applied). */
  visitorsPerDay: number;
  /** Daily ticket quota per weekday (the same formula as the queue app's quota); absent day = no quota. */
  quota: Partial<Record<Weekday, number>>;
}

export interface SimAgency {
  id: string;
  label: string;
  mode: 'penuh' | 'terima-berkas' | 'informasi' | 'kios';
  services: SimService[];
  /** Pools this agency owns (indices into SimModel.pools). */
  pools: number[];
  /** Some of its services' handling minutes or visitors are estimates (not the region's own). */
  demandEstimated: boolean;
  /** Its planned counters are an estimate (not the region's own). */
  countersEstimated: boolean;
}

/** One slot of an arrival profile: [start, end) and the share of the window's arrivals. */
export interface SimSlot {
  start: number;
  end: number;
  share: number;
}

export interface SimDay {
  /** Key of the day type (its first weekday), and every weekday it stands for. */
  day: Weekday;
  weekdays: Weekday[];
  open: number;
  close: number;
  breaks: Array<{ start: number; end: number }>;
  /**
   * Per agency (same order as SimModel.agencies): its window and arrival slots that day, or null when
   * absent; `scale` multiplies its visitors per day (a shorter day draws proportionally fewer visitors).
   */
  presence: Array<{ from: number; to: number; scale: number; slots: SimSlot[] } | null>;
}
