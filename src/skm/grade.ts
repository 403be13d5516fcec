import type { Localized } from '../i18n/types.js';

export type SkmGrade = 'A' | 'B' | 'C' | 'D';

export interface SkmBand {
  grade: SkmGrade;
  /** Lowest index (0-100 scale, 2 decimals) of the band, inclusive. */
  min: number;
  /** Highest index of the band, inclusive. */
  max: number;
  /** Band on the 1..4 perception scale (NRR tertimbang), as the regulation lists it. */
  perceptionMin: number;
  perceptionMax: number;
  quality: Localized;
}

/**
 * Grade bands of PermenPANRB 14/2017 on the index (konversi) scale. The index is rounded to 2
 * decimals before banding, so the bands are contiguous: 88.30 is B, 88.31 is A.
 */
export const SKM_BANDS: readonly SkmBand[] = [
  { grade: 'A', min: 88.31, max: 100, perceptionMin: 3.5324, perceptionMax: 4, quality: { id: 'Sangat Baik', en: 'Very good' } },
  { grade: 'B', min: 76.61, max: 88.3, perceptionMin: 3.0644, perceptionMax: 3.532, quality: { id: 'Baik', en: 'Good' } },
  { grade: 'C', min: 65, max: 76.6, perceptionMin: 2.6, perceptionMax: 3.064, quality: { id: 'Kurang Baik', en: 'Poor' } },
  { grade: 'D', min: 25, max: 64.99, perceptionMin: 1, perceptionMax: 2.5996, quality: { id: 'Tidak Baik', en: 'Very poor' } },
];

/** Conversion factor from the 1..4 perception scale to the 25..100 index. */
export const SKM_CONVERSION_FACTOR = 25;

/** The band of an index already rounded to 2 decimals (25.00..100.00). */
export function skmBand(index: number): SkmBand {
  if (!Number.isFinite(index) || index < 25 || index > 100) {
    throw new RangeError(`SKM index must be between 25 and 100, got ${index}`);
  }
  // Compare in hundredths (integers) so 88.31 is never read as 88.30999...
  const hundredths = Math.round(index * 100);
  for (const band of SKM_BANDS) if (hundredths >= Math.round(band.min * 100)) return band;
  return SKM_BANDS[SKM_BANDS.length - 1];
}
