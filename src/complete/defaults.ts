/**
 * The kit's defaults (`bawaan`): what the complete stage uses when the region gave nothing and no
 * better estimate exists. Each is named with its reason; each use is marked in the outputs and
 * becomes a checklist task, so a default never passes for the region's own figure.
 */
import { DEFAULTS } from '../config/defaults.js';
import { REGION_FIELDS } from '../config/schema-fields.js';
import type { OpeningHours, ServiceLevel } from '../config/valid-region.js';

/**
 * Monday to Friday 08:00-16:00 with a 12:00-13:00 break. MPP Kota Malang opens 08.00-16.00
 * (serayunusantara.com, 16 Apr 2024) and MPP Kota Dumai 08.00-16.00 (gmlnewstv.com, May 2023); the
 * midday break follows the civil-service working day (a kit assumption: many MPPs serve through it
 * in shifts).
 */
export const DEFAULT_OPENING_HOURS: OpeningHours = Object.freeze({
  monday: { open: '08:00', close: '16:00', breaks: [{ start: '12:00', end: '13:00' }] },
  tuesday: { open: '08:00', close: '16:00', breaks: [{ start: '12:00', end: '13:00' }] },
  wednesday: { open: '08:00', close: '16:00', breaks: [{ start: '12:00', end: '13:00' }] },
  thursday: { open: '08:00', close: '16:00', breaks: [{ start: '12:00', end: '13:00' }] },
  friday: { open: '08:00', close: '16:00', breaks: [{ start: '11:30', end: '13:00' }] },
});

/** The answer the region schema offers for a field (`x-prompt.default`): the one place a kit default the interview proposes is written. */
function offered(path: string): number {
  const value = REGION_FIELDS.get(path).promptDefault;
  if (typeof value !== 'number') throw new Error(`region schema field ${path} offers no number`);
  return value;
}

/**
 * 80% of visitors wait at most 15 minutes (the figures the schema's interview offers): the usual
 * call-centre style target (80/20) at the scale of a walk-in counter; the ACT (Australia) target is
 * 80% within 7 minutes, a single MPP counter serving 8-15 minute transactions cannot promise that
 * (kit assumption).
 */
export const DEFAULT_SERVICE_LEVEL: ServiceLevel = Object.freeze({ targetShare: offered('mpp.serviceLevel.targetShare'), maxWaitMinutes: offered('mpp.serviceLevel.maxWaitMinutes') });

/** Peak-hour arrivals twice the mean hour (kept equal to the schema default; see config/defaults.ts). */
export const DEFAULT_PEAK_FACTOR: number = DEFAULTS.peakFactor;

/** 30% of the daily quota opened to the online queue (kept equal to the schema default). */
export const DEFAULT_ONLINE_BOOKING_SHARE: number = DEFAULTS.onlineBookingShare;

/**
 * Handling minutes of a service that no catalogue entry matches: 10 minutes, the middle of the
 * catalogue's range (5 minutes for a payment, 20 for a building licence).
 */
export const DEFAULT_HANDLING_MINUTES = 10;

/**
 * Demand share of a service that no catalogue entry matches: 1% of the reference MPP (2 of 200
 * visitors a day). Most reported MPP counters are quiet (Jepara 3-10 visitors per counter;
 * Kotawaringin Timur 1-3 a day at the water utility), so an unknown service is assumed small.
 */
export const DEFAULT_DEMAND_SHARE = 0.01;

/** Width over depth of a floor derived from the area programme (a common shop-house or hall proportion). */
export const DERIVED_FLOOR_ASPECT = 1.5;
/** Each attempt to fit the floor plan grows the derived floor's sides by this factor. */
export const DERIVED_FLOOR_GROWTH = 1.1;
/** Attempts to grow the derived floor until the floor plan fits (20 steps of 10% is 6.7 times the sides). */
export const DERIVED_FLOOR_ATTEMPTS = 20;
