import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.js';
import { mpp, tempDir } from '../helpers/cli.js';
import { buildDeployment } from '../../src/deployment/build.js';
import { loadRegionText, validateRegion } from '../../src/config/load.js';
import { readFileSync } from 'node:fs';
import { HOSTILE_NAMES, hostileAnswers } from '../checklist/helpers.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';

const root = join(import.meta.dirname, '..', '..');
let context: BrowserContext;
let close: () => Promise<void>;
let work: string;

function load(path: string): RegionAnswers {
  const result = loadRegionText(readFileSync(join(root, path), 'utf8'), { lang: 'id' });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** Writes a whole deployment (as mpp new would) and returns its folder. */
async function deploy(region: RegionAnswers, name: string): Promise<string> {
  const dir = join(work, name);
  const { files } = await buildDeployment(region, { lang: 'id' });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Opens a file and records every request that is not the page itself or an inline data: URI. */
async function open(path: string): Promise<{ page: Page; outside: string[]; errors: string[] }> {
  const page = await context.newPage();
  const url = pathToFileURL(path).href;
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (request.url() !== url && !request.url().startsWith('data:')) outside.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'load' });
  return { page, outside, errors };
}

/** The floor plans a written deployment has. */
function floorplans(dir: string): number {
  return readdirSync(join(dir, 'layout')).filter((name) => /^floorplan-.*\.svg$/.test(name)).length;
}

async function pdfBox(page: Page): Promise<string> {
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  return /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf)!.slice(1).map((n) => Math.round(Number(n))).join('x');
}

async function columnValues(page: Page, table: string, column: number): Promise<number[]> {
  return page.$$eval(`#${table} tbody tr`, (rows, col) => rows.map((r) => Number((r as HTMLTableRowElement).cells[col as number].getAttribute('data-value'))), column);
}

let badungDir: string;
let hostileDir: string;

beforeAll(async () => {
  ({ context, close } = await launchChromium());
  work = tempDir('mpp-dash-');
  badungDir = await deploy(load('examples/badung/mpp.yaml'), 'badung');
  const hostile = hostileAnswers();
  hostile.region.slug = 'hostile';
  const valid = validateRegion(hostile, { lang: 'id' });
  if (!valid.ok) throw new Error(JSON.stringify(valid.issues));
  hostileDir = await deploy(valid.value, 'hostile');
}, 120_000);

afterAll(async () => {
  await close?.();
});

describe('dashboard.html of a deployment, in Chromium', () => {
  it('is one offline page: no request leaves it, no script error, hostile names as text', async () => {
    for (const dir of [badungDir, hostileDir]) {
      const { page, outside, errors } = await open(join(dir, 'dashboard.html'));
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      // One thumbnail per floor plan the deployment has (Badung's floor is derived from the area programme).
      expect(await page.locator('img').count()).toBe(floorplans(dir));
      const text = await page.locator('body').innerText();
      if (dir === hostileDir) for (const name of HOSTILE_NAMES) expect(text).toContain(name);
      expect(await page.locator('script').count()).toBe(1);
      await page.close();
    }
  });

  it('shows progress per phase and owner, counters with estimates marked, the index and the PEKPPP estimate, and links every file', async () => {
    const { page } = await open(join(badungDir, 'dashboard.html'));
    const text = await page.locator('body').innerText();
    expect(text).toContain('Per tahap');
    expect(text).toContain('Per penanggung jawab');
    expect(text).toContain('Indeks kesiapan kit (0-100, bukan nilai resmi)');
    expect(text).toContain('Estimasi IPP (PEKPPP)');
    expect(await page.locator('#counters tbody tr').count()).toBe(31);
    expect(await page.locator('#counters .estimate').count()).toBe(31);
    const links = await page.$$eval('#files a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('checklist/checklist.html');
    expect(links).toContain('layout/floorplan-lt1.svg');
    expect(links.length).toBeGreaterThan(150);
    await page.close();
  });

  it('sorts and filters, and prints on A4', async () => {
    const { page } = await open(join(badungDir, 'dashboard.html'));
    await page.click('#counters thead th:nth-child(2) button');
    const ascending = await columnValues(page, 'counters', 1);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.click('#counters thead th:nth-child(2) button');
    const descending = await columnValues(page, 'counters', 1);
    expect(descending).toEqual([...ascending].sort((a, b) => b - a));
    expect(await page.getAttribute('#counters thead th:nth-child(2)', 'aria-sort')).toBe('descending');
    await page.fill('#file-filter', 'floorplan');
    expect(await page.locator('#files tbody tr:not([hidden])').count()).toBe(floorplans(badungDir));
    await page.fill('#file-filter', '');
    expect(await page.locator('#files tbody tr:not([hidden])').count()).toBeGreaterThan(150);
    expect(await pdfBox(page)).toBe('595x842');
    await page.close();
  });
});

describe('the consultants\' dashboard (mpp review DIR... --format html), in Chromium', () => {
  it('is one offline page with a sortable, filterable table of regions linking to each dashboard, readable without JavaScript', async () => {
    const target = join(work, 'report', 'regions.html');
    mkdirSync(dirname(target), { recursive: true });
    const run = mpp(['review', badungDir, hostileDir, join(root, 'examples', 'jeneponto'), '--format', 'html', '--out', target]);
    expect([0, 1]).toContain(run.code);
    const html = readFileSync(target, 'utf8');
    // Without JavaScript: every region is a plain table row, the filter box stays hidden.
    expect(html.match(/<tr data-region=/g)).toHaveLength(3);
    expect(html).toMatch(/<input id="region-filter" type="search" data-filter="regions" hidden>/);

    const { page, outside, errors } = await open(target);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('#region-filter').isVisible()).toBe(true);
    const hrefs = await page.$$eval('#regions tbody a[href$="dashboard.html"]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.sort()).toEqual([pathToFileURL(join(badungDir, 'dashboard.html')).href, pathToFileURL(join(hostileDir, 'dashboard.html')).href].sort());
    const cells = await page.$$eval('#regions tbody tr', (rows) => rows.map((r) => (r as HTMLTableRowElement).cells[3].textContent));
    expect(cells).toContain('2018');
    await page.click('#regions thead th:nth-child(5) button');
    const scores = await columnValues(page, 'regions', 4);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    await page.fill('#region-filter', 'badung');
    expect(await page.locator('#regions tbody tr:not([hidden])').count()).toBe(1);
    await page.fill('#region-filter', 'jeneponto');
    expect(await page.locator('#regions tbody tr:not([hidden])').count()).toBe(1);
    await page.fill('#region-filter', '');
    expect(await page.locator('#regions tbody tr:not([hidden])').count()).toBe(3);
    expect(await pdfBox(page)).toBe('842x595');
    await page.close();
  });
});
