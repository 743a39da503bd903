#!/usr/bin/env node
// Regenerates docs/report.png, the README's picture of `infoview report`: the HTML report of the
// example workspace (examples/workspace, at the tests' fixed clock), in Debian's Chromium
// (/usr/bin/chromium, driven by playwright-core). Run `npm run build` first, then
// `node bench/report-screenshot.mjs`. The tests never write it: they screenshot into a temp folder.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const temp = mkdtempSync(join(tmpdir(), 'infoview-screenshot-'));
try {
  const dir = join(temp, 'data');
  cpSync(join(root, 'examples/workspace'), dir, { recursive: true });
  const html = join(temp, 'report.html');
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: temp, TZ: 'America/Los_Angeles', NO_COLOR: '1', INFOVIEW_DIR: dir, INFOVIEW_NOW: '2026-11-23T10:00:00-08:00' };
  const made = spawnSync(process.execPath, [join(root, 'bin/infoview.js'), 'report', '--out', html], { env, stdio: 'inherit' });
  if (made.status !== 0) throw new Error(`infoview report failed (exit ${made.status}); did you run npm run build?`);
  // --no-sandbox: as root (CI, containers) Chromium's sandbox refuses to start.
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 }, colorScheme: 'light' });
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    await page.screenshot({ path: join(root, 'docs/report.png'), fullPage: true });
  } finally {
    await browser.close();
  }
  console.log('Wrote docs/report.png');
} finally {
  rmSync(temp, { recursive: true, force: true });
}
