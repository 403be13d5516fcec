import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { reviewRegion } from '../../src/review/review.js';
import { parseChecklistText } from '../../src/review/checklist-file.js';
import { checklistFor, completeRegion } from './helpers.js';
import { done } from '../helpers/complete.js';

describe('review with a deployment checklist', () => {
  it('scores kelembagaan & regulasi from the statuses of its phases and reports open items', () => {
    const review = reviewRegion(done(completeRegion()), { checklist: checklistFor() });
    // tim-kerja 1 + perkada 0.5 + mou 0 over 3 items (tidak-berlaku, other phases and retired items left out).
    // What is missing costs its share times the severity impact: perkada (blocker) 0.5 x 1, mou (minor) 1 x 0.25.
    expect(review.categories[0]).toMatchObject({ id: 'kelembagaan-regulasi', basis: 'checklist', met: 1.5, total: 3, lost: 0.75, score: 75 });
    // skm-elektronik not started: minor, a quarter of its weight of 1 in 13.
    expect(review.categories[4]).toMatchObject({ id: 'sistem-informasi', met: 12, total: 13, lost: 0.25, score: 98 });
    expect(review.findings.map((f) => [f.code, f.severity, f.source, f.path])).toEqual([
      ['checklist-item-open', 'blocker', 'checklist', 'items[1].status'],
      ['checklist-item-not-started', 'minor', 'checklist', 'items[2].status'],
      ['skm-not-started', 'minor', 'checklist', 'items[5].status'],
    ]);
    expect(review.findings[0].message).toEqual({
      id: 'Butir "Judul perkada-mpp" berstatus proses, padahal butir ini menghalangi peresmian.',
      en: 'Item "Title perkada-mpp" is in progress, and it blocks the launch.',
    });
    expect(review.figures.checklistItems).toBe(7);
  });

  it('reads checklist.yaml text, validates it against the checklist schema and checks the region', () => {
    const region = completeRegion();
    const ok = parseChecklistText(stringify(checklistFor()), { lang: 'en', file: 'checklist.yaml' }, region);
    expect(ok.ok).toBe(true);
    const other = parseChecklistText(stringify(checklistFor('lain')), { lang: 'en', file: 'checklist.yaml' }, region);
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.issues[0]).toMatchObject({ code: 'checklist-region-mismatch', path: 'region.slug', file: 'checklist.yaml', line: 5 });
    const broken = checklistFor() as unknown as { items: Array<Record<string, unknown>> };
    broken.items[1].status = 'done';
    const bad = parseChecklistText(stringify(broken), { lang: 'id', file: 'checklist.yaml' }, region);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.some((i) => i.path === 'items[1].status' && typeof i.line === 'number')).toBe(true);
  });
});
