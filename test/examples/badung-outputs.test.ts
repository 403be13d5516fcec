import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegionText } from '../../src/config/load.js';
import { buildDeployment } from '../../src/deployment/build.js';
import { reviewRegion } from '../../src/review/review.js';
import { escapeMarkdown } from '../../src/render/escape.js';

/** The Badung example's outputs tell confirmed agencies from illustrative ones, and show its figures as estimates. */
describe('examples/badung outputs', async () => {
  const loaded = loadRegionText(readFileSync('examples/badung/mpp.yaml', 'utf8'), { lang: 'id', file: 'examples/badung/mpp.yaml' });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const deployment = await buildDeployment(loaded.value, { lang: 'id' });
  const file = (path: string) => String(deployment.files[path]);

  it('README: every agency row says confirmed (with its source) or illustrative', () => {
    const lines = file('README.md').split('\n');
    for (const a of loaded.value.agencies) {
      const row = lines.find((l) => l.startsWith(`| ${escapeMarkdown(a.name)} |`));
      expect(row, a.id).toBeDefined();
      expect(row, a.id).toMatch(a.confirmed ? /\| terkonfirmasi \(/ : /\| ilustratif, belum dikonfirmasi \|/);
    }
  });

  it('marks its counters, visitors and handling times as estimates, and says how much', () => {
    expect(file('README.md')).toMatch(/\| Loket \| ≈ \d+ \|/);
    expect(file('README.md')).toMatch(/100% beban jam puncak bertumpu padanya: lama pelayanan 152 dari 152 layanan/);
    expect(file('layout/sizing.md')).toMatch(/Lantai gedung: ≈ perkiraan: satu lantai/);
    const layout = file('layout/layout.yaml');
    expect(layout).toMatch(/loadOnEstimates: 1\n/);
  });

  it('review: the sizing rests on estimates and the illustrative agencies are not confirmed', () => {
    const review = reviewRegion(deployment.completed);
    expect(review.figures.estimates).toEqual({ loadOnEstimates: 1, handlingMinutes: 152, visitorsPerDay: 152, plannedCounters: 31, agenciesWithoutServices: 0 });
    expect(review.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['figures-to-confirm', 'agencies-estimated']));
  });

  it('review: an operating MPP whose counters the kit only estimates is "unknown", not without capacity', () => {
    const review = reviewRegion(deployment.completed);
    expect(review.stage).toBe('operating');
    expect(review.findings.filter((f) => f.category === 'kapasitas').map((f) => [f.code, f.severity])).toEqual([['figures-to-confirm', 'minor']]);
    expect(review.findings.map((f) => f.code)).not.toContain('sizing-on-estimates');
    const capacity = review.categories.find((c) => c.id === 'kapasitas');
    // Every counter figure is the kit's: a gap in the kit's data costs a quarter of the category, never all of it.
    expect(capacity).toMatchObject({ score: 75, met: 0 });
    expect(capacity?.reasons.map((r) => r.en).join(' ')).toMatch(/gap in the kit's data/);
    for (const category of review.categories) expect(category.score, category.id).toBeGreaterThan(0);
  });
});
