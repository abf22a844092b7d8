import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BrowserPage } from './harness/in-page';
import { expectCurrentInPopup, expectHighlight, readMarked } from './harness/contract';
import { saveScreenshot } from './harness/screenshots';
import { seenOnTheCard } from './harness/corrections';
import { chromiumBlock } from './harness/block';
import { readCard, startGuideAt } from './harness/session';

/**
 * The real site's hard parts, on the replica's variants in real Chromium: other languages and
 * builds, pages that re-render, an iframe, mobile, the other routes and the pages to leave alone.
 */
describe('the guide on the site as it really is', () => {
  const block = chromiumBlock({ eachTest: 'fresh-tab' });

  it('walks the Arabic site, right to left, from Account to the deletion', async () => {
    const { popup, page } = block;
    await startGuideAt(popup, 'account');
    await page.goto('https://ar.aliexpress.com/');
    await expectHighlight(page, 'account');
    await page.hover('[data-aliexit-target]');
    await expectHighlight(page, 'settings');
    await saveScreenshot(page, 'ar-settings-in-menu');
    await Promise.all([
      page.waitForURL(/\/account\/setting\//),
      page.click('[data-aliexit-target]'),
    ]);
    await expectHighlight(page, 'delete-account');
    await Promise.all([page.waitForURL(/account-delete/), page.click('[data-aliexit-target]')]);
    await expectHighlight(page, 'delete-your-account');
    await page.click('[data-aliexit-target]');
    await expectHighlight(page, 'verification-method');
    // No access to the email: the other ways are outlined beside it.
    const outlined = await page.evaluate(
      () =>
        document.querySelector('aliexit-overlay')?.shadowRoot?.querySelectorAll('.ring.alternative')
          .length ?? 0,
    );
    expect(outlined).toBe(2);
    await saveScreenshot(page, 'ar-verification-method');
    await page.click('[data-aliexit-target]');
    await expectHighlight(page, 'verification-code');
    await page.click('[data-aliexit-target] input');
    await page.keyboard.type('123456', { delay: 20 });
    await expectHighlight(page, 'verification-code', 'verification-code:verify');
    await page.click('[data-aliexit-target]');
    await expectHighlight(page, 'confirm');
    await page.click('[data-aliexit-target]');
    await expectHighlight(page, 'delete');
    await expectCurrentInPopup(popup, 'delete');
  });

  it('finds Settings in Spanish, on another build with new class-name hashes', async () => {
    const { popup, page } = block;
    await startGuideAt(popup, 'settings');
    await page.goto('https://es.aliexpress.com/p/account/index.html?replica_build=2');
    await expectHighlight(page, 'settings');
    const hashed = await page.evaluate(
      () => document.querySelector('[class*="my-account--menuItem--"]')?.className ?? '',
    );
    expect(hashed).not.toContain('1GDZChA');
  });

  it('follows its element when the page replaces it with a new node', async () => {
    const { popup, page } = block;
    await startGuideAt(popup, 'delete-account');
    await page.goto('https://www.aliexpress.com/account/setting/index.html?replica_rerender=600');
    await expectHighlight(page, 'delete-account');
    const first = await page.evaluateHandle(() => document.querySelector('[data-aliexit-target]'));
    await page.waitForFunction((old) => old !== null && !old.isConnected, first);
    await expectHighlight(page, 'delete-account');
    const marked = await page.evaluate(
      () => document.querySelector('[data-aliexit-target]')?.isConnected,
    );
    expect(marked).toBe(true);
  });

  it('points at the code boxes inside an iframe from another AliExpress host', async () => {
    const { popup, page } = block;
    await startGuideAt(popup, 'verification-code');
    await page.goto('https://www.aliexpress.com/p/account-delete/code?replica_code_iframe=1');
    const frame = await codeFrame(page);
    await expectHighlight(frame as unknown as BrowserPage, 'verification-code');
    // The top page marks nothing itself; it draws the card beside the iframe, clear of it.
    await page.waitForFunction(() =>
      document.querySelector('aliexit-overlay')?.shadowRoot?.querySelector('.card'),
    );
    expect(await readMarked(page)).toMatchObject({ count: 0, overlays: 1 });
    const boxes = await page.evaluate(() => {
      const rect = (element: Element | null | undefined) => {
        const box = element?.getBoundingClientRect();
        return box ? { left: box.left, right: box.right, top: box.top, bottom: box.bottom } : null;
      };
      return {
        card: rect(document.querySelector('aliexit-overlay')?.shadowRoot?.querySelector('.card')),
        frame: rect(document.querySelector('iframe')),
      };
    });
    const { card, frame: iframe } = boxes;
    const overlapping =
      card !== null &&
      iframe !== null &&
      card.left < iframe.right &&
      iframe.left < card.right &&
      card.top < iframe.bottom &&
      iframe.top < card.bottom;
    expect(overlapping).toBe(false);
    await saveScreenshot(page, 'code-in-iframe');
    await frame.click('[data-aliexit-target] input');
    await page.keyboard.type('123456', { delay: 20 });
    await expectHighlight(
      frame as unknown as BrowserPage,
      'verification-code',
      'verification-code:verify',
    );
    await frame.click('[data-aliexit-target]');
    await expectHighlight(page, 'confirm');
  });

  it('fits the small screen of the mobile site', async () => {
    const { popup, page } = block;
    await page.setViewportSize({ width: 390, height: 844 });
    await startGuideAt(popup, 'account');
    await page.goto('https://m.aliexpress.com/');
    await expectHighlight(page, 'account');
    const card = await page.evaluate(() => {
      const box = document
        .querySelector('aliexit-overlay')
        ?.shadowRoot?.querySelector('.card')
        ?.getBoundingClientRect();
      return box ? { left: box.left, right: box.right, top: box.top, bottom: box.bottom } : null;
    });
    expect(card).not.toBeNull();
    expect(card?.left).toBeGreaterThanOrEqual(0);
    expect(card?.right).toBeLessThanOrEqual(390);
    await saveScreenshot(page, 'mobile-account');
  });

  it('leaves aliexpress.ru alone', async () => {
    const { popup, page } = block;
    await startGuideAt(popup, 'account');
    await page.goto('https://aliexpress.ru/');
    await page.waitForTimeout(800);
    expect(await readMarked(page)).toMatchObject({ count: 0, overlays: 0 });
  });

  it('guides the privacy center request, another way to the same end', async () => {
    const { popup, page } = block;
    await startGuideAt(popup, 'account');
    await page.goto('https://privacy.aliexpress.com/home#/');
    await expectHighlight(page, 'privacy-choose');
    await page.click('[data-aliexit-target]');
    await expectHighlight(page, 'privacy-confirm');
    await saveScreenshot(page, 'privacy-request');
    await page.click('[data-aliexit-target]');
    await page.keyboard.type('agree');
    await expectHighlight(page, 'privacy-confirm', 'privacy-confirm:submit');
    await page.click('[data-aliexit-target]');
    // The submitted view renders late: wait for the card that explains what happens next.
    await page.waitForFunction(() =>
      document
        .querySelector('aliexit-overlay')
        ?.shadowRoot?.querySelector('.card .title')
        ?.textContent?.includes('Request sent'),
    );
    expect(await readMarked(page)).toMatchObject({ count: 0, overlays: 1 });
  });

  it('says so, in words, when the element is not on the page', async () => {
    const { popup, page } = block;
    await startGuideAt(popup, 'delete-account');
    await page.goto(
      'https://www.aliexpress.com/account/setting/index.html?replica_absent=delete-account',
    );
    await page.waitForFunction(
      () =>
        document
          .querySelector('aliexit-overlay')
          ?.shadowRoot?.querySelector('.card')
          ?.textContent?.includes("can't point at it"),
      null,
      { timeout: 10_000 },
    );
    expect(await readMarked(page)).toMatchObject({ count: 0, overlays: 1 });
    expect(await readCard(page)).toContain('Personal information');
    // Said where the user reads it: on the card, not only in its text (a settings page full of
    // controls leaves it the compact form, which keeps what to look for).
    expect(await seenOnTheCard(page, 'details.look-for[open] > p:not([data-hint])')).toBe(true);
    // The other way when the buttons fail: the card names the popup's "Ask in writing" (words:
    // a page cannot open the popup).
    const hint = await page.evaluate(
      () =>
        document
          .querySelector('aliexit-overlay')
          ?.shadowRoot?.querySelector('details.look-for[open] [data-hint="ask-in-writing"]')
          ?.textContent ?? null,
    );
    expect(hint).toContain('Ask in writing');
    await saveScreenshot(page, 'not-found');
  });

  it('waits out a bot check, pointing at its slider', async () => {
    const { popup, page } = block;
    await startGuideAt(popup, 'delete-account');
    await page.goto('https://www.aliexpress.com/_____tmd_____/punish?x5secdata=x');
    await expectHighlight(page, 'bot-check');
    expect(await readCard(page)).toContain('checking you are human');
  });

  it('tells on the legacy pages that deactivation is gone, with a link to Settings', async () => {
    const { popup, page } = block;
    await startGuideAt(popup, 'delete-account');
    await page.goto('https://accounts.aliexpress.com/user/organization/deactive_account.htm');
    await page.waitForFunction(() =>
      document.querySelector('aliexit-overlay')?.shadowRoot?.querySelector('a.link'),
    );
    const href = await page.evaluate(() =>
      document
        .querySelector('aliexit-overlay')
        ?.shadowRoot?.querySelector('a.link')
        ?.getAttribute('href'),
    );
    expect(href).toBe('https://www.aliexpress.com/account/setting/index.html');
    expect(await readMarked(page)).toMatchObject({ count: 0 });
  });
});

async function codeFrame(page: Page): Promise<Frame> {
  await page.waitForSelector('iframe');
  for (let tries = 0; tries < 100; tries++) {
    const frame = page.frames().find((f) => f.url().includes('render-accounts.aliexpress.com'));
    if (frame && (await frame.$('input'))) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('the code iframe never loaded');
}
