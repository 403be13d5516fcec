/**
 * The floor-plan partial prose pages import (<BadungLayout /> on the interior design page), built from
 * the real Badung deployment: it shows the floor plans and the simulated-day charts, each chart with an
 * alt text in the page language (the Badung deployment is written in Bahasa Indonesia for both locales).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error plain ESM script without type declarations
import { collectRegion } from '../scripts/lib/gallery.mjs';
// @ts-expect-error plain ESM script without type declarations
import { renderLayoutPartial } from '../scripts/lib/region-page.mjs';

const REPO = resolve(import.meta.dirname, '..', '..');
const CHARTS = ['simulasi-antrean.svg', 'simulasi-instansi.svg', 'simulasi-loket.svg'];

/** The `<FloorPlan {...{...}} />` props of a partial, in order. */
function figures(partial: string): Array<{ src: string; alt: string; caption: string }> {
  return [...partial.matchAll(/<FloorPlan \{\.\.\.(\{.*\})\} \/>/g)].map((m) => JSON.parse(m[1]) as { src: string; alt: string; caption: string });
}

describe('the Badung layout partial (<BadungLayout />)', () => {
  let work: string;
  const regions: Record<string, unknown> = {};

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'docs-partial-'));
    const example = { slug: 'badung', answers: join(REPO, 'examples', 'badung', 'mpp.yaml') };
    for (const lang of ['id', 'en']) {
      const deployment = join(work, lang, 'badung');
      const run = spawnSync(process.execPath, [join(REPO, 'bin', 'mpp.js'), 'new', '--answers', example.answers, '--out', deployment, '--force', '--lang', lang], { cwd: REPO, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      regions[lang] = collectRegion({ example, lang, deployment, staticDir: join(work, 'static', lang), reviewReport: undefined });
    }
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test.each([
    ['id', 'Grafik hari layanan yang disimulasikan di Kabupaten Badung: orang menunggu (persentil ke-95 dan rata-rata) dibanding kursi tunggu'],
    ['en', 'Chart of the simulated service day at Badung Regency: people waiting (95th percentile and mean) against the waiting seats'],
  ])('%s: floor plans, then the three simulated-day charts with alt texts in the page language', (lang, buildingAlt) => {
    const partial = renderLayoutPartial(regions[lang], lang) as string;
    expect(partial).not.toMatch(/^#/m);
    const shown = figures(partial);
    const plans = shown.filter((f) => /floorplan-[^/]+\.svg$/.test(f.src));
    expect(plans.length).toBeGreaterThan(0);
    const charts = shown.filter((f) => CHARTS.some((c) => f.src.endsWith(`/layout/${c}`)));
    expect(charts.map((c) => c.caption)).toEqual(CHARTS.map((c) => `layout/${c}`));
    expect(charts[0].src).toBe(`/generated/badung/${lang}/layout/simulasi-antrean.svg`);
    expect(charts[0].alt.startsWith(buildingAlt)).toBe(true);
    for (const chart of charts) expect(chart.alt.length).toBeGreaterThan(40);
    // The charts come after the plans, and the files behind them were copied for the site.
    expect(shown.indexOf(charts[0])).toBeGreaterThan(shown.indexOf(plans[plans.length - 1]));
    expect(readFileSync(join(work, 'static', lang, 'badung', lang, 'layout', 'simulasi-antrean.svg'), 'utf8')).toContain('<svg');
  });

  test('the other language never leaks into the alt texts', () => {
    const id = figures(renderLayoutPartial(regions.id, 'id')).filter((f) => f.src.includes('/simulasi-'));
    const en = figures(renderLayoutPartial(regions.en, 'en')).filter((f) => f.src.includes('/simulasi-'));
    for (const f of id) expect(f.alt).not.toMatch(/Chart of/);
    for (const f of en) expect(f.alt).not.toMatch(/Grafik|disimulasikan/);
  });
});
