import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRegionText } from '../../src/config/load.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import { planLayout } from '../../src/layout/plan.js';
import { completeRegion } from '../../src/complete/complete.js';
import type { CompletedRegion } from '../../src/config/completed-region.js';
import { isRegionFigure, provenanceOf } from '../../src/config/provenance.js';

// The examples are built to show particular layout outcomes (see each README): this test keeps
// them doing so when the examples or the layout constants change.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function region(slug: string): CompletedRegion {
  const result = loadRegionText(readFileSync(join(root, 'examples', slug, 'mpp.yaml'), 'utf8'), { lang: 'id' });
  if (!result.ok) throw new Error(`examples/${slug} does not load: ${JSON.stringify(result.issues)}`);
  return completeRegion(result.value);
}

const codes = (slug: string) => planLayout(region(slug)).warnings.map((w) => w.code);

describe('layout outcomes the examples are built to show', () => {
  it('badung (the reference model): counters meet the service level and everything fits, no warning; its estimated counters and visitors are not held against the benchmarks', () => {
    expect(codes('badung')).toEqual([]);
    // Badung publishes no counter counts or visitor figures: the kit estimates them, and a benchmark
    // compares only a region's own figures (an estimate sits inside the benchmarks by construction).
    const badung = region('badung');
    for (const a of badung.agencies) expect(isRegionFigure(provenanceOf(badung, { agency: a.id, figure: 'plannedCounters' })), a.id).toBe(false);
    for (const s of badung.services) expect(isRegionFigure(provenanceOf(badung, { service: s.id, figure: 'visitorsPerDay' })), s.id).toBe(false);
  });

  it('belitung: the building is too small, the layout reports the missing square metres', () => {
    const plan = planLayout(region('belitung'));
    const short = plan.warnings.find((w) => w.code === 'area-short');
    expect(short).toBeDefined();
    expect(plan.area.missingArea).toBeGreaterThan(200);
    expect(plan.area.availableArea).toBe(160);
    // Its counters are sized to the demand, so the area is the only problem it shows.
    expect(plan.warnings.filter((w) => w.code === 'planned-below-needed')).toEqual([]);
  });

  it('jeneponto: Disdukcapil has fewer counters than the service level needs', () => {
    const under = planLayout(region('jeneponto')).warnings.filter((w) => w.code === 'planned-below-needed');
    expect(under.map((w) => w.path)).toContain('agencies[0].plannedCounters');
  });

  it.each(['badung', 'jeneponto', 'muna-barat', 'blora'])('%s: the building is large enough and every zone is placed', (slug) => {
    expect(codes(slug)).not.toContain('area-short');
    expect(codes(slug)).not.toContain('zone-overflow');
  });

  it('muna-barat and blora: exactly one agency is left below its needed counters (Kemenag, Pengadilan Agama)', () => {
    for (const [slug, agency] of [['muna-barat', 4], ['blora', 8]] as const) {
      const under = planLayout(region(slug)).warnings.filter((w) => w.code === 'planned-below-needed');
      expect(under.map((w) => w.path), slug).toEqual([`agencies[${agency}].plannedCounters`]);
    }
  });
});
