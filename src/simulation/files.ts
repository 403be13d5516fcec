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

/**
 * The simulated-day files of a deployment, under `folder` (default `layout/`). Pure and deterministic.
 * A region whose single simulated day exceeds the visitor budget (far beyond any MPP on record) gets a
 * simulasi.md that says so and how to run it with `mpp simulate` instead.
 */
export function simulationFiles(region: CompletedRegion, layout: LayoutPlan, lang: Lang, options: SimulationOptions = {}, folder = 'layout/'): Record<string, string> {
  const model = simulationModel(region, layout, options.whatIf ?? []);
  const perReplication = visitorsPerReplication(model);
  if (options.replications === undefined && perReplication > MAX_SIMULATED_VISITORS) {
    return { [`${folder}${SIMULATION_FILES.report}`]: renderTemplate('layout/simulasi-skipped.md.hbs', { lang, mpp: model.mpp, visitors: Math.round(perReplication), budget: MAX_SIMULATED_VISITORS }) };
  }
  const result = simulate(model, { replications: options.replications ?? budgetedReplications(model), seed: options.seed ?? DEFAULT_SEED });
  const files: Record<string, string> = {};
  for (const [name, content] of Object.entries(renderSimulation(model, result, layout, lang))) files[`${folder}${name}`] = content;
  return files;
}
