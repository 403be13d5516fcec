import { SKM_UNSUR_COUNT } from './questionnaire.js';
import { SKM_CONVERSION_FACTOR, skmBand, type SkmGrade } from './grade.js';
import type { Localized } from '../i18n/types.js';

export interface SkmResult {
  respondents: number;
  /** Mean answer (1..4) per unsur U1..U9, unrounded. */
  perUnsur: number[];
  /** Weighted mean on the 1..4 scale: sum of (mean per unsur x 1/9) (NRR tertimbang), unrounded. */
  perception: number;
  /** The index on the 25..100 scale, rounded half up to 2 decimals; the grade is read from this value. */
  index: number;
  grade: SkmGrade;
  quality: Localized;
  conversion: { factor: number; formula: string };
}

/** A bad SKM input: names the respondent (0-based row) and unsur (1-based) when it can. */
export class SkmInputError extends Error {
  readonly respondent?: number;
  readonly unsur?: number;
  constructor(message: string, respondent?: number, unsur?: number) {
    super(message);
    this.name = 'SkmInputError';
    this.respondent = respondent;
    this.unsur = unsur;
  }
}

/**
 * The Indeks Kepuasan Masyarakat of PermenPANRB 14/2017 from raw answers.
 * `responses` is respondents x 9 unsur, each an integer 1..4.
 *
 * index = 25 x sum over unsur of (mean answer of the unsur x 1/9).
 * Every respondent answers every unsur, so this equals 25 x T / (9 n) with T the sum of all answers
 * and n the respondents. The index is computed from that fraction in integers and rounded half up
 * to 2 decimals (so 88.305 becomes 88.31, with no binary floating-point drift), then banded:
 * A 88.31-100, B 76.61-88.30, C 65.00-76.60, D 25.00-64.99.
 */
export function computeSkm(responses: number[][]): SkmResult {
  if (!Array.isArray(responses) || responses.length === 0) {
    throw new SkmInputError('SKM needs at least one respondent');
  }
  const sums = new Array<number>(SKM_UNSUR_COUNT).fill(0);
  responses.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== SKM_UNSUR_COUNT) {
      throw new SkmInputError(`respondent ${r + 1}: expected ${SKM_UNSUR_COUNT} answers (U1..U9), got ${Array.isArray(row) ? row.length : typeof row}`, r);
    }
    row.forEach((value, u) => {
      if (!Number.isInteger(value) || value < 1 || value > 4) {
        throw new SkmInputError(`respondent ${r + 1}, U${u + 1}: answer must be an integer 1..4, got ${String(value)}`, r, u + 1);
      }
      sums[u] += value;
    });
  });
  const n = responses.length;
  const total = sums.reduce((a, b) => a + b, 0);
  // hundredths = round_half_up(2500 T / (9 n)) = floor((5000 T + 9 n) / (18 n))
  const hundredths = Math.floor((5000 * total + 9 * n) / (18 * n));
  const index = hundredths / 100;
  const band = skmBand(index);
  return {
    respondents: n,
    perUnsur: sums.map((s) => s / n),
    perception: total / (SKM_UNSUR_COUNT * n),
    index,
    grade: band.grade,
    quality: band.quality,
    conversion: { factor: SKM_CONVERSION_FACTOR, formula: 'IKM = 25 x sum(mean(Ui) x 1/9), i = 1..9' },
  };
}
