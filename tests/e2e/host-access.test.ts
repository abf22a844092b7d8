import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ExtensionBrowser } from './harness/chromium';
import { saveScreenshot } from './harness/screenshots';

/**
 * The popup without access to AliExpress, in real Chromium. A test cannot withhold a required
 * host permission there (only the user can, in the extension's Site access setting), so the
 * browser's answer to `permissions.contains` is replaced before the popup loads; the request the
 * button makes is the browser's own.
 */
describe('the popup when AliExpress access is missing', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    // No page is visited: the replica's ports are never used.
    browser = await launchChromium({ httpPort: 9, httpsPort: 9 });
  });

  afterAll(async () => browser?.close());

  it('explains why, and one click asks the browser for the AliExpress sites', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.addInitScript(() => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser })
        .chrome;
      api.permissions.contains = async () => false;
    });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForSelector('[data-host-access="missing"]');
    expect(await popup.textContent('[data-host-access]')).toContain('Site access');
    await saveScreenshot(popup, 'popup-host-access');

    // Already granted in fact: Chrome answers the request at once, without a prompt.
    await popup.click('[data-action="grant-access"]');
    await popup.waitForSelector('[data-host-access="granted"]');
    expect(await popup.$('[data-action="grant-access"]')).toBeNull();
  });
});
