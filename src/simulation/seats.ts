import { COMPANIONS_PER_VISITOR } from '../layout/constants.js';
import type { LayoutPlan, SimulatedWaiting } from '../layout/types.js';
import type { SimModel } from './model.js';
import type { SimulationResult } from './result.js';

/**
 * People waiting as the simulated day found them, for the layout planner: the building's 95th
 * percentile of people waiting at its busiest hour over every day type (companions included, as in
 * simulasi.md), and each agency's weight for sharing the seats between floors and bays (its own 95th
 * percentile of visitors queueing at its busiest hour with their companions, plus the companions of
 * the visitors at its counters, taken as its offered load). Estimated when the simulation rests on
 * estimated figures (demand, counters or the MPP's day). Pure.
 */
export function simulatedWaiting(model: SimModel, result: SimulationResult, layout: Pick<LayoutPlan, 'sizing'>): SimulatedWaiting {
  const people = Math.max(0, ...result.days.map((d) => d.building.peopleP95));
  const load = new Map(layout.sizing.agencies.map((a) => [a.agency, a.offeredLoad]));
  const agencies: Record<string, number> = {};
  for (const agency of model.agencies) {
    const queue = Math.max(0, ...result.days.map((d) => d.agencies.find((a) => a.agency === agency.id)?.queueP95 ?? 0));
    agencies[agency.id] = queue * (1 + COMPANIONS_PER_VISITOR) + COMPANIONS_PER_VISITOR * (load.get(agency.id) ?? 0);
  }
  const estimated = model.estimates.loadOnEstimates > 0 || model.estimates.mpp.length > 0 || model.agencies.some((a) => a.demandEstimated || a.countersEstimated);
  return { people, agencies, estimated };
}
