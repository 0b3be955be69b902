// The barometer written by `brand-audit demo --portfolio` (the real CLI, offline) opened in headless Chromium: it
// loads nothing, runs nothing, shows the ranking with a working link to each brand's report, and the studies' figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { runCli } from '../e2e/run-cli.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM) || !!process.env.CI;

let browser: Browser;
let dir: string;

beforeAll(async () => {
  if (!available) return;
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-barometer-'));
  const demo = await runCli(['demo', '--portfolio', '--out-dir', path.join(dir, 'out'), '--lang', 'fr', '--max-pages', '10'], { timeoutMs: 150_000 });
  expect(demo.code, demo.stderr).toBe(0);
  browser = await chromium.launch({ executablePath: CHROMIUM, timeout: 60_000, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!available)('barometer in headless Chromium', () => {
  it('shows the ranking, the studies and links to each brand report, loading nothing else', async () => {
    const file = path.join(dir, 'out', 'portfolio.html');
    const url = pathToFileURL(file).href;
    const page = await browser.newPage();
    try {
      const requests: string[] = [];
      const errors: string[] = [];
      await page.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.request().url().startsWith(pathToFileURL(path.join(dir, 'out')).href) ? route.continue() : route.abort();
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url, { waitUntil: 'load' });
      expect(requests).toEqual([url]);
      expect(errors).toEqual([]);
      expect(await page.locator('h1').innerText()).toBe('Baromètre de la relation client');
      const rows = page.locator('#ranking tr');
      expect(await rows.count()).toBe(5);
      expect(await page.locator('#benchmarks').innerText()).toMatch(/Qualiweb 2013\s:\s2\s%/);
      expect(await page.locator('#benchmarks').innerText()).toContain('Socialbakers');
      const link = page.locator('#ranking a').first();
      expect(await link.getAttribute('href')).toBe('maison-exemple/report.html');
      await link.click();
      await page.waitForLoadState('load');
      expect(page.url()).toBe(pathToFileURL(path.join(dir, 'out', 'maison-exemple', 'report.html')).href);
      expect(await page.locator('body').innerText()).toContain('Maison Exemple');
    } finally {
      await page.close();
    }
  }, 120_000);
});
