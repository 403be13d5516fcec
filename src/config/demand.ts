import type { Service } from '../generated/region.types.js';
import type { OpeningHours } from './valid-region.js';
import { DEFAULTS } from './defaults.js';
import { meanServiceMinutesPerDay } from './hours.js';

/** The MPP figures demand is spread over: opening hours and the peak factor. */
export interface DemandMpp {
  mpp: { openingHours: OpeningHours; peakFactor?: number };
}

/**
 * Peak-hour arrivals of a service: `peakArrivalsPerHour` when given, else visitors per day spread
 * over the mean open hours and multiplied by the region's peak factor.
 */
export function peakArrivalsPerHour(service: Pick<Service, 'peakArrivalsPerHour' | 'visitorsPerDay'>, region: DemandMpp): number {
  if (service.peakArrivalsPerHour !== undefined) return service.peakArrivalsPerHour;
  const openHours = meanServiceMinutesPerDay(region.mpp) / 60;
  if (openHours <= 0) return 0;
  const peakFactor = region.mpp.peakFactor ?? DEFAULTS.peakFactor;
  return ((service.visitorsPerDay ?? 0) / openHours) * peakFactor;
}

/** Visitors per day: given, or derived from peak arrivals (the inverse of the above). */
export function visitorsPerDay(service: Pick<Service, 'peakArrivalsPerHour' | 'visitorsPerDay'>, region: DemandMpp): number {
  if (service.visitorsPerDay !== undefined) return service.visitorsPerDay;
  const openHours = meanServiceMinutesPerDay(region.mpp) / 60;
  const peakFactor = region.mpp.peakFactor ?? DEFAULTS.peakFactor;
  return ((service.peakArrivalsPerHour ?? 0) * openHours) / peakFactor;
}
