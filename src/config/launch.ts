import type { RegionAnswers } from '../generated/region.types.js';

/**
 * The MPP's launch and life stage, read from the answers only (never from the clock), so the same
 * answers always give the same checklist and review.
 *
 * A launch date may be a full date (`2018-10-15`), a month (`2017-10`) or a year (`2018`) when the
 * day is not known. An MPP is operating when `mpp.launchStatus` says so (`operating`, or its synonym
 * `launched`), or when its launch date lies before the reference date. The reference date is
 * `mpp.asOf` (the date the answers describe) when given, else the kit's data date
 * (`dataAsOf` in data/checklist-catalogue.yaml): a launch before the day the kit's data were last
 * checked has certainly happened.
 */
export interface LaunchDate {
  year: number;
  month?: number;
  day?: number;
  /** The text as given. */
  text: string;
}

const LAUNCH_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The parts of a launch date, or undefined when the text is not one (or not a real calendar date). */
export function parseLaunchDate(text: string | undefined): LaunchDate | undefined {
  if (text === undefined) return undefined;
  const m = LAUNCH_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined) {
    const date = new Date(Date.UTC(year, (month ?? 1) - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== (month ?? 1) - 1 || date.getUTCDate() !== day) return undefined;
  }
  return { year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}), text };
}

/** Whether a launch date is a real date, month or year (rejects 2023-02-30 and 2023-13). */
export function isValidLaunchDate(text: string): boolean {
  return parseLaunchDate(text) !== undefined;
}

/** The first day the launch date can mean (`2018` -> 2018-01-01, `2017-10` -> 2017-10-01). */
export function launchStart(date: LaunchDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month ?? 1).padStart(2, '0')}-${String(date.day ?? 1).padStart(2, '0')}`;
}

/** The last day the launch date can mean (`2018` -> 2018-12-31, `2017-10` -> 2017-10-31). */
export function launchEnd(date: LaunchDate): string {
  if (date.day !== undefined) return launchStart(date);
  const month = date.month ?? 12;
  const last = new Date(Date.UTC(date.year, month, 0)).getUTCDate();
  return `${String(date.year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

export type LifeStage = 'planned' | 'operating';

export interface Lifecycle {
  stage: LifeStage;
  /** Why: the launch status says so, or the launch date lies before the reference date. */
  reason: 'status' | 'launch-date-passed' | 'planned';
  launch?: LaunchDate;
  /** The reference date (YYYY-MM-DD) and where it comes from. */
  asOf: string;
  asOfSource: 'answers' | 'kit-data';
}

/**
 * A YAML year written without quotes (`launchDate: 2018`) reads as a number: accept it as the year
 * text before validation, so the region does not have to know YAML's typing. Pure: `data` itself
 * when there is nothing to change, else a copy of the two objects on the way (the rest is shared).
 */
export function withLaunchYearAsText(data: unknown): unknown {
  const mpp = (data as { mpp?: Record<string, unknown> } | null)?.mpp;
  if (!mpp || typeof mpp !== 'object' || !Number.isInteger(mpp.launchDate)) return data;
  return { ...(data as Record<string, unknown>), mpp: { ...mpp, launchDate: String(mpp.launchDate) } };
}

/** The MPP's life stage from its answers and the kit's data date (YYYY-MM-DD). Pure. */
export function lifecycle(region: Pick<RegionAnswers, 'mpp'>, kitDataAsOf: string): Lifecycle {
  const launch = parseLaunchDate(region.mpp.launchDate);
  const asOf = region.mpp.asOf ?? kitDataAsOf;
  const asOfSource = region.mpp.asOf ? 'answers' : 'kit-data';
  const base = { ...(launch ? { launch } : {}), asOf, asOfSource } as const;
  const status = region.mpp.launchStatus;
  if (status === 'operating' || status === 'launched') return { stage: 'operating', reason: 'status', ...base };
  // A launch counts as passed only when even its last possible day lies before the reference date.
  if (launch && launchEnd(launch) < asOf) return { stage: 'operating', reason: 'launch-date-passed', ...base };
  return { stage: 'planned', reason: 'planned', ...base };
}
