/**
 * Browser test of the built site (run `npm run docs:build` first; `npm run test:docs` does both).
 * Serves docs/build on 127.0.0.1, opens it in Debian's Chromium through playwright-core, and checks:
 * the gallery (a card per example, thumbnails loaded), Badung's page and a rendered generated file,
 * the interior page's generated floor plan, the offline search in the reader's language (Indonesian
 * interface and a correct count on the Indonesian site), the reference at phone width, reading
 * without JavaScript, axe-core on every page type (no serious or critical violation), and that no
 * request leaves 127.0.0.1. Screenshots: test-results/.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic } from './static-server.js';

const SITE = resolve(import.meta.dirname, '..');
const BUILD = join(SITE, 'build');
const SHOTS = resolve(SITE, '..', 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE = readFileSync(createRequire(join(SITE, 'package.json')).resolve('axe-core/axe.min.js'), 'utf8');
const EXAMPLES = readdirSync(join(SITE, '..', 'examples')).filter((d) => existsSync(join(SITE, '..', 'examples', d, 'mpp.yaml')));
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server: { origin: string; close: () => Promise<void> };
let context: BrowserContext;
let noScript: BrowserContext;
const profiles: string[] = [];
const foreignRequests: string[] = [];
const pageErrors: string[] = [];

async function launch(options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'pw-docs-'));
  profiles.push(profile);
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    args: ARGS,
  });
  ctx.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.origin) && !/^(data|blob|about):/.test(url)) foreignRequests.push(url);
  });
  return ctx;
}

beforeAll(async () => {
  if (!existsSync(join(BUILD, 'index.html')) || !existsSync(join(BUILD, 'en', 'index.html'))) {
    throw new Error(`no site in ${BUILD}: run \`npm run docs:build\` first`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(BUILD);
  context = await launch();
  noScript = await launch({ javaScriptEnabled: false });
});

afterAll(async () => {
  await context?.close();
  await noScript?.close();
  await server?.close();
  for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
});

async function open(path: string, ctx: BrowserContext = context): Promise<Page> {
  const page = await ctx.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
  const response = await page.goto(server.origin + path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  return page;
}

/** Scrolls every image of `scope` into view and waits until each has loaded. */
async function expectImagesLoaded(page: Page, selector: string): Promise<number> {
  const images = await page.locator(selector).all();
  for (const image of images) {
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 15_000 }).toBe(true);
  }
  return images.length;
}

type AxeViolation = { id: string; impact: string | null; nodes: Array<{ target: string[] }> };
/** axe-core's violations on the page, as "impact id (n): first targets". */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

