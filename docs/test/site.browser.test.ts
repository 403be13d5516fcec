/**
 * Browser test of the built site (run `npm run docs:build` first; `npm run test:docs` does both).
 * Serves docs/build on 127.0.0.1, opens it in Debian's Chromium through playwright-core, and checks:
 * both locales' home pages, the offline search (id: "Badung", en: "counter"), the Badung gallery page
 * with its floor plan image loaded, and that no request leaves 127.0.0.1. Screenshots: test-results/.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic } from './static-server.js';

const BUILD = resolve(import.meta.dirname, '..', 'build');
const SHOTS = resolve(import.meta.dirname, '..', '..', 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let server: { origin: string; close: () => Promise<void> };
let context: BrowserContext;
let profile: string;
const foreignRequests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(BUILD, 'index.html')) || !existsSync(join(BUILD, 'en', 'index.html'))) {
    throw new Error(`no site in ${BUILD}: run \`npm run docs:build\` first`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(BUILD);
  profile = mkdtempSync(join(tmpdir(), 'pw-docs-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.origin) && !/^(data|blob|about):/.test(url)) foreignRequests.push(url);
  });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
  const response = await page.goto(server.origin + path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  return page;
}

async function search(page: Page, query: string): Promise<string[]> {
  const input = page.locator('input.navbar__search-input');
  await input.click();
  await input.fill(query);
  const option = page.locator('[role="listbox"] [role="option"]');
  await option.first().waitFor({ state: 'visible', timeout: 30_000 });
  return option.allInnerTexts();
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
    await en.screenshot({ path: join(SHOTS, 'docs-home-en.png'), fullPage: true });
    await en.close();
  });

  test('search finds "Badung" on the Indonesian site', async () => {
    const page = await open('/');
    const results = await search(page, 'Badung');
    expect(results.length).toBeGreaterThan(0);
    expect(results.join('\n')).toMatch(/badung/i);
    await page.screenshot({ path: join(SHOTS, 'docs-search-id-badung.png') });
    await page.close();
  });

  test('search finds "counter" on the English site', async () => {
    const page = await open('/en/');
    const results = await search(page, 'counter');
    expect(results.length).toBeGreaterThan(0);
    expect(results.join('\n')).toMatch(/counter/i);
    await page.screenshot({ path: join(SHOTS, 'docs-search-en-counter.png') });
    await page.close();
  });

  test.each([
    ['id', '/docs/examples/badung'],
    ['en', '/en/docs/examples/badung'],
  ])('Badung gallery page (%s) shows its floor plan image, loaded', async (lang, path) => {
    const page = await open(path);
    await expect.poll(() => page.locator('h1').first().innerText()).toMatch(/Badung/);
    const plans = page.locator('img.floor-plan');
    for (const plan of await plans.all()) await plan.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `docs-gallery-badung-${lang}.png`), fullPage: true });
    expect(await plans.count()).toBeGreaterThan(0);
    for (const plan of await plans.all()) {
      await plan.scrollIntoViewIfNeeded();
      await expect
        .poll(() => plan.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
      const src = await plan.getAttribute('src');
      // useBaseUrl adds the locale prefix; Docusaurus copies static/ into every locale's build
      const prefix = lang === 'id' ? '' : `/${lang}`;
      expect(src).toMatch(new RegExp(`^${prefix}/generated/badung/${lang}/floorplan-.*\\.svg$`));
    }
    await page.close();
  });

  test('nothing was fetched from outside 127.0.0.1 and no page threw', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
