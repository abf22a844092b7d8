import { describe, expect, it } from 'vitest';
import { ALIEXPRESS_MATCHES } from '../../core/site/hosts';
import {
  FINISHED_CHECKLIST,
  expectCurrentInPopup,
  expectHighlight,
  expectNoHighlight,
  readChecklist,
  readMarked,
} from './harness/contract';
import { firefoxBlock } from './harness/block';
import { expectCardPlacedOnceScrollRests } from './harness/card-rest';
import { saveScreenshot } from './harness/screenshots';

/**
 * The same desktop route as walk.test.ts, in Debian's Firefox ESR with the add-on installed
 * temporarily (as a tester loads it from about:debugging), asserting the same contract.
 */
describe('the desktop route in Firefox', () => {
  const block = firefoxBlock({ page: true });

  /** Clicks the highlighted element and waits for the page it leads to. */
  async function clickThrough(target = '[data-aliexit-target]'): Promise<void> {
    const { page } = block;
    await Promise.all([page.waitForNavigation(), page.click(target)]);
  }

  it('has access to AliExpress from the install: the popup asks for nothing', async () => {
    const { popup } = block;
    // A temporary MV2 add-on gets its host permissions with the install.
    const granted = await popup.evaluate(
      (origins) => {
        // The popup page's own WebExtension API, asked what the popup asks.
        const { browser } = globalThis as unknown as {
          browser: typeof import('wxt/browser').browser;
        };
        return browser.permissions.contains({ origins });
      },
      [...ALIEXPRESS_MATCHES],
    );
    expect(granted).toBe(true);
    expect(await popup.$('[data-host-access]')).toBeNull();
    expect(await popup.$('[data-action="start"]')).not.toBeNull();
  });

  it('does nothing on the page before the guide is started', async () => {
    const { firefox, page } = block;
    await page.goto(`${firefox.origin}/`);
    await page.waitForSelector('[class*="my-account--menuItem--"]', { timeout: 10_000 });
    await page.hover('[class*="my-account--menuItem--"]');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await readMarked(page)).toMatchObject({ count: 0, overlays: 0 });
  });

  it('walks from sign-in to done, pointing at the right element at every step', async () => {
    const { firefox, popup, page } = block;
    await popup.bringToFront();
    await saveScreenshot(popup, 'firefox-popup-before-start');
    await popup.click('[data-action="start"]');
    await expectCurrentInPopup(popup, 'sign-in');

    await page.bringToFront();
    await page.mouse.move(5, 400);
    await page.reload();

    await expectHighlight(page, 'sign-in');
    await saveScreenshot(page, 'firefox-01-sign-in-header');
    await clickThrough();
    expect(new URL(page.url()).hostname).toBe('login.aliexpress.com');
    // The two-step sign-in: Continue on the email screen, then Sign in on the password screen.
    await expectHighlight(page, 'sign-in');
    await page.type('#fm-login-id', 'shopper@example.com');
    await page.click('[data-aliexit-target]');
    await page.waitForSelector('#fm-login-password');
    await expectHighlight(page, 'sign-in');
    expect(
      await page.$eval('[data-aliexit-target]', (element) => element.textContent ?? ''),
    ).toContain('Sign in');
    await page.type('#fm-login-password', 'not-a-real-password');
    await clickThrough();
    expect(page.url()).toBe(`${firefox.origin}/`);

    await expectHighlight(page, 'account');
    await expectCurrentInPopup(popup, 'account');
    await page.hover('[data-aliexit-target]');

    await expectHighlight(page, 'settings');
    await expectCurrentInPopup(popup, 'settings');
    // The menu is appended after the overlay, so no CSS anchor can hold it (Chromium draws such
    // a ring in the page's corner): the script draws this one, on its element.
    const ring = await page.evaluate(() => {
      const drawn = document
        .querySelector('aliexit-overlay')
        ?.shadowRoot?.querySelector('.ring:not(.alternative)')
        ?.getBoundingClientRect();
      const target = document.querySelector('[data-aliexit-target]')?.getBoundingClientRect();
      if (!drawn || !target) return Infinity;
      return Math.abs(drawn.top + drawn.height / 2 - (target.top + target.height / 2));
    });
    expect(ring).toBeLessThan(4);
    await saveScreenshot(page, 'firefox-04-settings-in-menu');
    await clickThrough();
    expect(page.url()).toContain('/account/setting/');

    await expectHighlight(page, 'delete-account');
    await expectCardPlacedOnceScrollRests(page);
    await clickThrough();
    expect(page.url()).toContain('/account-delete');

    await expectHighlight(page, 'delete-your-account');
    await page.click('[data-aliexit-target]');

    await expectHighlight(page, 'verification-method');
    await expectCurrentInPopup(popup, 'verification-method');
    await page.click('[data-aliexit-target]');

    await expectHighlight(page, 'verification-code');
    await saveScreenshot(page, 'firefox-08-verification-code');
    await page.click('[data-aliexit-target] input');
    await page.keyboard.type('123456', { delay: 30 });
    await expectHighlight(page, 'verification-code', 'verification-code:verify');
    await page.click('[data-aliexit-target]');

    await expectHighlight(page, 'confirm');
    await expectCurrentInPopup(popup, 'confirm');
    await saveScreenshot(page, 'firefox-10-confirm');
    await page.click('[data-aliexit-target]');

    await expectHighlight(page, 'delete');
    await expectCurrentInPopup(popup, 'delete');
    await page.click('[data-aliexit-target]');

    await expectCurrentInPopup(popup, 'done');
    await expectNoHighlight(page);
    expect((await readMarked(page)).overlays).toBe(1);
    await saveScreenshot(page, 'firefox-12-done');

    expect(await readChecklist(popup)).toEqual(FINISHED_CHECKLIST);
    await popup.bringToFront();
    await saveScreenshot(popup, 'firefox-popup-finished');
  });
});
