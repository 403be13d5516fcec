import { describe, expect, it } from 'vitest';
import { diffRegions } from '../../src/review/diff.js';
import { reviewRegion } from '../../src/review/review.js';
import { reviewOutputValidator } from '../../src/review/schema.js';
import type { DiffReport } from '../../src/review/report.js';
import { answers, completeRegion, fullStandard } from './helpers.js';
import { done } from '../helpers/complete.js';
import type { ValidRegion } from '../../src/config/valid-region.js';

/** The diff of two answers, with each reviewed as the CLI does (completed first). */
function diff2(before: ValidRegion, after: ValidRegion) {
  const completed = { before: done(before), after: done(after) };
  return diffRegions(before, after, { before: reviewRegion(completed.before), after: reviewRegion(completed.after) }, completed);
}

function versions() {
  const before = completeRegion();
  const next = structuredClone(before);
  next.agencies[0].plannedCounters += 1;
  next.agencies.push({ id: 'bpjs', name: 'BPJS Kesehatan', kind: 'bumn', plannedCounters: 1 });
  next.services.push({ id: 'kis', agency: 'bpjs', name: 'Kartu Indonesia Sehat', visitorsPerDay: 5, handlingMinutes: 10, standard: fullStandard() });
  next.services[1].standard!.fee = { amount: 5000 };
  next.services[1].handlingMinutes = 7;
  next.facilities = next.facilities!.filter((f) => f !== 'ramp');
  next.mpp.onlineBookingShare = 0.5;
  return { before, after: answers(JSON.stringify(next)) };
}

describe('diffRegions', () => {
  it('lists agencies, services and counters added, removed and changed, and the readiness before and after', () => {
    const { before, after } = versions();
    const diff = diff2(before, after);
    const reviews = { before: reviewRegion(done(before)), after: reviewRegion(done(after)) };
    const d0 = before.agencies[0].plannedCounters;
    expect(diff.agencies).toEqual({
      added: [{ id: 'bpjs', name: 'BPJS Kesehatan' }],
      removed: [],
      changed: [{ id: 'dukcapil', name: before.agencies[0].name, fields: [{ field: 'plannedCounters', before: d0, after: d0 + 1 }] }],
    });
    expect(diff.services).toEqual({
      added: [{ id: 'kis', name: 'Kartu Indonesia Sehat' }],
      removed: [],
      changed: [{ id: 'pkb', name: 'Pembayaran Pajak Kendaraan Bermotor', fields: [{ field: 'handlingMinutes', before: 6, after: 7 }, { field: 'standard.fee', before: { amount: 0 }, after: { amount: 5000 } }] }],
    });
    expect(diff.counters.added.map((c) => c.id)).toEqual([`dukcapil-${d0 + 1}`, 'bpjs-1']);
    expect(diff.counters.removed).toEqual([]);
    expect(diff.counters.changed.map((c) => c.id)).toEqual([]);
    expect(diff.settings).toEqual([{ field: 'mpp.onlineBookingShare', after: 0.5 }]); // not given before: the answers keep no default
    expect(diff.facilities).toEqual({ added: [], removed: ['ramp'] });
    expect(diff.readiness.before).toBe(100);
    expect(diff.readiness.after).toBe(reviews.after.score);
    expect(diff.readiness.delta).toBe(reviews.after.score - 100);
    expect(diff.findings.added.map((f) => [f.code, f.severity, f.path])).toContainEqual(['facility-missing', 'blocker', 'facilities']);
    expect(diff.findings.resolved).toEqual([]);

    const report: DiffReport = { schemaVersion: 1, kind: 'diff', old: { file: 'old.yaml', review: reviews.before }, new: { file: 'new.yaml', review: reviews.after }, diff };
    const validate = reviewOutputValidator();
    expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('reports nothing changed between a version and itself, and a removed service when going back', () => {
    const { before, after } = versions();
    const same = diff2(before, before);
    expect([same.agencies, same.services, same.counters].every((l) => l.added.length + l.removed.length + l.changed.length === 0)).toBe(true);
    expect(same.settings).toEqual([]);
    const back = diff2(after, before);
    expect(back.services.removed).toEqual([{ id: 'kis', name: 'Kartu Indonesia Sehat' }]);
    expect(back.agencies.removed).toEqual([{ id: 'bpjs', name: 'BPJS Kesehatan' }]);
    expect(back.findings.resolved.map((f) => f.code)).toContain('facility-missing');
  });
});
