import type { RegionAnswers } from '../generated/region.types.js';
import { REGION_FIELDS } from './schema-fields.js';

/** A field's `default` in the region schema (the validator does not fill it in: the complete stage or the code reading the field falls back to it). */
function schemaDefault<T>(path: string): T {
  const value = REGION_FIELDS.get(path).default;
  if (value === undefined) throw new Error(`region schema field ${path} has no default`);
  return value as T;
}

type Mpp = RegionAnswers['mpp'];

/** The schema's defaults of the optional fields code reads (values from schemas/region.schema.json, never copied). */
export const DEFAULTS = {
  launchStatus: schemaDefault<NonNullable<Mpp['launchStatus']>>('mpp.launchStatus'),
  /** Peak-hour arrivals over mean-hour arrivals when only visitors per day are known. */
  peakFactor: schemaDefault<number>('mpp.peakFactor'),
  onlineBookingShare: schemaDefault<number>('mpp.onlineBookingShare'),
  serviceCategory: schemaDefault<NonNullable<RegionAnswers['services'][number]['category']>>('services[].category'),
};

export type Weekday = keyof NonNullable<RegionAnswers['mpp']['openingHours']>;

/** The weekdays of `mpp.openingHours`, in the schema's (calendar) order. */
export const WEEKDAYS: readonly Weekday[] = REGION_FIELDS.propertiesOf(REGION_FIELDS.get('mpp.openingHours')).map((f) => f.key as Weekday);
