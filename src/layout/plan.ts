import type { CompletedRegion } from '../config/completed-region.js';
import { sizeCounters } from './sizing.js';
import { areaProgramme } from './area.js';
import { planFloors } from './floorplan.js';
import type { LayoutPlan, SimulatedWaiting } from './types.js';
import { estimateSummary } from '../config/estimate-summary.js';

/**
 * The interior layout of a region: counter sizing, area programme, zones per floor, warnings. The
 * waiting seats follow `simulated` (people waiting in a simulated day of these counters) when given,
 * else the analytic Erlang C percentile. Pure.
 */
export function planLayout(region: CompletedRegion, simulated?: SimulatedWaiting): LayoutPlan {
  const sizing = sizeCounters(region);
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
