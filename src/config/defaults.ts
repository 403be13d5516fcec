/** Defaults applied when an optional field is absent (kept equal to the schema's `default`s; a test checks). */
export const DEFAULTS = {
  lang: 'id',
  launchStatus: 'planned',
  /** Peak-hour arrivals over mean-hour arrivals when only visitors per day are known. */
  peakFactor: 2,
  onlineBookingShare: 0.3,
  serviceCategory: 'non-perizinan',
} as const;

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
