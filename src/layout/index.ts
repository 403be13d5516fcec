/** The interior layout: Erlang C counter sizing, area programme, floor plan, rendering. */
export * from './erlang.js';
export { sizeCounters, queueFigures, MIN_COUNTERS_PER_AGENCY } from './sizing.js';
export { areaProgramme, seatPlan, waitingSeats, ticketKiosks, backOfficeArea, agencySeatDemand } from './area.js';
export { planFloors, orderFloors, assignAgencies } from './floorplan.js';
export { packFloor } from './packer.js';
export { planLayout } from './plan.js';
export { renderLayoutFiles, layoutDocument, sizingContext } from './render.js';
export { renderFloorSvg, ZONE_COLOURS } from './svg.js';
export { layoutWarnings, layoutWarning, formatLayoutWarning } from './warnings.js';
export * as LAYOUT_CONSTANTS from './constants.js';
export type * from './types.js';
