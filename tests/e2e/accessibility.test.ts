import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { expectHighlight } from './harness/contract';
import { openSession, type Session } from './harness/session';

const SECTIONS = ['route', 'before', 'app', 'no-email', 'questions', 'after'] as const;

/** axe-core in real Chromium: the popup's sections and a page with the card, light and dark. */
describe('accessibility (axe-core)', () => {
  let session: Session;
  let popup: Page;

  beforeAll(async () => {
    session = await openSession({ bypassCSP: true });
    popup = session.popup;
    await session.signIn();
  });

  afterAll(async () => session?.close());

  beforeEach(async () => {
    await popup.click('[role="tab"][data-section="route"]');
    await popup.click('[data-action="reset"]');
    await popup.waitForSelector('[data-action="start"]');
  });

  it.each(['light', 'dark'] as const)(
    'finds no violation in any popup section (%s)',
    async (scheme) => {
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
    await popup.click('[data-action="start"]');
    while (!(await popup.$('[data-step-id="delete-your-account"][data-status="current"]'))) {
      await popup.click('[data-action="did-this"]');
      await popup.waitForTimeout(50);
    }
    const page = await session.browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('https://www.aliexpress.com/p/account-delete/index.html');
    await expectHighlight(page, 'delete-your-account');
    await page.waitForSelector('aliexit-overlay >> .reminder');
    expect(await axeViolations(page, 'aliexit-overlay')).toEqual([]);
    await page.close();
  });
});
