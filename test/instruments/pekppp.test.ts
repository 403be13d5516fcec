import { describe, expect, it } from 'vitest';
import { assessPekppp } from '../../src/instruments/pekppp.js';
import { loadInstruments } from '../../src/instruments/load.js';
import { planChecklist } from '../../src/checklist/plan.js';
import type { ChecklistFile } from '../../src/generated/checklist.types.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import { completeRegion, loadFile } from '../review/helpers.js';
import { done as completed } from '../helpers/complete.js';

const { pekppp: instrument, mapping } = loadInstruments();

function assess(region: RegionAnswers, checklist?: ChecklistFile, stage: 'planned' | 'operating' = 'planned') {
  return assessPekppp({ region: completed(region), checklist, stage, instrument, mapping });
}

/** The region's checklist with these catalogue entries done (`selesai`), and some of them verified. */
function withStatuses(region: RegionAnswers, done: string[], verified: string[] = []): ChecklistFile {
  const checklist = planChecklist(completed(region));
  for (const item of checklist.items) {
    const entry = item.id.split('/')[0];
    if (done.includes(entry)) item.status = 'selesai';
    if (verified.includes(entry)) {
      item.evidenceProvided = { files: [`bukti/${entry}.pdf`] };
      item.reviewerStatus = 'sesuai';
    }
  }
  return checklist;
}

describe('PEKPPP pre-assessment', () => {
  it('scores indicator 1 from the components, then adoption, the forum and the periodic review', () => {
    const region = completeRegion();
    expect(assess(region).indicators[0]).toMatchObject({ no: 1, self: 2, basis: 'derived' });
    const adopted = withStatuses(region, ['penetapan-standar-pelayanan']);
    expect(assess(region, adopted).indicators[0].self).toBe(3);
    const all = withStatuses(region, ['penetapan-standar-pelayanan', 'forum-konsultasi-publik', 'peninjauan-standar-pelayanan']);
    const one = assess(region, all).indicators[0];
    expect(one.self).toBe(5);
    expect(one.levelText?.en).toMatch(/monitored and evaluated/);
    // A rung skipped stops the ladder: the review without the forum does not reach 5.
    expect(assess(region, withStatuses(region, ['penetapan-standar-pelayanan', 'peninjauan-standar-pelayanan'])).indicators[0].self).toBe(3);
  });

  it('keeps the region\'s claim and the reviewer\'s verification in two columns', () => {
    const region = completeRegion();
    const checklist = withStatuses(region, ['penetapan-standar-pelayanan', 'maklumat-pelayanan', 'skm-berkala'], ['penetapan-standar-pelayanan']);
    const result = assess(region, checklist);
    expect(result.indicators[0]).toMatchObject({ self: 3, reviewer: 3 });
    expect(result.indicators[4]).toMatchObject({ no: 5, self: 4 });
    expect(result.indicators[4].reviewer).toBeUndefined();
    expect(result.indicators[5]).toMatchObject({ no: 6, self: 2 });
    expect(result.indicators[0].evidenceGiven).toEqual(['bukti/penetapan-standar-pelayanan.pdf']);
    expect(result.reviewer.derived).toBeLessThan(result.self.derived);
  });

  it('marks what cannot be derived as self-fill, with the evidence the instrument asks for', () => {
    const result = assess(completeRegion());
    const selfFill = result.indicators.filter((i) => i.basis === 'self-fill');
    expect(selfFill.length).toBeGreaterThanOrEqual(25);
    for (const indicator of selfFill) {
      expect(indicator.self).toBeUndefined();
      expect(indicator.evidenceAsked.length, String(indicator.no)).toBeGreaterThan(0);
    }
    const channels = result.indicators[25];
    expect(channels.no).toBe(26);
    expect(channels.known.map((k) => k.en).join()).toMatch(/SP4N-LAPOR!/);
  });

  it('estimates an index with its coverage and range, labelled as an estimate, and grades it from the data', () => {
    const region = completeRegion();
    const result = assess(region, withStatuses(region, ['penetapan-standar-pelayanan', 'forum-konsultasi-publik', 'peninjauan-standar-pelayanan', 'publikasi-standar-pelayanan', 'sipp', 'maklumat-pelayanan', 'skm-berkala']));
    expect(result.label).toEqual({ id: 'estimasi, bukan nilai resmi', en: 'estimate, not an official score' });
    const e = result.self;
    // 1 -> 5, 3 -> 3, 4 -> 5, 5 -> 4, 6 -> 2 (weights 17, 7, 14, 10, 17 of aspect I at 24%).
    const expected = (17 * 5 + 7 * 3 + 14 * 5 + 10 * 4 + 17 * 2) / (17 + 7 + 14 + 10 + 17);
    expect(e.index).toBeCloseTo(Math.round(expected * 100) / 100, 5);
    expect(e.coverage).toBe(15.6);
    expect(e.low).toBeLessThan(e.index!);
    expect(e.high).toBeGreaterThan(e.index!);
    expect(e.grade).toBe('B'); // 3.85: B from 3.51
    expect(result.gradesToConfirm).toBe(true);
  });

  it('derives nothing from an operating MPP\'s unrecorded components, and says why', () => {
    const badung = loadFile('examples/badung/mpp.yaml');
    const result = assess(badung, undefined, 'operating');
    expect(result.indicators[0].self).toBeUndefined();
    expect(result.indicators[0].known.map((k) => k.en).join(' ')).toMatch(/gap in the kit's data/);
    expect(result.self.index).toBeUndefined();
    expect([result.self.low, result.self.high]).toEqual([0, 5]);
  });
});
