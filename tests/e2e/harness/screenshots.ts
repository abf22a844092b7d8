import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { screenshotTo, waitInPage, type BrowserPage, type ScreenshotArea } from './in-page';

/** Where the walk's screenshots go: docs/screenshots with `npm run screenshots`. */
const DIR = resolve(process.env.ALIEXIT_SCREENSHOTS ?? 'test-results/screenshots');

/** Saves `<name>.png`; Firefox's pictures are named `firefox-<name>.png`, in the same folder. */
export async function saveScreenshot(
  page: BrowserPage,
  name: string,
  area: ScreenshotArea = {},
): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const path = `${join(DIR, name)}.png` as const;
  // A picture of the replica's loading skeleton says nothing: let the page finish rendering.
  // (The guide does not wait for this; the assertions before each screenshot are what count.)
  await waitInPage(page, () => !document.querySelector('.comet-v2-skeleton'), undefined, {
    timeout: 5_000,
    what: 'the replica page to render',
  });
  await screenshotTo(page, path, area);
  return path;
}
