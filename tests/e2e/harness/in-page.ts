import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/**
 * A tab in either test browser: Chromium through Playwright, Firefox through Puppeteer. The
 * contract is read from outside through what both offer alike: run a function in the page.
 */
export type BrowserPage = PlaywrightPage | PuppeteerPage;

/** What both libraries' `evaluate(fn, arg)` do: run fn(arg) in the page, resolve its result. */
interface Evaluating {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
}

/** Runs `fn(arg)` in the page (only their typings differ between the two libraries). */
export function evaluateIn<R, A>(page: BrowserPage, fn: (arg: A) => R, arg: A): Promise<R> {
  return (page as Evaluating).evaluate(fn, arg);
}

/**
 * Polls until `predicate(arg)` holds in the page. A navigation between two polls destroys the
 * page's context; that poll just counts as "not yet".
 */
export async function waitInPage<A>(
  page: BrowserPage,
  predicate: (arg: A) => boolean,
  arg: A,
  { timeout = 15_000, what = 'the page' }: { timeout?: number; what?: string } = {},
): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await evaluateIn(page, predicate, arg).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What to picture, in the shape both libraries take: the viewport, the whole page, or a clip. */
export interface ScreenshotArea {
  readonly fullPage?: boolean;
  readonly clip?: { x: number; y: number; width: number; height: number };
}

/** Saves a PNG of the page's viewport (or of the area asked for). */
export async function screenshotTo(
  page: BrowserPage,
  path: `${string}.png`,
  area: ScreenshotArea = {},
): Promise<void> {
  type Options = ScreenshotArea & { path: `${string}.png` };
  await (page as { screenshot(options: Options): Promise<unknown> }).screenshot({ ...area, path });
}
