import { describe, expect, it } from 'vitest';
import { computeSkm, skmBand, SkmInputError, SKM_UNSUR, SKM_BANDS } from '../../src/skm/index.js';

/**
 * n respondents whose 9n answers sum to `total`: every answer starts at 1 and the surplus is
 * handed out row by row, each answer raised up to 4. Only the total matters for the index.
 */
function responsesWithTotal(n: number, total: number): number[][] {
  const rows = Array.from({ length: n }, () => new Array<number>(9).fill(1));
  let surplus = total - 9 * n;
  for (const row of rows) {
    for (let u = 0; u < 9 && surplus > 0; u++) {
      const add = Math.min(3, surplus);
      row[u] += add;
      surplus -= add;
    }
  }
  if (surplus !== 0) throw new Error('total out of range');
  return rows;
}

describe('computeSkm: worked examples', () => {
  it('two respondents, answers by hand', () => {
    // R1 = 4 4 3 4 3 3 4 3 3 (sum 31), R2 = 3 3 3 4 3 3 4 2 3 (sum 28)
    // means per unsur: 3.5 3.5 3 4 3 3 4 2.5 3; sum of means = 29.5
    // perception = 29.5 / 9 = 3.2778; index = 25 x 29.5 / 9 = 81.9444 -> 81.94 -> B (76.61-88.30), Baik
    const result = computeSkm([
      [4, 4, 3, 4, 3, 3, 4, 3, 3],
      [3, 3, 3, 4, 3, 3, 4, 2, 3],
    ]);
    expect(result.perUnsur).toEqual([3.5, 3.5, 3, 4, 3, 3, 4, 2.5, 3]);
    expect(result.perception).toBeCloseTo(29.5 / 9, 12);
    expect(result.index).toBe(81.94);
    expect(result.grade).toBe('B');
    expect(result.quality).toEqual({ id: 'Baik', en: 'Good' });
    expect(result.respondents).toBe(2);
    expect(result.conversion.factor).toBe(25);
  });

  it('all 4 gives 100 (A), all 1 gives 25 (D)', () => {
    // 25 x 9 x 4 / 9 = 100; 25 x 9 x 1 / 9 = 25
    expect(computeSkm([new Array(9).fill(4)])).toMatchObject({ index: 100, grade: 'A', quality: { id: 'Sangat Baik' } });
    expect(computeSkm([new Array(9).fill(1)])).toMatchObject({ index: 25, grade: 'D', quality: { id: 'Tidak Baik' } });
  });

  it('all 3 gives 75.00: C', () => {
    expect(computeSkm([new Array(9).fill(3), new Array(9).fill(3)])).toMatchObject({ index: 75, grade: 'C', quality: { id: 'Kurang Baik' } });
  });

  it('rounds half up at the second decimal', () => {
    // n = 40, T = 369: 2500 x 369 / (9 x 40) = 922500 / 360 = 2562.5 hundredths -> 2563 -> 25.63
    expect(computeSkm(responsesWithTotal(40, 369)).index).toBe(25.63);
  });
});

describe('computeSkm: band edges after rounding to 2 decimals', () => {
  // index = 25 T / (9 n), T = sum of all answers, n = respondents
  const cases: Array<[string, number, number, number, 'A' | 'B' | 'C' | 'D']> = [
    // 25 x 763 / 216 = 88.31018... -> 88.31 -> A
    ['88.31 is A', 24, 763, 88.31, 'A'],
    // 25 x 604 / 171 = 88.30409... -> 88.30 -> B
    ['88.30 is B', 19, 604, 88.3, 'B'],
    // 25 x 524 / 171 = 76.60818... -> 76.61 -> B
    ['76.61 is B', 19, 524, 76.61, 'B'],
    // 25 x 717 / 234 = 76.60256... -> 76.60 -> C
    ['76.60 is C', 26, 717, 76.6, 'C'],
    // 25 x 117 / 45 = 65.00 exactly -> C
    ['65.00 is C', 5, 117, 65, 'C'],
    // 25 x 889 / 342 = 64.98538... -> 64.99 -> D
    ['64.99 is D', 38, 889, 64.99, 'D'],
  ];
  for (const [name, n, total, index, grade] of cases) {
    it(name, () => {
      const result = computeSkm(responsesWithTotal(n, total));
      expect(result.index).toBe(index);
      expect(result.grade).toBe(grade);
    });
  }

  it('skmBand reads the published bands at their edges', () => {
    expect(skmBand(88.31).grade).toBe('A');
    expect(skmBand(88.3).grade).toBe('B');
    expect(skmBand(76.61).grade).toBe('B');
    expect(skmBand(76.6).grade).toBe('C');
    expect(skmBand(65).grade).toBe('C');
    expect(skmBand(64.99).grade).toBe('D');
    expect(skmBand(25).grade).toBe('D');
    expect(() => skmBand(24.99)).toThrow(RangeError);
    expect(SKM_BANDS.map((b) => [b.grade, b.min, b.max])).toEqual([
      ['A', 88.31, 100],
      ['B', 76.61, 88.3],
      ['C', 65, 76.6],
      ['D', 25, 64.99],
    ]);
  });
});

describe('computeSkm: bad input', () => {
  it('rejects no respondents', () => {
    expect(() => computeSkm([])).toThrow(SkmInputError);
  });
  it('rejects a row without 9 answers, naming the respondent', () => {
    expect(() => computeSkm([new Array(9).fill(3), [1, 2, 3]])).toThrow(/respondent 2: expected 9 answers/);
  });
  it('rejects answers outside 1..4 or not integers, naming respondent and unsur', () => {
    expect(() => computeSkm([[4, 4, 4, 5, 4, 4, 4, 4, 4]])).toThrow(/respondent 1, U4: answer must be an integer 1..4/);
    expect(() => computeSkm([[4, 4, 4, 4, 4, 4, 4, 4, 0]])).toThrow(/U9/);
    expect(() => computeSkm([[4, 4, 2.5, 4, 4, 4, 4, 4, 4]])).toThrow(/U3/);
    expect(() => computeSkm([[4, 4, Number.NaN, 4, 4, 4, 4, 4, 4]])).toThrow(SkmInputError);
  });
});

describe('questionnaire', () => {
  it('has the 9 unsur of PermenPANRB 14/2017 in order, 4 answers each in id and en', () => {
    expect(SKM_UNSUR.map((u) => u.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(SKM_UNSUR.map((u) => u.label.id)).toEqual([
      'Persyaratan',
      'Sistem, mekanisme, dan prosedur',
      'Waktu penyelesaian',
      'Biaya/tarif',
      'Produk spesifikasi jenis pelayanan',
      'Kompetensi pelaksana',
      'Perilaku pelaksana',
      'Penanganan pengaduan, saran dan masukan',
      'Sarana dan prasarana',
    ]);
    for (const unsur of SKM_UNSUR) {
      expect(unsur.answers).toHaveLength(4);
      for (const answer of unsur.answers) {
        expect(answer.id.trim()).not.toBe('');
        expect(answer.en.trim()).not.toBe('');
      }
    }
  });
});
