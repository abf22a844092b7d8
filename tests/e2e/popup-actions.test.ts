import { describe, expect, it } from 'vitest';
import {
  expectCurrentInPopup,
  expectHighlight,
  readChecklist,
  readMarked,
} from './harness/contract';
import { expectCardPlacedOnceScrollRests } from './harness/card-rest';
import { saveScreenshot } from './harness/screenshots';
import { chromiumBlock } from './harness/block';
import { startGuideAt } from './harness/session';

/** The popup's and the card's own controls, in real Chromium over the replica. */
describe('popup and card controls', () => {
  const block = chromiumBlock();

  const startAt = (step: string) => startGuideAt(block.popup, step);

  it('Continue opens the page where the next step happens', async () => {
    const { session, popup } = block;
    await startAt('delete-account');
    const [opened] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      popup.click('[data-action="continue"]'),
    ]);
    await opened.waitForURL('https://www.aliexpress.com/account/setting/index.html');
    await expectHighlight(opened, 'delete-account');
  });

  it('"I did this" on the card moves the guide on, and the popup follows', async () => {
    const { session, popup } = block;
    await startAt('delete-account');
    const page = await session.browser.context.newPage();
    await page.goto('https://www.aliexpress.com/account/setting/index.html');
    await expectHighlight(page, 'delete-account');
    await page.click('aliexit-overlay [data-action="did-this"]');
    await expectCurrentInPopup(popup, 'delete-your-account');
    expect((await readChecklist(popup))['delete-account']).toBe('done');
    // The next step is on the explainer page: the card now leads there, through the same link.
    await page.waitForFunction(() =>
      document
        .querySelector('aliexit-overlay')
        ?.shadowRoot?.querySelector('.title')
        ?.textContent?.startsWith('First:'),
    );
    await expectHighlight(page, 'delete-account');
  });

  it('Hide takes the guide off the page; the popup brings it back', async () => {
    const { session, popup } = block;
    await startAt('delete-account');
    const page = await session.browser.context.newPage();
    await page.goto('https://www.aliexpress.com/account/setting/index.html');
    await expectHighlight(page, 'delete-account');
    await page.click('aliexit-overlay [data-action="hide"]');
    await page.waitForFunction(() => !document.querySelector('aliexit-overlay'));
    expect(await readMarked(page)).toMatchObject({ count: 0, overlays: 0 });
    await popup.bringToFront();
    const toggle = popup.locator('[data-action="toggle-highlights"]');
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await page.bringToFront();
    await expectHighlight(page, 'delete-account');
  });

  it('Reset clears the route and the page', async () => {
    const { session, popup } = block;
    await startAt('settings');
    const page = await session.browser.context.newPage();
    await page.goto('https://www.aliexpress.com/p/account/index.html');
    await expectHighlight(page, 'settings');
    await popup.click('[data-action="reset"]');
    await page.waitForFunction(() => !document.querySelector('aliexit-overlay'));
    expect(await readMarked(page)).toMatchObject({ count: 0, overlays: 0 });
    expect(Object.values(await readChecklist(popup))).not.toContain('done');
  });

  it('a click made by a page script is not progress', async () => {
    const { session, popup } = block;
    await startAt('delete-account');
    const page = await session.browser.context.newPage();
    await page.goto('https://www.aliexpress.com/account/setting/index.html');
    await expectHighlight(page, 'delete-account');
    await page.evaluate(() => {
      const link = document.querySelector('[data-aliexit-target]') as HTMLAnchorElement;
      // Stop the navigation: only whether the synthetic click counts is under test.
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      link.click();
    });
    await page.waitForTimeout(300);
    expect((await readChecklist(popup))['delete-account']).toBe('current');
  });

  it('the ring follows its element when the page scrolls', async () => {
    const { session } = block;
    await startAt('delete-account');
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 500 });
    await page.goto('https://www.aliexpress.com/account/setting/index.html');
    await expectHighlight(page, 'delete-account');
    const gap = () =>
      page.evaluate(() => {
        const target = document.querySelector('[data-aliexit-target]')?.getBoundingClientRect();
        const ring = document
          .querySelector('aliexit-overlay')
          ?.shadowRoot?.querySelector('.ring')
          ?.getBoundingClientRect();
        // No ring or no target: an infinite gap fails the assertion.
        if (!target || !ring) return Infinity;
        return Math.abs(ring.top + ring.height / 2 - (target.top + target.height / 2));
      });
    expect(await gap()).toBeLessThan(4);
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(200);
    expect(await gap()).toBeLessThan(4);
    // Drawn by CSS anchored to the element where the browser can (Chromium 156 can): the
    // ring is the anchored one, and it is on its element after a scroll inside the page's own
    // frame callbacks, with no listener of ours.
    await page.evaluate(() => {
      const scroller = document.scrollingElement;
      if (scroller) scroller.scrollTop += 90;
    });
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect(await gap()).toBeLessThan(4);
    const anchored = await page.evaluate(
      () =>
        document.querySelector('aliexit-overlay')?.shadowRoot?.querySelector('.ring.anchored') !==
        null,
    );
    expect(anchored).toBe(true);
    await saveScreenshot(page, 'ring-scrolled');
  });

  it('once the page has scrolled and rested, the card is placed for where the element is', async () => {
    const { session } = block;
    await startAt('delete-account');
    const page = await session.browser.context.newPage();
    // The element low in the bottom half: a scroll of 40 px crosses no line the card waits for.
    await page.setViewportSize({ width: 1280, height: 500 });
    await page.goto('https://www.aliexpress.com/account/setting/index.html');
    await expectHighlight(page, 'delete-account');
    await expectCardPlacedOnceScrollRests(page);
  });
});
