import { describe, expect, it } from 'vitest';
import { reviewRegion } from '../../src/review/review.js';
import { sizeCounters } from '../../src/layout/sizing.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import { completeRegion, load, loadFile } from './helpers.js';
import { done } from '../helpers/complete.js';

function pick(region: RegionAnswers) {
  return reviewRegion(region).findings.map((f) => ({ code: f.code, severity: f.severity, category: f.category, path: f.path }));
}

/** The complete region with the four defects the issue names. */
function defective(): RegionAnswers {
  const region = structuredClone(completeRegion());
  delete region.services[0].standard!.procedure;
  delete region.services[1].standard!.fee;
  region.agencies[0].plannedCounters -= 1;
  region.facilities = region.facilities!.filter((f) => f !== 'accessible-toilet');
  delete region.mpp.complaintChannels;
  return load(JSON.stringify(region));
}

describe('reviewRegion', () => {
  it('gives a complete region 100 in every category and no finding', () => {
    const review = reviewRegion(done(completeRegion()));
    expect(review.findings).toEqual([]);
    expect(review.score).toBe(100);
    expect(review.categories.map((c) => [c.id, c.score, c.basis])).toEqual([
      ['kelembagaan-regulasi', 100, 'answers'],
      ['standar-pelayanan', 100, 'answers'],
      ['kapasitas', 100, 'answers'],
      ['aksesibilitas', 100, 'answers'],
      ['sistem-informasi', 100, 'answers'],
    ]);
    expect(review.figures).toMatchObject({ agencies: 2, services: 2, componentsGiven: 28, componentsTotal: 28 });
  });

  it('finds exactly the known defects, with their severities and paths, blockers first', () => {
    const region = defective();
    // Precondition: one counter short of the need but above the load, so the queue is stable (major, not blocker).
    const dukcapil = sizeCounters(region).agencies[0];
    expect(dukcapil.plannedCounters).toBe(dukcapil.neededCounters - 1);
    expect(dukcapil.plannedCounters).toBeGreaterThan(dukcapil.offeredLoad);
    expect(pick(region)).toEqual([
      { code: 'facility-missing', severity: 'blocker', category: 'aksesibilitas', path: 'facilities' },
      { code: 'complaint-channel-missing', severity: 'blocker', category: 'sistem-informasi', path: 'mpp.complaintChannels' },
      { code: 'standard-component-missing', severity: 'major', category: 'standar-pelayanan', path: 'services[0].standard.procedure' },
      { code: 'standard-component-missing', severity: 'major', category: 'standar-pelayanan', path: 'services[1].standard.fee' },
      { code: 'counters-below-needed', severity: 'major', category: 'kapasitas', path: 'agencies[0].plannedCounters' },
    ]);
    const review = reviewRegion(region);
    expect(review.counts).toEqual({ blocker: 2, major: 3, minor: 0 });
    expect(review.findings[0].message).toEqual({ id: 'Sarana belum tersedia: Toilet disabilitas.', en: 'Facility missing: Accessible toilet.' });
    expect(review.findings[3].message.en).toBe('Service "Pembayaran Pajak Kendaraan Bermotor" lacks the service-standard component: Fee.');
    expect(review.findings[4].fix.en).toBe(`Raise the counters to ${dukcapil.neededCounters}, or adjust the service-level target if this is deliberate.`);
    expect(review.score).toBeLessThan(100);
  });

  it('makes a queue that cannot keep up (planned counters at or under the load) a blocker', () => {
    const region = structuredClone(completeRegion());
    region.agencies[0].plannedCounters = 1;
    const findings = pick(load(JSON.stringify(region)));
    expect(findings).toEqual([{ code: 'counters-overloaded', severity: 'blocker', category: 'kapasitas', path: 'agencies[0].plannedCounters' }]);
  });

  it('points capacity findings at `counters` when the answers list counters explicitly', () => {
    const region = structuredClone(completeRegion());
    region.counters = [
      { id: 'd1', agency: 'dukcapil', services: ['ktp-el'] },
      { id: 's1', agency: 'samsat', services: ['pkb'], priority: true },
    ];
    const review = reviewRegion(load(JSON.stringify(region)));
    const capacity = review.findings.filter((f) => f.category === 'kapasitas');
    expect(capacity.length).toBeGreaterThan(0);
    expect(new Set(capacity.map((f) => f.path))).toEqual(new Set(['counters']));
  });

  it('reports the SP4N-LAPOR! gap only when other channels exist, and accepts a priority counter from `counters`', () => {
    const region = structuredClone(completeRegion());
    region.mpp.complaintChannels = [{ kind: 'desk' }];
    region.facilities = region.facilities!.filter((f) => f !== 'priority-counter');
    const needed = sizeCounters(done(completeRegion())).agencies.map((a) => a.neededCounters);
    region.counters = [
      ...Array.from({ length: needed[0] }, (_, i) => ({ id: `d${i}`, agency: 'dukcapil', services: ['ktp-el'], priority: i === 0 })),
      ...Array.from({ length: needed[1] }, (_, i) => ({ id: `s${i}`, agency: 'samsat', services: ['pkb'] })),
    ];
    expect(pick(load(JSON.stringify(region)))).toEqual([{ code: 'sp4n-lapor-missing', severity: 'blocker', category: 'sistem-informasi', path: 'mpp.complaintChannels' }]);
  });

  it('groups the non-key missing components of a service into one minor finding', () => {
    const region = structuredClone(completeRegion());
    delete region.services[1].standard!.product;
    delete region.services[1].standard!.staffCount;
    const review = reviewRegion(load(JSON.stringify(region)));
    expect(review.findings.map((f) => [f.code, f.severity, f.path])).toEqual([['standard-components-incomplete', 'minor', 'services[1].standard']]);
    expect(review.findings[0].params).toMatchObject({ count: 2, keys: 'product, staffCount' });
    // Two minor components missing of 28: each costs a quarter (data/review-weights.yaml severityImpact).
    expect(review.categories[1]).toMatchObject({ id: 'standar-pelayanan', met: 26, total: 28, lost: 0.5, score: 98 });
  });

  it('asks for a launch date only while the MPP is planned, and flags estimated agencies without a checklist', () => {
    const region = structuredClone(completeRegion());
    delete region.mpp.launchDate;
    region.agencies[1].estimate = true;
    // The estimated agency's planned counters are its own estimate too: the sizing rests on it.
    expect(pick(load(JSON.stringify(region)))).toEqual([
      { code: 'sizing-on-estimates', severity: 'major', category: 'kapasitas', path: 'services' },
      { code: 'launch-date-missing', severity: 'minor', category: 'kelembagaan-regulasi', path: 'mpp.launchDate' },
      { code: 'agencies-estimated', severity: 'minor', category: 'kelembagaan-regulasi', path: 'agencies' },
    ]);
    region.mpp.launchStatus = 'launched';
    const review = reviewRegion(load(JSON.stringify(region)));
    // Operating: the kit's estimate of that agency's counters is unknown data (minor), not a capacity gap.
    expect(review.findings.map((f) => [f.code, f.severity])).toEqual([['agencies-estimated', 'minor'], ['figures-to-confirm', 'minor']]);
    expect(review.stage).toBe('operating');
    // Half the agencies unconfirmed: a minor gap costs a quarter of its share, never the whole category.
    expect(review.categories[0]).toMatchObject({ met: 0.5, total: 1, lost: 0.125, score: 88 });
  });

  it('is deterministic and never changes its input', () => {
    const region = loadFile('examples/badung/mpp.yaml');
    const copy = structuredClone(region);
    const first = JSON.stringify(reviewRegion(region));
    expect(JSON.stringify(reviewRegion(region))).toBe(first);
    expect(region).toEqual(copy);
  });

  it('reviews every example with whole-number scores in range and findings in severity order', () => {
    for (const slug of ['badung', 'jeneponto', 'blora', 'belitung', 'muna-barat']) {
      const review = reviewRegion(loadFile(`examples/${slug}/mpp.yaml`));
      expect(Number.isInteger(review.score)).toBe(true);
      expect(review.score).toBeGreaterThanOrEqual(0);
      expect(review.score).toBeLessThanOrEqual(100);
      const ranks = review.findings.map((f) => ['blocker', 'major', 'minor'].indexOf(f.severity));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      const weighted = review.categories.reduce((s, c) => s + c.weight * (c.total > 0 ? 1 - c.lost / c.total : 1), 0) / review.categories.reduce((s, c) => s + c.weight, 0);
      expect(review.score).toBe(Math.round(weighted * 100));
    }
  });
});
