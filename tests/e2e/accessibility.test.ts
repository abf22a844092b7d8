import { describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { expectHighlight } from './harness/contract';
import { chromiumBlock } from './harness/block';
import { untilScrollRests } from './harness/card-rest';
import { seenOnTheCard } from './harness/corrections';
import { startGuideAt } from './harness/session';

const SECTIONS = ['route', 'before', 'app', 'no-email', 'questions', 'after', 'request'] as const;

/** axe-core in real Chromium: the popup's sections and a page with the card, light and dark. */
describe('accessibility (axe-core)', () => {
  const block = chromiumBlock({ launch: { bypassCSP: true } });

  it.each(['light', 'dark'] as const)(
    'finds no violation in any popup section (%s)',
    async (scheme) => {
      const { popup } = block;
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.click('[data-action="start"]');
      for (const section of SECTIONS) {
        await popup.click(`[role="tab"][data-section="${section}"]`);
        await popup.waitForSelector(`#panel-${section}:not([hidden])`);
        expect(await axeViolations(popup), `${scheme}: ${section}`).toEqual([]);
      }
      await popup.click('[role="tab"][data-section="route"]');
      await popup.click('[data-action="reset"]');
    },
  );

  it.each(['light', 'dark'] as const)('finds no violation in the card (%s)', async (scheme) => {
    const { popup, session } = block;
    await startGuideAt(popup, 'delete-your-account');
    const page = await session.browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('https://www.aliexpress.com/p/account-delete/index.html');
    await expectHighlight(page, 'delete-your-account');
    await page.waitForSelector('aliexit-overlay >> .reminder');
    expect(await axeViolations(page, 'aliexit-overlay')).toEqual([]);
    await page.close();
  });
});

/** 200 % zoom: the same window holds half as many CSS pixels each way. */
describe('at 200 % zoom', () => {
  const block = chromiumBlock({
    launch: { viewport: { width: 640, height: 400 } },
    eachTest: 'none',
  });

  it('keeps the card, reminder and all, inside the window and off the element', async () => {
    const { popup, session } = block;
    await startGuideAt(popup, 'delete-your-account');
    const page = await session.browser.context.newPage();
    await page.goto('https://www.aliexpress.com/p/account-delete/index.html');
    await expectHighlight(page, 'delete-your-account');
    // Once the guide has scrolled the element to the middle, where half the window is left
    // above it and half below: the card on the way there proves nothing.
    await untilScrollRests(page);
    await page.waitForSelector('aliexit-overlay >> .reminder', { timeout: 1000 });
    const layout = await page.evaluate(() => {
      const card = document.querySelector('aliexit-overlay')?.shadowRoot?.querySelector('.card');
      const target = document.querySelector('[data-aliexit-target]');
      if (!card || !target) return null;
      const a = card.getBoundingClientRect();
      const b = target.getBoundingClientRect();
      return {
        inside: a.left >= 0 && a.top >= 0 && a.right <= innerWidth && a.bottom <= innerHeight,
        covers: a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
        // What does not fit scrolls within the card, so nothing is cut off.
        scrolls:
          card.scrollHeight <= card.clientHeight || getComputedStyle(card).overflowY === 'auto',
      };
    });
    expect(layout).toEqual({ inside: true, covers: false, scrolls: true });
  });

  it('lays the popup out with nothing sticking out sideways', async () => {
    const { popup } = block;
    await popup.setViewportSize({ width: 720, height: 1000 });
    await popup.evaluate(() => (document.documentElement.style.zoom = '2'));
    for (const section of SECTIONS) {
      await popup.click(`[data-section="${section}"]`);
      // Chrome grows a zoomed popup up to 800 px (720 here plus a scrollbar): what counts is
      // that no text or control overflows the popup's own width.
      const overflow = await popup.evaluate(
        () => document.body.scrollWidth - document.body.clientWidth,
      );
      expect(overflow, section).toBeLessThanOrEqual(0);
    }
  });
});

/** A window first too small for the whole card, then large enough again. */
describe('a window given room again', () => {
  const roomy = chromiumBlock({ eachTest: 'none' });

  it('brings the whole card back once the window has room again', async () => {
    const { popup, session } = roomy;
    await startGuideAt(popup, 'delete-your-account');
    const page = await session.browser.context.newPage();
    // Too small for the whole card: it shrinks to its compact form, which still says that
    // deletion cannot be undone (the list of what to do first waits for the whole card).
    await page.setViewportSize({ width: 200, height: 300 });
    await page.goto('https://www.aliexpress.com/p/account-delete/index.html');
    await page.waitForSelector('[data-aliexit-target="delete-your-account"]');
    await page.waitForSelector('aliexit-overlay >> .card.compact');
    await expect.poll(() => seenOnTheCard(page, '.reminder .irreversible')).toBe(true);
    expect(await seenOnTheCard(page, '.reminder > :not(.irreversible)')).toBe(false);
    await page.setViewportSize({ width: 640, height: 400 });
    await expectHighlight(page, 'delete-your-account');
    await page.waitForSelector('aliexit-overlay >> .card:not(.compact) .reminder', {
      state: 'visible',
    });
    await page.close();
  });
});

/**
 * A window with room above or below the deletion button for the usual compact card (one line of
 * title), not for the one that also says deletion cannot be undone: the guide centres the button,
 * so 240 px leave some 90 px on either side.
 */
describe('a window one line too low', () => {
  const low = chromiumBlock({ eachTest: 'none' });

  it('says deletion cannot be undone without covering the button or Cancel', async () => {
    const { popup, session } = low;
    await startGuideAt(popup, 'delete-your-account');
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 480, height: 240 });
    await page.goto('https://www.aliexpress.com/p/account-delete/index.html');
    await page.waitForSelector('[data-aliexit-target="delete-your-account"]');
    await untilScrollRests(page);
    await page.waitForSelector('aliexit-overlay >> .card.compact');
    await expect.poll(() => seenOnTheCard(page, '.reminder .irreversible')).toBe(true);
    const card = await page.locator('aliexit-overlay >> .card').boundingBox();
    const button = await page.locator('[data-aliexit-target="delete-your-account"]').boundingBox();
    const cancel = await page.getByRole('button', { name: 'Cancel', exact: true }).boundingBox();
    for (const box of [button, cancel]) {
      expect(card && box).toBeTruthy();
      if (!card || !box) return;
      const apart =
        card.x + card.width <= box.x ||
        box.x + box.width <= card.x ||
        card.y + card.height <= box.y ||
        box.y + box.height <= card.y;
      expect(apart).toBe(true);
    }
    await page.close();
  });
});
