import type { CompletedRegion } from '../config/completed-region.js';
import { sizeCounters } from './sizing.js';
import { areaProgramme } from './area.js';
import { planFloors } from './floorplan.js';
import type { LayoutPlan, SimulatedWaiting, SizingResult } from './types.js';
import { estimateSummary } from '../config/estimate-summary.js';

/**
 * The interior layout of a region: counter sizing, area programme, zones per floor, warnings. The
 * waiting seats follow `simulated` (people waiting in a simulated day of these counters) when given,
 * else the analytic Erlang C percentile. `sizing`, when given, is sizeCounters(region) already made
 * (the counters do not depend on the seats: a second plan of the same region reuses the first's). Pure.
 */
export function planLayout(region: CompletedRegion, simulated?: SimulatedWaiting, sizing: SizingResult = sizeCounters(region)): LayoutPlan {
  const area = areaProgramme(region, sizing, simulated);
  const { floors, warnings: floorWarnings } = planFloors(region, sizing, area, simulated);
  return {
    region: { name: region.region.name, slug: region.region.slug, mppName: region.mpp.name },
    estimates: estimateSummary(region),
    sizing,
    area,
    floors,
    warnings: [...sizing.warnings, ...area.warnings, ...floorWarnings],
  };
}
