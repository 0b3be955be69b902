// `--format pdf`: the HTML report printed to A4 by a headless Chromium through playwright-core — the Chromium the
// user has (CHROMIUM_PATH, else the usual install places), never one downloaded behind their back.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';

/** Where Chromium or Chrome usually lives, per platform; the PATH is searched for the same names too. */
const CANDIDATES: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files\\Chromium\\Application\\chrome.exe',
  ],
};
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** The one line printed when no browser is found: how to get one, never an offer to download it. */
export const NO_CHROMIUM =
  '--format pdf needs Chromium or Google Chrome: install it (apt-get install chromium, brew install --cask chromium, or from google.com/chrome) or set CHROMIUM_PATH to its executable';

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to print with: CHROMIUM_PATH when set (it must exist), else the first Chromium or Chrome found in the
 * usual places or on the PATH. Throws a ConfigError (exit 2) with one line saying how to install one.
 */
export function findChromium(env: NodeJS.ProcessEnv, platform: string = process.platform): string {
  const given = env.CHROMIUM_PATH;
  if (given) {
    if (executable(given)) return given;
    throw new ConfigError(`CHROMIUM_PATH=${given}: no executable there; ${NO_CHROMIUM}`);
  }
  const onPath = (env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .flatMap((dir) => NAMES.map((name) => path.join(dir, platform === 'win32' ? `${name}.exe` : name)));
  const found = [...(CANDIDATES[platform] ?? []), ...onPath].find(executable);
  if (!found) throw new ConfigError(NO_CHROMIUM);
  return found;
}

/** Flags for a headless print job: no sandbox (CI runs as root), nothing that phones home, no first-run UI. */
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const LAUNCH_TIMEOUT_MS = 60_000;
const PRINT_TIMEOUT_MS = 120_000;

/**
 * Prints a self-contained HTML document to an A4 PDF with the Chromium at `executablePath`: offline, JavaScript off,
 * every request refused (the report needs none), the page size, margins and page numbers taken from its print CSS,
 * links and headings kept as PDF links and bookmarks.
 */
export async function printPdf(html: string, executablePath: string): Promise<Buffer> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS, timeout: LAUNCH_TIMEOUT_MS });
  try {
    const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    const page = await context.newPage();
    page.setDefaultTimeout(PRINT_TIMEOUT_MS);
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, outline: true, tagged: true });
  } finally {
    await browser.close();
  }
}
