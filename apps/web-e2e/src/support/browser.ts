import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const baseUrl = () => process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:3000';

/** Debian's Chromium, never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

export async function newPage(
  browser: Browser,
  options: { locale?: string; width?: number; height?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: options.locale ?? 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: options.width ?? 1366, height: options.height ?? 860 },
  });
  const page = await context.newPage();
  return { context, page };
}

const imagesDir = () => {
  const dir = join(__dirname, '../../../../docs/images');
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** Screenshots for the user guide (docs/images), refreshed by every e2e run. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = imagesDir();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: false });
}

/**
 * A screenshot of one part of a page (a card, a dialog), for the user guide. Taken from a
 * full-page capture with the page scrolled to the top, so the fixed app header does not cover it.
 */
export async function screenshotOf(locator: Locator, name: string, margin = 8): Promise<void> {
  const dir = imagesDir();
  const page = locator.page();
  await locator.waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300); // let a notification or transition settle
  const box = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
  });
  await page.screenshot({
    path: join(dir, `${name}.png`),
    fullPage: true,
    clip: {
      x: Math.max(0, box.x - margin),
      y: Math.max(0, box.y - margin),
      width: box.width + 2 * margin,
      height: box.height + 2 * margin,
    },
  });
}