describe('docs site in Chromium', () => {
  test('home page in Bahasa Indonesia (/) and English (/en/)', async () => {
    const id = await open('/');
    expect(await id.getAttribute('html', 'lang')).toBe('id-ID');
    await expect.poll(() => id.locator('main').innerText()).toContain('Mal Pelayanan Publik (MPP) menghimpun');
    await id.screenshot({ path: join(SHOTS, 'docs-home-id.png'), fullPage: true });
    await id.close();

    const en = await open('/en/');
    expect(await en.getAttribute('html', 'lang')).toBe('en-GB');
    await expect.poll(() => en.locator('main').innerText()).toContain('brings the services of many');
    await en.close();
  });

  test.each([
    ['id', ''],
    ['en', '/en'],
  ])('the gallery (%s) has one card per example, each with a floor-plan thumbnail that loads and its key figures', async (lang, prefix) => {
    const page = await open(`${prefix}/docs/examples`);
    const cards = page.locator('article.region-card');
    await expect.poll(() => cards.count()).toBe(EXAMPLES.length);
    expect(await expectImagesLoaded(page, 'article.region-card img')).toBe(EXAMPLES.length);
    for (const card of await cards.all()) {
      expect(await card.locator('img').getAttribute('alt')).toBeTruthy();
      const text = await card.innerText();
      expect(text).toMatch(lang === 'id' ? /Instansi[\s\S]*Jenis layanan[\s\S]*Loket[\s\S]*dibutuhkan[\s\S]*Skor kesiapan[\s\S]*\/100[\s\S]*Angka perkiraan[\s\S]*%/ : /Agencies[\s\S]*Service types[\s\S]*Counters[\s\S]*needed[\s\S]*Readiness score[\s\S]*\/100[\s\S]*Estimated figures[\s\S]*%/);
      expect(text).toMatch(lang === 'id' ? /Sudah diresmikan|Direncanakan/ : /Launched|Planned/);
    }
    await page.screenshot({ path: join(SHOTS, `docs-gallery-${lang}.png`), fullPage: true });
    await page.close();
  });

  test('Badung: the card leads to its page, floor plans open at full size, and a generated file reads as a page (no raw Markdown)', async () => {
    const gallery = await open('/docs/examples');
    await gallery.locator('article.region-card a', { hasText: 'Badung' }).click();
    await gallery.waitForURL(/\/docs\/examples\/badung$/);
    await expect.poll(() => gallery.locator('h1').first().innerText()).toMatch(/Badung/);
    const plans = await expectImagesLoaded(gallery, '.generated-figure img');
    expect(plans).toBeGreaterThan(0);
    // the floor plans, then the simulated day's charts
    const sources = await gallery.locator('.generated-figure img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).getAttribute('src')));
    for (const src of sources) expect(src).toMatch(/^\/generated\/badung\/id\/layout\/(floorplan|simulasi)-.*\.svg$/);
    expect(sources.filter((src) => /floorplan-/.test(src ?? '')).length).toBeGreaterThan(0);
    // readable size: each plan fills the content column, and links to the drawing itself
    const floorPlans = gallery.locator('.generated-figure img[src*="/layout/floorplan-"]');
    const widths = await floorPlans.evaluateAll((imgs) => imgs.map((i) => i.getBoundingClientRect().width));
    for (const width of widths) expect(width).toBeGreaterThan(600);
    const fullSize = gallery.locator('.generated-figure figcaption a', { hasText: 'Buka ukuran penuh' }).first();
    const svg = await gallery.request.get(server.origin + (await fullSize.getAttribute('href')));
    expect(svg.headers()['content-type']).toBe('image/svg+xml');
    await gallery.screenshot({ path: join(SHOTS, 'docs-region-badung-id.png'), fullPage: false });

    // the list of generated files: open README.md's page
    await gallery.locator('a', { hasText: /^README\.md$/ }).first().click();
    await gallery.waitForURL(/\/docs\/examples\/badung\/files\/readme-md$/);
    const main = gallery.locator('article').first();
    // the file's own headings, under the page title
    await expect.poll(() => main.locator('h2').count()).toBeGreaterThan(0);
    expect(await main.locator('h3').count()).toBeGreaterThan(1);
    expect(await main.locator('table').count()).toBeGreaterThan(0);
    const text = await main.innerText();
    expect(text).not.toMatch(/^#{1,6} /m);
    expect(text).not.toMatch(/\|\s*-{3,}\s*\|/);
    expect(text).not.toMatch(/\]\(/);
    const download = main.locator('a', { hasText: 'Unduh berkas asli' });
    const original = await gallery.request.get(server.origin + (await download.getAttribute('href')));
    expect(original.status()).toBe(200);
    expect(await original.text()).toMatch(/^# Mal Pelayanan Publik Kabupaten Badung/);
    await gallery.screenshot({ path: join(SHOTS, 'docs-file-readme-id.png') });
    await gallery.close();
  });

  test('other generated files: the checklist CSV as a table, the layout YAML as highlighted code, the printable HTML embedded', async () => {
    const csv = await open('/docs/examples/badung/files/checklist/checklist-csv');
    await expect.poll(() => csv.locator('.data-table tbody tr').count()).toBeGreaterThan(10);
    await csv.close();
    const yaml = await open('/docs/examples/badung/files/layout/layout-yaml');
    await expect.poll(() => yaml.locator('pre code .token').count()).toBeGreaterThan(50);
    await yaml.close();
    const html = await open('/docs/examples/badung/files/checklist/checklist-html');
    const frame = html.frameLocator('.embedded-page iframe');
    await expect.poll(() => frame.locator('body').innerText(), { timeout: 15_000 }).toMatch(/Badung/);
    await html.close();
  });

  test.each([
    ['id', '', /^\/generated\/badung\/id\/layout\/(floorplan-.*|simulasi-(antrean|instansi|loket))\.svg$/, /^Grafik hari layanan yang disimulasikan di Kabupaten Badung/],
    ['en', '/en', /^\/en\/generated\/badung\/en\/layout\/(floorplan-.*|simulasi-(antrean|instansi|loket))\.svg$/, /^Chart of the simulated service day at Badung Regency/],
  ])('the interior page (%s) shows the floor plan and the simulated-day charts generated from the Badung example', async (lang, prefix, src, chartAlt) => {
    const page = await open(`${prefix}/docs/desain-interior`);
    expect(await expectImagesLoaded(page, '.generated-figure img')).toBeGreaterThan(0);
    const images = await page.locator('.generated-figure img').evaluateAll((imgs) => imgs.map((i) => ({ src: i.getAttribute('src') ?? '', alt: i.getAttribute('alt') ?? '' })));
    for (const { src: value } of images) expect(value).toMatch(src);
    expect(images.some((i) => /floorplan-/.test(i.src))).toBe(true);
    const charts = images.filter((i) => /simulasi-/.test(i.src));
    expect(charts.length).toBe(3);
    for (const chart of charts) expect(chart.alt).toMatch(chartAlt);
    await page.close();
  });

  test('search on the Indonesian site: interface in Bahasa Indonesia, Indonesian queries find Indonesian pages, and the count matches the results', async () => {
    const page = await open('/');
    const input = page.locator('input.navbar__search-input');
    expect(await input.getAttribute('placeholder')).toBe('Cari');
    await expect.poll(() => input.getAttribute('aria-label')).toBe('Cari');
    await input.click();
    await input.fill('loket');
    const options = page.locator('[role="listbox"] [role="option"]');
    await options.first().waitFor({ state: 'visible', timeout: 30_000 });
    expect((await options.allInnerTexts()).join('\n')).toMatch(/loket/i);
    await expect.poll(() => page.locator('[role="listbox"]').innerText()).toMatch(/Lihat semua hasil/);
    await page.screenshot({ path: join(SHOTS, 'docs-search-id-loket.png') });
    await page.close();

    for (const query of ['loket', 'antrean', 'perbup']) {
      const results = await open(`/search?q=${query}`);
      await expect.poll(() => results.locator('h1').innerText()).toBe(`Hasil pencarian untuk "${query}"`);
      const items = results.locator('article');
      await expect.poll(() => items.count(), { timeout: 30_000 }).toBeGreaterThan(0);
      const count = await items.count();
      const message = await results.locator('p', { hasText: /^\d+ dokumen ditemukan$/ }).innerText();
      expect(message).toBe(`${count} dokumen ditemukan`);
      if (query === 'loket') expect(count).toBeGreaterThan(1);
      const hrefs = await items.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) expect(href, query).toMatch(/^\/(docs|$)/);
      if (query === 'perbup') expect(hrefs.join(' ')).toMatch(/model-badung|tahapan-pembentukan|studi-tiru/);
      expect(await results.locator('input[type="search"]').getAttribute('aria-label')).toBe('Cari');
      if (query === 'loket') await results.screenshot({ path: join(SHOTS, 'docs-search-page-id-loket.png'), fullPage: false });
      await results.close();
    }
  });

  test('search on the English site still finds English pages, with an English count', async () => {
    const results = await open('/en/search?q=counter');
    const items = results.locator('article');
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBeGreaterThan(1);
    const count = await items.count();
    expect(await results.locator('p', { hasText: /^\d+ documents? found$/ }).innerText()).toBe(`${count} documents found`);
    for (const href of await items.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) expect(href).toMatch(/^\/en\//);
    await results.close();
  });

  test('the configuration reference reads at phone width: one block per field, no horizontal scroll', async () => {
    const phone = await launch({ viewport: { width: 375, height: 800 } });
    try {
      for (const path of ['/docs/reference/region', '/en/docs/reference/region', '/docs/examples/badung']) {
        const page = await phone.newPage();
        await page.goto(server.origin + path, { waitUntil: 'load' });
        const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
        if (path.includes('reference')) {
          expect(await page.locator('.schema-field').count()).toBeGreaterThan(50);
          expect(await page.locator('.markdown table').count()).toBe(0);
          await page.screenshot({ path: join(SHOTS, `docs-reference-phone-${path.startsWith('/en') ? 'en' : 'id'}.png`) });
        }
        await page.close();
      }
    } finally {
      await phone.close();
    }
  });

  test('without JavaScript the pages still read: text, floor plans, tables and generated files', async () => {
    for (const [path, selector] of [
      ['/docs/model-badung', 'table'],
      ['/docs/examples', 'article.region-card img'],
      ['/docs/examples/badung', '.generated-figure img'],
      ['/docs/examples/badung/files/readme-md', 'table'],
      ['/docs/examples/badung/files/checklist/checklist-csv', '.data-table table'],
      ['/docs/desain-interior', '.generated-figure img'],
      ['/docs/reference/region', '.schema-field dl'],
    ]) {
      const page = await open(path, noScript);
      expect(await page.locator('h1').count(), path).toBeGreaterThan(0);
      expect(await page.locator(selector).count(), `${path} ${selector}`).toBeGreaterThan(0);
      await page.close();
    }
  });

  const pageTypes: Array<[string, string]> = [
    ['home', '/'],
    ['prose', '/docs/model-badung'],
    ['prose (interior, with generated plan)', '/docs/desain-interior'],
    ['gallery', '/docs/examples'],
    ['region page', '/docs/examples/badung'],
    ['generated file: Markdown', '/docs/examples/badung/files/readme-md'],
    ['generated file: CSV', '/docs/examples/badung/files/checklist/checklist-csv'],
    ['generated file: YAML', '/docs/examples/badung/files/layout/layout-yaml'],
    ['reference', '/docs/reference/region'],
    ['search', '/search?q=loket'],
    ['English gallery', '/en/docs/examples'],
    ['English reference', '/en/docs/reference/region'],
  ];
  test('axe-core finds no serious or critical violation on any page type; every image has a text alternative', async () => {
    const report: string[] = [];
    const failures: string[] = [];
    for (const [type, path] of pageTypes) {
      const page = await open(path);
      if (path.startsWith('/search')) await page.locator('article').first().waitFor({ timeout: 30_000 });
      const violations = await axeViolations(page);
      report.push(`${type} (${path}): ${violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length})`).join(', ') || 'none'}`);
      for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        failures.push(`${type}: ${v.impact} ${v.id} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
      expect(await page.locator('img:not([alt])').count(), `${type}: images without alt`).toBe(0);
      await page.close();
    }
    console.log(`axe-core results per page type:\n  ${report.join('\n  ')}`);
    expect(failures).toEqual([]);
  });

  test('nothing was fetched from outside 127.0.0.1 and no page threw', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
