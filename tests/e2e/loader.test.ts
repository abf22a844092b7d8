import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_MODULE_PATH } from '../../core/loader/guide-module';
import { startReplica } from '../replica/server';
import { expectHighlight, readMarked } from './harness/contract';
import { launchFirefox, type FirefoxWithExtension } from './harness/firefox';
import { openSession, type Session } from './harness/session';

/** The replica's switch for a strict Content-Security-Policy on every page (replica/flags.ts). */
const STRICT_CSP = 'replica_csp=strict';

/**
 * What a page pays before the guide is started: the small loader, nothing else. The guide
 * module (engine, overlay, labels) is imported into a tab that is already open as soon as the
 * user presses Start, without a reload. Scripts are seen as Chromium parses them (CDP Debugger).
 */
describe('the content script loads the guide only when it is wanted', () => {
  let session: Session;
  let page: Page;
  let cdp: CDPSession;
  const parsed: string[] = [];
  const parsedExtensionScripts = () =>
    parsed
      .filter((url) => url.startsWith('chrome-extension://'))
      .map((url) => new URL(url).pathname);

  beforeAll(async () => {
    session = await openSession();
    page = await session.browser.context.newPage();
    cdp = await session.browser.context.newCDPSession(page);
    cdp.on('Debugger.scriptParsed', (event) => parsed.push(event.url));
    await cdp.send('Debugger.enable');
    // The page's own view: every message posted to its window.
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      Object.assign(window, { __messages: seen });
      window.addEventListener('message', (event) => seen.push(event.data));
    });
  });

  afterAll(async () => {
    await session.close();
  });

  it('runs only the loader on an AliExpress page while the guide is not started', async () => {
    await page.goto('https://www.aliexpress.com/');
    await page.waitForSelector('#root a', { timeout: 10_000 });
    await expect.poll(parsedExtensionScripts).toContain('/content-scripts/content.js');
    await page.waitForTimeout(500);
    expect(parsedExtensionScripts()).not.toContain(GUIDE_MODULE_PATH);
    expect(await readMarked(page)).toMatchObject({ count: 0, overlays: 0 });
    // Nothing reached the page's message listeners either.
    const messages = await page.evaluate(() => (window as { __messages?: unknown[] }).__messages);
    expect(JSON.stringify(messages)).not.toMatch(/wxt|aliexit/i);
  });

  it('imports the guide into the open tab on Start, and points at the first step', async () => {
    await session.popup.click('[data-action="start"]');
    await page.bringToFront();
    await expectHighlight(page, 'sign-in');
    expect(parsedExtensionScripts()).toContain(GUIDE_MODULE_PATH);
  });

  it('loads the guide on a page with a strict Content-Security-Policy', async () => {
    await page.goto(`https://www.aliexpress.com/?${STRICT_CSP}`);
    await expectHighlight(page, 'sign-in');
  });
});

describe('in Firefox, the content script loads the guide when it is wanted', () => {
  let replica: Awaited<ReturnType<typeof startReplica>>;
  let firefox: FirefoxWithExtension;

  beforeAll(async () => {
    replica = await startReplica();
    firefox = await launchFirefox({ httpsPort: replica.httpsPort });
  });

  afterAll(async () => {
    await firefox?.close();
    await replica?.close();
  });

  it('imports it into the open tab on Start, also under a strict Content-Security-Policy', async () => {
    const popup = await firefox.openPopup();
    const page = await firefox.newPage();
    await page.goto(`${firefox.origin}/?${STRICT_CSP}`);
    await page.waitForSelector('[class*="my-account--menuItem--"]', { timeout: 10_000 });
    expect(await readMarked(page)).toMatchObject({ count: 0, overlays: 0 });
    await popup.click('[data-action="start"]');
    await page.bringToFront();
    await expectHighlight(page, 'sign-in');
  });
});
