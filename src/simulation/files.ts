import type { CompletedRegion } from '../config/completed-region.js';
import type { Lang } from '../i18n/types.js';
import type { LayoutPlan } from '../layout/types.js';
import { simulationModel } from './adapter.js';
import { simulate } from './run.js';
import { renderSimulation, SIMULATION_FILES } from './render.js';
import { renderTemplate } from '../render/templates.js';
import { DEFAULT_REPLICATIONS, DEFAULT_SEED, MAX_SIMULATED_VISITORS } from './constants.js';
import type { WhatIf } from './what-if.js';
import type { SimModel } from './model.js';
import type { SimulationResult } from './result.js';
import { planLayout } from '../layout/plan.js';
import { simulatedWaiting } from './seats.js';

export interface SimulationOptions {
  replications?: number;
  seed?: number;
  whatIf?: readonly WhatIf[];
}

/** Visitors one replication simulates (every day type). */
export function visitorsPerReplication(model: SimModel): number {
  return model.days.reduce((sum, day) => sum + model.agencies.reduce((s, a, i) => s + (day.presence[i] ? a.services.reduce((v, x) => v + x.visitorsPerDay, 0) * day.presence[i]!.scale : 0), 0), 0);
}

/** Replications within the visitor budget (at least 1, at most DEFAULT_REPLICATIONS). */
export function budgetedReplications(model: SimModel): number {
  const perReplication = visitorsPerReplication(model);
  if (!(perReplication > 0)) return DEFAULT_REPLICATIONS;
  return Math.max(1, Math.min(DEFAULT_REPLICATIONS, Math.floor(MAX_SIMULATED_VISITORS / perReplication)));
}

/**
 * simulation = f(region, layout, seed): the model from the one adapter, simulated. Without an
 * explicit number of replications, DEFAULT_REPLICATIONS within the visitor budget. Pure.
 */
export function simulateRegion(region: CompletedRegion, layout: LayoutPlan, options: SimulationOptions = {}): { model: SimModel; result: SimulationResult } {
  const model = simulationModel(region, layout, options.whatIf ?? []);
  const result = simulate(model, { replications: options.replications ?? budgetedReplications(model), seed: options.seed ?? DEFAULT_SEED });
  return { model, result };
}

/** A simulated day with the layout it sized: `result` is undefined where the day exceeds the visitor budget (not simulated). */
export interface SimulatedDay {
  layout: LayoutPlan;
  model: SimModel;
  result?: SimulationResult;
  /** Visitors one replication simulates (every day type). */
  perReplication: number;
}

/**
 * Plans the counters, simulates the day they give, and plans the area and floors again with the
 * waiting seats at the simulated 95th percentile of people waiting (one simulation: the counters do not
 * depend on the seats, and the seats only feed the report). Without an explicit number of replications,
 * a day beyond the visitor budget is not simulated and the layout keeps the analytic (Erlang C) seats.
 * Pure and deterministic (seeded).
 */
export function simulatedDay(region: CompletedRegion, options: SimulationOptions = {}): SimulatedDay {
  const analytic = planLayout(region);
  const first = simulationModel(region, analytic, options.whatIf ?? []);
  const perReplication = visitorsPerReplication(first);
  if (options.replications === undefined && perReplication > MAX_SIMULATED_VISITORS) return { layout: analytic, model: first, perReplication };
  const result = simulate(first, { replications: options.replications ?? budgetedReplications(first), seed: options.seed ?? DEFAULT_SEED });
  const layout = planLayout(region, simulatedWaiting(first, result, analytic), analytic.sizing);
  // The same model with the seats and floors of the layout the simulation sized (the engine never reads them).
  return { layout, model: simulationModel(region, layout, options.whatIf ?? []), result, perReplication };
}

/** The files of a simulated day under `folder`: the report and charts, or the note that the day exceeds the visitor budget. Pure. */
export function simulatedDayFiles(day: SimulatedDay, lang: Lang, folder = 'layout/'): Record<string, string> {
  const { model, result, layout } = day;
  if (!result) {
    return { [`${folder}${SIMULATION_FILES.report}`]: renderTemplate('layout/simulasi-skipped.md.hbs', { lang, mpp: model.mpp, visitors: Math.round(day.perReplication), budget: MAX_SIMULATED_VISITORS }) };
  }
  const files: Record<string, string> = {};
  for (const [name, content] of Object.entries(renderSimulation(model, result, layout, lang))) files[`${folder}${name}`] = content;
  return files;
}

/**
 * The simulated-day files for a given layout (its seats as they are), under `folder` (default
 * `layout/`). Pure and deterministic. A region whose single simulated day exceeds the visitor budget
 * (far beyond any MPP on record) gets a simulasi.md that says so and how to run it with `mpp simulate`.
 */
export function simulationFiles(region: CompletedRegion, layout: LayoutPlan, lang: Lang, options: SimulationOptions = {}, folder = 'layout/'): Record<string, string> {
  const model = simulationModel(region, layout, options.whatIf ?? []);
  const perReplication = visitorsPerReplication(model);
  const skip = options.replications === undefined && perReplication > MAX_SIMULATED_VISITORS;
  const result = skip ? undefined : simulate(model, { replications: options.replications ?? budgetedReplications(model), seed: options.seed ?? DEFAULT_SEED });
  return simulatedDayFiles({ layout, model, perReplication, ...(result ? { result } : {}) }, lang, folder);
}
