import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectHighlight, readChecklist } from './harness/contract';
import { chromiumBlock } from './harness/block';

interface ChromeCommands {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string; description?: string }[]> };
}

/** Everything by keyboard alone, in real Chromium: the popup's sections and the card. */
describe('keyboard use', () => {
  const block = chromiumBlock();

  const focused = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement;
      return element?.id || element?.getAttribute('data-action') || element?.tagName || '';
    });

  it('moves between the popup sections and ticks both checklists', async () => {
    const { popup } = block;
    await popup.reload();
    await popup.waitForSelector('[data-step-id]');
    await popup.keyboard.press('Tab');
    expect(await focused(popup)).toBe('tab-route');

    await popup.keyboard.press('ArrowRight');
    expect(await focused(popup)).toBe('tab-before');
    expect(await popup.isVisible('#panel-before')).toBe(true);
    await popup.keyboard.press('Tab'); // the panel itself
    await popup.keyboard.press('Tab'); // its first checkbox
    expect(await focused(popup)).toBe('check-open-orders');
    await popup.keyboard.press('Space');
    await popup.waitForSelector('[data-check-id="open-orders"][data-checked="true"]');
    expect(await popup.textContent('#panel-before .count')).toBe('1 of 6 checked');

    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Shift+Tab');
    expect(await focused(popup)).toBe('tab-before');
    await popup.keyboard.press('ArrowRight');
    expect(await focused(popup)).toBe('tab-app');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Space');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Space');
    await popup.waitForFunction(
      () => document.querySelector('#panel-app .count')?.textContent === '2 of 7 ticked',
    );
    expect(await popup.getAttribute('#panel-app progress', 'value')).toBe('2');

    // Home and End reach the first and last sections; the route's Start works from the keys.
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('End');
    // The last section is "Ask in writing".
    expect(await focused(popup)).toBe('tab-request');
    await popup.keyboard.press('Home');
    expect(await focused(popup)).toBe('tab-route');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Tab');
    expect(await focused(popup)).toBe('start');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-step-id="sign-in"][data-status="current"]');
  });

  it('announces the next step in the popup when the route moves on', async () => {
    const { popup } = block;
    await popup.click('[data-action="start"]');
    const live = popup.locator('[role="status"][data-live="popup"]');
    await popup.waitForFunction(
      () => document.querySelector('[data-live="popup"]')?.textContent === 'Step 1 of 9: Sign in',
    );
    await popup.click('[data-action="did-this"]');
    await popup.waitForFunction(
      () =>
        document.querySelector('[data-live="popup"]')?.textContent === 'Step 2 of 9: Open Account',
    );
    expect(await live.count()).toBe(1);
  });

  it('reaches the card with Tab, leaves it with Tab and hides it with Esc', async () => {
    const { session, popup } = block;
    await popup.click('[data-action="start"]');
    while (!(await popup.$('[data-step-id="delete-account"][data-status="current"]'))) {
      await popup.click('[data-action="did-this"]');
      await popup.waitForTimeout(50);
    }
    const page = await session.browser.context.newPage();
    await page.goto('https://www.aliexpress.com/account/setting/index.html');
    await expectHighlight(page, 'delete-account');
    await page.waitForFunction(() =>
      document
        .querySelector('aliexit-overlay')
        ?.shadowRoot?.querySelector('[data-live="card"]')
        ?.textContent?.startsWith('Step 4 of 9'),
    );

    // The card comes last in the page's tab order; it never takes focus by itself.
    const inCard = () =>
      page.evaluate(() => document.activeElement?.tagName.toLowerCase() === 'aliexit-overlay');
    expect(await inCard()).toBe(false);
    let presses = 0;
    while (!(await inCard()) && presses < 300) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await inCard()).toBe(true);

    // Past its last button, Tab leaves the card: focus is not trapped.
    // Those drawn only: the compact card hides some (Can't find it?, and Show me beside That's not it).
    const cardControls = await page.evaluate(
      () =>
        [
          ...(document
            .querySelector('aliexit-overlay')
            ?.shadowRoot?.querySelectorAll('summary, button') ?? []),
        ].filter((control) => control.getClientRects().length > 0).length,
    );
    for (let i = 0; i < cardControls; i += 1) await page.keyboard.press('Tab');
    expect(await inCard()).toBe(false);

    // Back into the card; Esc hides the guide and gives focus back to the page.
    await page.keyboard.press('Shift+Tab');
    expect(await inCard()).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('aliexit-overlay'));
    expect(await inCard()).toBe(false);
    await popup.bringToFront();
    expect(await popup.isChecked('[data-action="toggle-highlights"]')).toBe(false);
    expect((await readChecklist(popup))['delete-account']).toBe('current');
  });

  it('registers the shortcut that shows or hides the guide', async () => {
    const { popup } = block;
    const commands = await popup.evaluate(() => {
      const chrome = (globalThis as unknown as { chrome: ChromeCommands }).chrome;
      return chrome.commands.getAll();
    });
    expect(commands).toContainEqual(
      expect.objectContaining({
        name: 'toggle-guide',
        shortcut: 'Alt+Shift+G',
        description: 'Show or hide the guide on the page',
      }),
    );
  });

  it('"I did this" on the card works with Enter', async () => {
    const { session, popup } = block;
    await popup.click('[data-action="start"]');
    while (!(await popup.$('[data-step-id="delete-account"][data-status="current"]'))) {
      await popup.click('[data-action="did-this"]');
      await popup.waitForTimeout(50);
    }
    const page = await session.browser.context.newPage();
    await page.goto('https://www.aliexpress.com/account/setting/index.html');
    await expectHighlight(page, 'delete-account');
    await page.focus('aliexit-overlay >> [data-action="did-this"]');
    await page.keyboard.press('Enter');
    await popup.waitForSelector('[data-step-id="delete-account"][data-status="done"]');
  });
});
