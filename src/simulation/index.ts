/** The simulated day: model (one adapter from the answers and the layout), seeded engine, replications, reading, charts. */
export { simulationModel, paysAtCounter } from './adapter.js';
export { simulate, type SimulateOptions } from './run.js';
export { simulateDay, createCollector, type DayCollector } from './engine.js';
export { createRng, exponential, type Rng } from './rng.js';
export { readSimulation, busiestDay, type SimFinding } from './reading.js';
export { renderSimulation, simulationContext, SIMULATION_FILES } from './render.js';
export { simulateRegion, simulationFiles, simulatedDay, simulatedDayFiles, type SimulationOptions, type SimulatedDay } from './files.js';
export { simulatedWaiting } from './seats.js';
export { applyWhatIf, type WhatIf } from './what-if.js';
export * as SIMULATION_CONSTANTS from './constants.js';
export type * from './model.js';
export type * from './result.js';
