import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplica } from '../replica/server';
import { REPLICA_HOSTS, launchChromium, type ExtensionBrowser } from './harness/chromium';
import {
  FINISHED_CHECKLIST,
  expectCurrentInPopup,
  expectHighlight,
  expectNoHighlight,
  readChecklist,
  readMarked,
} from './harness/contract';
import { saveScreenshot } from './harness/screenshots';

/**
 * The whole desktop route in real Chromium, on the replica under the real host names, as a
 * user walks it: every click is the test's (the user's); the extension only points.
 */
describe('the desktop route in Chromium', () => {
  let replica: Awaited<ReturnType<typeof startReplica>>;
  let browser: ExtensionBrowser;
  let page: Page;
  let popup: Page;
  /** Every request the browser made during the walk, the service worker's included. */
  const requests: { url: string; fromExtension: boolean }[] = [];

  beforeAll(async () => {
    replica = await startReplica();
    browser = await launchChromium({ httpPort: replica.httpPort, httpsPort: replica.httpsPort });
    browser.context.on('request', (request) => {
      requests.push({ url: request.url(), fromExtension: isFromExtension(request) });
    });
    popup = await browser.openPopup();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('does nothing on the page before the guide is started', async () => {
    await page.goto('https://www.aliexpress.com/');
    await page.waitForSelector('#root [class*="product"], #root a', { timeout: 10_000 });
    await page.hover('[class*="my-account--menuItem--"]');
    await page.waitForTimeout(800);
    expect(await readMarked(page)).toMatchObject({ count: 0, overlays: 0 });
    expect(await popup.locator('[data-action="start"]').isVisible()).toBe(true);
  });

  it('walks from sign-in to done, pointing at the right element at every step', async () => {
    await popup.bringToFront();
    await saveScreenshot(popup, 'popup-before-start');
    await popup.click('[data-action="start"]');
    await expectCurrentInPopup(popup, 'sign-in');

    await page.bringToFront();
    await page.mouse.move(5, 400);
    await page.reload();

    // sign-in: the header's "Sign in / Register", then the login form's button.
    await expectHighlight(page, 'sign-in');
    await saveScreenshot(page, '01-sign-in-header');
    await Promise.all([
      page.waitForURL(/login\.aliexpress\.com/),
      page.click('[data-aliexit-target]'),
    ]);
    // The two-step sign-in: Continue on the email screen, then Sign in on the password screen.
    await expectHighlight(page, 'sign-in');
    await saveScreenshot(page, '02-sign-in-form');
    await page.fill('#fm-login-id', 'shopper@example.com');
    await page.click('[data-aliexit-target]');
    await page.waitForSelector('#fm-login-password');
    await expectHighlight(page, 'sign-in');
    expect(await page.textContent('[data-aliexit-target]')).toContain('Sign in');
    await page.fill('#fm-login-password', 'not-a-real-password');
    await Promise.all([
      page.waitForURL('https://www.aliexpress.com/'),
      page.click('[data-aliexit-target]'),
    ]);

    // account: the header's Account item; pointing at it opens the menu.
    await expectHighlight(page, 'account');
    await expectCurrentInPopup(popup, 'account');
    await saveScreenshot(page, '03-account');
    await page.hover('[data-aliexit-target]');

    // settings: inside the popover appended to <body>.
    await expectHighlight(page, 'settings');
    await expectCurrentInPopup(popup, 'settings');
    await saveScreenshot(page, '04-settings-in-menu');
    await Promise.all([
      page.waitForURL(/\/account\/setting\//),
      page.click('[data-aliexit-target]'),
    ]);

    await expectHighlight(page, 'delete-account');
    await saveScreenshot(page, '05-delete-account');
    await Promise.all([page.waitForURL(/account-delete/), page.click('[data-aliexit-target]')]);

    await expectHighlight(page, 'delete-your-account');
    await saveScreenshot(page, '06-delete-your-account');
    await page.click('[data-aliexit-target]');

    await expectHighlight(page, 'verification-method');
    await expectCurrentInPopup(popup, 'verification-method');
    await saveScreenshot(page, '07-verification-method');
    await page.click('[data-aliexit-target]');

    // verification-code: the code boxes first, then Verify once they are filled.
    await expectHighlight(page, 'verification-code');
    await saveScreenshot(page, '08-verification-code');
    await page.click('[data-aliexit-target] input');
    await page.keyboard.type('123456', { delay: 30 });
    await expectHighlight(page, 'verification-code', 'verification-code:verify');
    await saveScreenshot(page, '09-verify');
    await page.click('[data-aliexit-target]');

    await expectHighlight(page, 'confirm');
    await expectCurrentInPopup(popup, 'confirm');
    await saveScreenshot(page, '10-confirm');
    await page.click('[data-aliexit-target]');

    await expectHighlight(page, 'delete');
    await expectCurrentInPopup(popup, 'delete');
    await saveScreenshot(page, '11-delete');
    await page.click('[data-aliexit-target]');

    // done: nothing left to point at; the card explains what happens next.
    await expectCurrentInPopup(popup, 'done');
    await expectNoHighlight(page);
    expect((await readMarked(page)).overlays).toBe(1);
    await saveScreenshot(page, '12-done');

    expect(await readChecklist(popup)).toEqual(FINISHED_CHECKLIST);
    await popup.bringToFront();
    await saveScreenshot(popup, 'popup-finished');
  });

  it('made no network request of its own during the walk', () => {
    const network = requests.filter(({ url }) => /^(https?|wss?):/.test(url));
    expect(network.length).toBeGreaterThan(0);
    // Neither the service worker nor the popup asked the network for anything.
    expect(network.filter(({ fromExtension }) => fromExtension)).toEqual([]);
    // A content script's request would look like the page's: none went anywhere but the site.
    const hosts: ReadonlySet<string> = new Set(REPLICA_HOSTS);
    expect(network.filter(({ url }) => !hosts.has(new URL(url).hostname))).toEqual([]);
  });

  it('stored nothing but progress, and nothing the user typed', async () => {
    const worker = browser.context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    const stored = await worker.evaluate(async () => ({
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
      session: await chrome.storage.session.get(null),
    }));
    // `progress$` is the progress item's own version number; `timeline` holds the day the route
    // started and the day each step was done ("What I did"): dates and step ids only.
    // (`timeline$`, its version, is written only once a later version migrates it.)
    expect(
      Object.keys(stored.local)
        .filter((key) => key !== 'timeline$')
        .sort(),
    ).toEqual(['progress', 'progress$', 'timeline']);
    const { started, steps, ...other } = (stored.local as { timeline: Record<string, unknown> })
      .timeline;
    expect(other).toEqual({});
    const day = /^\d{4}-\d{2}-\d{2}$/;
    expect(started).toMatch(day);
    for (const [id, date] of Object.entries(steps as object)) {
      expect(Object.keys(FINISHED_CHECKLIST)).toContain(id);
      expect(date).toMatch(day);
    }
    expect(stored.sync).toEqual({});
    expect(stored.session).toEqual({});
    const text = JSON.stringify(stored);
    for (const typed of ['shopper', 'example.com', 'not-a-real-password', '123456']) {
      expect(text).not.toContain(typed);
    }
  });
});

/** The service worker's own requests, and those of the extension's pages (the popup). */
function isFromExtension(request: Request): boolean {
  if (request.serviceWorker()) return true;
  try {
    return request.frame().url().startsWith('chrome-extension://');
  } catch {
    // Requests without a frame (a worker's) carry no page to blame: counted as ours.
    return true;
  }
}

/** The service worker's `chrome`, as far as the storage test reads it (evaluated there). */
declare const chrome: {
  storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<object> }>;
};
