import type { Weekday } from '../config/defaults.js';

/** Figures of one clock hour (mean over replications; percentiles pooled over them). */
export interface HourFigures {
  /** Clock hour (8 = 08:00-09:00). */
  hour: number;
  /** Arrivals in the hour (turned-away visitors included). */
  arrivals: number;
  /** People waiting (not yet served), time-averaged over the hour, and its 95th percentile. */
  queueMean: number;
  queueP95: number;
  /** Wait (all stages) of visitors who arrived in the hour and were served; null without any. */
  waitMean: number | null;
  waitP95: number | null;
  /** Share of those visitors who waited longer than the service-level limit. */
  overLimit: number | null;
  turnedAway: number;
}

export interface PoolFigures {
  pool: string;
  label: string;
  kind: 'agency' | 'group' | 'payment';
  agency?: string;
  counters: number;
  /** Busy share of staffed time for the pool and for each counter (lowest-numbered first); null when never staffed. */
  utilisation: number | null;
  counterUtilisation: Array<number | null>;
  /** Mean wait at this pool (one stage). */
  waitMean: number | null;
}

export interface AgencyDayFigures {
  agency: string;
  label: string;
  present: boolean;
  hours: HourFigures[];
  visitors: number;
  served: number;
  turnedAway: number;
  unservedAtClose: number;
  waitMean: number | null;
  waitP95: number | null;
  priorityWaitMean: number | null;
  queueP95: number;
  /** Share of the day's served visitors who waited longer than the service-level limit. */
  overLimit: number | null;
}

export interface StageFigures {
  service: string;
  serviceName: string;
  agency: string;
  stages: Array<{ name: string; pool: string; waitMean: number | null; utilisation: number | null }>;
  /** Index of the stage that holds visitors longest (the bottleneck). */
  bottleneck: number;
}

export interface DayFigures {
  day: Weekday;
  weekdays: Weekday[];
  open: number;
  close: number;
  building: { hours: Array<HourFigures & { peopleP95: number }>; visitors: number; served: number; turnedAway: number; unservedAtClose: number; queueP95: number; peopleP95: number };
  agencies: AgencyDayFigures[];
  pools: PoolFigures[];
  stages: StageFigures[];
}

/** The simulated days: one entry per day type, with the run's parameters. */
export interface SimulationResult {
  replications: number;
  seed: number;
  days: DayFigures[];
}
