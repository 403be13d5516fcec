import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../helpers/browser.js';
import { planLayout, renderLayoutFiles } from '../../src/layout/index.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import { loadAnswers, minimal, root, syntheticRegion } from './helpers.js';

/** The inputs drawn in the browser: the fixture, a hostile-named two-floor region, Badung once it exists. */
function inputs(): Array<[string, RegionAnswers]> {
  const hostile = syntheticRegion(12);
  hostile.agencies[0] = { ...hostile.agencies[0], shortName: undefined, name: '</svg><script>alert(1)</script> & "Dinas" {A}' };
  delete hostile.agencies[0].shortName;
  const list: Array<[string, RegionAnswers]> = [
    ['minimal', minimal()],
    ['hostile', hostile],
  ];
  for (const slug of ['badung', 'blora', 'jeneponto', 'muna-barat', 'belitung']) {
    if (existsSync(join(root, `examples/${slug}/mpp.yaml`))) list.push([slug, loadAnswers(`examples/${slug}/mpp.yaml`)]);
  }
  return list;
}

const outDir = join(root, 'test-results', 'layout');
let context: BrowserContext;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, close } = await launchChromium());
  mkdirSync(outDir, { recursive: true });
});

afterAll(async () => {
  await close?.();
});

describe('floor plan SVG in Chromium', () => {
  for (const [name, region] of inputs()) {
    it(`${name}: every agency block is found, the SVG parses, a screenshot is saved`, async () => {
      const plan = planLayout(region);
      const files = renderLayoutFiles(plan, region, 'id');
      const placed = new Set<string>();
      const svgNames: string[] = [];
      for (const [path, content] of Object.entries(files)) {
        if (!path.endsWith('.svg')) continue;
        const file = join(outDir, `${name}-${path.replace('layout/', '')}`);
        writeFileSync(file, content);
        svgNames.push(file);
      }
      expect(svgNames.length).toBe(region.mpp.floors.length);
      for (const file of svgNames) {
        const page = await context.newPage();
        await page.goto(pathToFileURL(file).href);
        // Served as image/svg+xml: a malformed document shows Chromium's XML error page instead.
        const rootName = await page.evaluate(() => document.documentElement.localName);
        expect(rootName).toBe('svg');
        expect(await page.locator('parsererror').count()).toBe(0);
        expect(await page.locator('script').count()).toBe(0);
        const agencies = await page.locator('[data-agency]').evaluateAll((nodes) =>
          nodes.map((n) => ({ agency: n.getAttribute('data-agency'), id: n.id, label: n.querySelector('title')?.textContent ?? '', box: (({ width, height }) => ({ width, height }))((n as SVGGraphicsElement).getBBox()) })),
        );
        for (const a of agencies) {
          expect(a.id).toMatch(/^agency-/);
          expect(a.box.width).toBeGreaterThan(0);
          placed.add(a.agency as string);
        }
        // No text overflows its box: every label's measured box lies inside its zone's rectangle,
        // and every other text (title, legend, scale) inside the drawing.
        const overflowing = await page.evaluate(() => {
          const bad: string[] = [];
          const inside = (inner: DOMRect, outer: { x: number; y: number; width: number; height: number }) =>
            inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
          for (const group of Array.from(document.querySelectorAll('g.zone'))) {
            const box = (group.querySelector('rect.box') as SVGGraphicsElement).getBBox();
            for (const text of Array.from(group.querySelectorAll('text.label'))) {
              const r = (text as SVGGraphicsElement).getBBox();
              if (!inside(r, box)) bad.push(`${group.id}: "${text.textContent}" ${Math.round(r.width)}x${Math.round(r.height)} in ${Math.round(box.width)}x${Math.round(box.height)}`);
            }
          }
          const svg = document.documentElement;
          const page = { x: 0, y: 0, width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
          for (const text of Array.from(document.querySelectorAll('text'))) {
            const r = (text as SVGGraphicsElement).getBBox();
            if (!inside(r, page)) bad.push(`page: "${text.textContent}"`);
          }
          return bad;
        });
        expect(overflowing).toEqual([]);
        // A multi-floor MPP shows stairs and a lift on every floor.
        if (region.mpp.floors.length > 1) {
          expect(await page.locator('[data-kind="stairs"]').count()).toBe(1);
          expect(await page.locator('[data-kind="lift"]').count()).toBe(1);
        }
        // fullPage screenshots hang on a bare SVG document: size the viewport to the drawing instead.
        const size = await page.evaluate(() => ({ width: Number(document.documentElement.getAttribute('width')), height: Number(document.documentElement.getAttribute('height')) }));
        await page.setViewportSize(size);
        await page.screenshot({ path: file.replace(/\.svg$/, '.png') });
        await page.close();
      }
      // Every agency has a block on some floor, unless the plan reports it as overflow.
      const overflowed = new Set(plan.floors.flatMap((f) => f.overflow.map((o) => o.agency).filter((a): a is string => a !== undefined)));
      for (const agency of region.agencies) expect(placed.has(agency.id) || overflowed.has(agency.id)).toBe(true);
      // A building far too small (Belitung) may place no counter at all; then every agency is reported as overflow.
      expect(placed.size + overflowed.size).toBeGreaterThan(0);
      if (name !== 'belitung') expect(placed.size).toBeGreaterThan(0);
      if (name === 'hostile') {
        // The hostile name is shown as text (title of its block), not executed or parsed as markup.
        const page = await context.newPage();
        await page.goto(pathToFileURL(svgNames[0]).href);
        const title = await page.locator('[data-agency="agency-1"] title').first().textContent();
        expect(title).toContain('</svg><script>alert(1)</script> & "Dinas" {A}');
        await page.close();
      }
    });
  }
});
