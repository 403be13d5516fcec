import type { Lang } from '../i18n/types.js';
import type { CompletedRegion } from '../config/completed-region.js';
import { validateRegion } from '../config/load.js';
import { completeRegion } from '../complete/complete.js';
import { fittingFloorSize, floorsFit, type FloorFit } from '../complete/floors.js';
import { sizeCounters } from '../layout/sizing.js';
import type { Answers } from './ask-fields.js';

/**
 * The answers the interview offers that are computed, never invented: the kit's own sizing of the
 * answers so far (the complete stage's estimates for every figure left empty, then Erlang C and the
 * area programme), so that accepting an offered answer gives a plan that passes the kit's checks.
 * Pure.
 */

/** The answers so far as the complete stage sees them, or undefined while they do not validate yet. */
export function provisionalRegion(answers: Answers, lang: Lang): CompletedRegion | undefined {
  const valid = validateRegion(answers, { lang, file: 'interview' });
  return valid.ok ? completeRegion(valid.value, undefined, lang) : undefined;
}

/**
 * The counters an agency's queue needs (Erlang C on the stated demand, the kit's estimates where
 * none is stated, the answers' service level), whatever it plans now; undefined while unknown.
 */
export function neededCounters(answers: Answers, agency: string, lang: Lang): number | undefined {
  const region = provisionalRegion(answers, lang);
  return region ? sizeCounters(region).agencies.find((a) => a.agency === agency)?.neededCounters : undefined;
}

/** The floor the selection needs: its area, and sides of `count` equal floors that hold its plan. */
export function neededFloor(answers: Answers, count: number, lang: Lang): FloorFit | undefined {
  const { floors: _floors, ...mpp } = (answers.mpp ?? {}) as Answers;
  const region = provisionalRegion({ ...answers, mpp }, lang);
  return region ? fittingFloorSize({ ...region, mpp: { ...region.mpp, floors: [] } }, count) : undefined;
}

/** True when the answers' floors hold the floor plan (or cannot be judged yet). */
export function answeredFloorsFit(answers: Answers, lang: Lang): boolean {
  const region = provisionalRegion(answers, lang);
  return region ? floorsFit(region) : true;
}
