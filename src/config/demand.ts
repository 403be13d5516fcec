import type { RegionAnswers, Service } from '../generated/region.types.js';
import { DEFAULTS } from './defaults.js';
import { meanServiceMinutesPerDay } from './hours.js';

/**
 * Peak-hour arrivals of a service: `peakArrivalsPerHour` when given, else visitors per day spread
 * over the mean open hours and multiplied by the region's peak factor.
 */
export function peakArrivalsPerHour(service: Service, region: Pick<RegionAnswers, 'mpp'>): number {
  if (service.peakArrivalsPerHour !== undefined) return service.peakArrivalsPerHour;
  const openHours = meanServiceMinutesPerDay(region.mpp) / 60;
  if (openHours <= 0) return 0;
  const peakFactor = region.mpp.peakFactor ?? DEFAULTS.peakFactor;
  return ((service.visitorsPerDay ?? 0) / openHours) * peakFactor;
}

/** Visitors per day: given, or derived from peak arrivals (the inverse of the above). */
export function visitorsPerDay(service: Service, region: Pick<RegionAnswers, 'mpp'>): number {
  if (service.visitorsPerDay !== undefined) return service.visitorsPerDay;
  const openHours = meanServiceMinutesPerDay(region.mpp) / 60;
  const peakFactor = region.mpp.peakFactor ?? DEFAULTS.peakFactor;
  return ((service.peakArrivalsPerHour ?? 0) * openHours) / peakFactor;
}
