import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../helpers/browser.js';
import { planChecklist } from '../../src/checklist/plan.js';
import { renderChecklistHtml } from '../../src/checklist/render.js';
import { HOSTILE_NAMES, hostileRegion, minimalRegion, readYaml } from './helpers.js';
import { done } from '../helpers/complete.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';

let context: BrowserContext;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, close } = await launchChromium());
});

afterAll(async () => {
  await close?.();
});

describe('checklist.html in Chromium', () => {
  const cases: Array<[string, RegionAnswers]> = [
    ['minimal', minimalRegion()],
    ['hostile', hostileRegion()],
    ['badung', done(readYaml<RegionAnswers>('examples/badung/mpp.yaml'))],
  ];
  for (const [name, region] of cases) {
    it(`${name}: loads nothing external, runs no script, shows every item and prints on A4`, async () => {
      const checklist = planChecklist(region);
      const html = renderChecklistHtml(checklist, 'id');
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await page.setContent(html, { waitUntil: 'load' });
      expect(requests).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(await page.locator('script, img, svg').count()).toBe(0);
      expect(await page.locator('tbody tr[data-item]').count()).toBe(checklist.items.length);
      const bodyText = await page.locator('body').innerText();
      for (const agency of region.agencies) expect(bodyText).toContain(agency.name);
      if (name === 'hostile') for (const hostile of HOSTILE_NAMES) expect(bodyText).toContain(hostile);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThan(1);
      // A4 portrait media box: 595 x 842 points
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.\d* 84[12]\.\d*\s*\]/);
      // Compact: a table per phase, per-agency items under one heading. The Badung checklist printed on
      // 62 pages before; the aim was a third of that.
      if (name === 'badung') expect(pages).toBeLessThanOrEqual(Math.floor(62 / 3));
      await page.close();
    });
  }
});
