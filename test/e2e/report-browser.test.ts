/**
 * The HTML report in a real browser: Debian's headless Chromium, driven by playwright-core. The
 * page loads nothing but itself, logs no error, runs no script (a hostile name's `onerror` never
 * fires), its charts have a size, and the dark scheme and print change the colours. Screenshots
 * go into the test's temp folder (docs/report.png is made by bench/report-screenshot.mjs).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dataDir, runBin, tempDir } from '../helpers/index.js';
import { CHROMIUM, chromiumSuite } from '../helpers/platform.js';
import { exampleWorkspace } from '../helpers/workspace.js';

/** The report of `dir` as a file, and its file:// address. */
function reportFile(dir: string): { file: string; url: string } {
  const file = join(tempDir(), 'report.html');
  const r = runBin(dir, ['report', '--out', file]);
  expect([r.code, r.stdout]).toEqual([0, '']);
  return { file, url: pathToFileURL(file).href };
}

interface Seen {
  requests: string[];
  errors: string[];
  dialogs: string[];
}

/** A page that records every request, console error, uncaught error and dialog. */
async function watchedPage(browser: Browser): Promise<{ page: Page; seen: Seen }> {
  const page = await browser.newPage({ viewport: { width: 960, height: 900 } });
  const seen: Seen = { requests: [], errors: [], dialogs: [] };
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(String(error)));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, seen };
}

// Run in the page (the tests are typed without the DOM library).
const background = (page: Page) => page.evaluate<string>('getComputedStyle(document.body).backgroundColor');

chromiumSuite('opens the HTML report in Chromium')('report --out FILE.html in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('the example workspace: nothing fetched, no console error, charts with a size, light, dark and print', async () => {
    const { url } = reportFile(exampleWorkspace());
    const { page, seen } = await watchedPage(browser);
    await page.goto(url, { waitUntil: 'load' });
    const charts = await page.$$eval('svg.chart', (svgs) => svgs.map((svg) => svg.getBoundingClientRect()).map((r) => [Math.round(r.width), Math.round(r.height)]));
    expect(charts).toHaveLength(2);
    for (const [width, height] of charts) {
      expect(width).toBeGreaterThan(300);
      expect(height).toBeGreaterThan(100);
    }
    // Every bar of the funnel is drawn, in a colour of the scheme, and the usual reply rate over the second.
    const bars = await page.evaluate<[number, string][]>("[...document.querySelector('svg.chart').querySelectorAll('rect[class^=bar-]')].map((r) => [r.getBoundingClientRect().width, getComputedStyle(r).fill])");
    expect(bars).toHaveLength(4);
    for (const [width, fill] of bars) {
      expect(width).toBeGreaterThan(0);
      expect(fill).toMatch(/^rgb\(/);
    }
    expect(await page.locator('svg.chart rect.band').count()).toBe(1);
    expect(await page.locator('.figure .value').allTextContents()).toEqual(['4', '75 %', '2', '100 %', '3']);
    const folder = tempDir();
    await page.screenshot({ path: join(folder, 'report-light.png'), fullPage: true });
    const light = await background(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await background(page);
    await page.screenshot({ path: join(folder, 'report-dark.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    expect([light, dark, await background(page)]).toEqual(['rgb(255, 255, 255)', 'rgb(20, 24, 31)', 'rgb(255, 255, 255)']);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    for (const name of ['report-light.png', 'report-dark.png']) {
      const png = readFileSync(join(folder, name));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(statSync(join(folder, name)).size).toBeGreaterThan(20_000);
    }
    expect(seen).toEqual({ requests: [url], errors: [], dialogs: [] });
  }, 60_000);

  it('a hostile name (<img onerror>, </style>) shows as text: no script runs, nothing loads', async () => {
    const img = '<img src=x onerror=alert(1)>';
    const dir = dataDir({ x: `name: "${img}"\ncompany: "</style><script>alert(2)</script>"\noutreach:\n  - at: 2026-11-10T09:00:00-08:00\nmeetings:\n  - at: 2026-11-20T10:00:00-08:00\n    referrals: ["<svg onload=alert(3)>"]\n` });
    const { url } = reportFile(dir);
    const { page, seen } = await watchedPage(browser);
    await page.goto(url, { waitUntil: 'load' });
    // As text where the name is shown: the meeting held, and who suggested the referral.
    expect(await page.locator('td', { hasText: img }).count()).toBe(2);
    expect(await page.locator('td', { hasText: '<svg onload=alert(3)>' }).count()).toBe(1);
    expect(await page.locator('body img, body script, td svg').count()).toBe(0);
    expect(seen).toEqual({ requests: [url], errors: [], dialogs: [] });
  }, 60_000);
});
