import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Where the walk's screenshots go: docs/screenshots with `npm run screenshots`. */
const DIR = resolve(process.env.ALIEXIT_SCREENSHOTS ?? 'test-results/screenshots');

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const path = join(DIR, `${name}.png`);
  // A picture of the replica's loading skeleton says nothing: let the page finish rendering.
  // (The guide does not wait for this; the assertions before each screenshot are what count.)
  await page.waitForFunction(() => !document.querySelector('.comet-v2-skeleton'), null, {
    timeout: 5_000,
  });
  await page.screenshot({ path });
  return path;
}
