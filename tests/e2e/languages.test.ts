import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { untilScrollRests } from './harness/card-rest';
import { expectHighlight } from './harness/contract';
import { seenOnTheCard } from './harness/corrections';
import { saveScreenshot } from './harness/screenshots';
import { chromiumBlock } from './harness/block';

interface ChromeLike {
  runtime: { getManifest(): { name: string; description?: string } };
}

const SECTIONS = ['route', 'before', 'app', 'no-email', 'questions', 'after', 'request'] as const;
const SCHEMES = ['light', 'dark'] as const;

/** English, one more left-to-right language and one right-to-left language. */
const LANGUAGES = [
  { language: 'en', folder: 'en', dir: 'ltr' },
  { language: 'de', folder: 'de', dir: 'ltr' },
  { language: 'ar', folder: 'ar', dir: 'rtl' },
] as const;

function messages(folder: string): Record<string, string> {
  const catalogue = JSON.parse(
    readFileSync(`public/_locales/${folder}/messages.json`, 'utf8'),
  ) as Record<string, { message: string }>;
  return Object.fromEntries(Object.entries(catalogue).map(([key, { message }]) => [key, message]));
}

async function advanceTo(popup: Page, step: string): Promise<void> {
  await popup.click('[data-action="start"]');
  while (!(await popup.$(`[data-step-id="${step}"][data-status="current"]`))) {
    await popup.click('[data-action="did-this"]');
    await popup.waitForTimeout(50);
  }
}

/** The area around the card and the element it points at, for a readable picture. */
async function cardArea(page: Page) {
  return page.evaluate(() => {
    const card = document
      .querySelector('aliexit-overlay')
      ?.shadowRoot?.querySelector('.card')
      ?.getBoundingClientRect();
    const target = document.querySelector('[data-aliexit-target]')?.getBoundingClientRect();
    if (!card || !target) throw new Error('no card or no target');
    const pad = 24;
    const x = Math.max(0, Math.min(card.left, target.left) - pad);
    const y = Math.max(0, Math.min(card.top, target.top) - pad);
    const right = Math.min(window.innerWidth, Math.max(card.right, target.right) + pad);
    const bottom = Math.min(window.innerHeight, Math.max(card.bottom, target.bottom) + pad);
    return { x, y, width: right - x, height: bottom - y };
  });
}

describe.each(LANGUAGES)('the guide in $language', ({ language, folder, dir }) => {
  const text = messages(folder);
  const block = chromiumBlock({ launch: { language, bypassCSP: true }, eachTest: 'none' });

  it('names itself and lays out the popup in the language, each section in light and dark', async () => {
    const { popup } = block;
    // Chrome localises the manifest as it loads it: the name and description as users see them.
    const manifest = await popup.evaluate(() => {
      const chrome = (globalThis as unknown as { chrome: ChromeLike }).chrome;
      const { name, description } = chrome.runtime.getManifest();
      return { name, description };
    });
    expect(manifest).toEqual({ name: text.extName, description: text.extDescription });
    expect(await popup.getAttribute('html', 'dir')).toBe(dir);
    expect(await popup.getAttribute('html', 'lang')).toBe(text.textLanguage);
    expect(await popup.textContent('[data-section="before"]')).toBe(text.tabBefore);

    await popup.click('[data-action="start"]');
    await popup.click('[data-action="did-this"]');
    await popup.click('[data-action="did-this"]');
    for (const scheme of SCHEMES) {
      await popup.emulateMedia({ colorScheme: scheme });
      for (const section of SECTIONS) {
        await popup.click(`[data-section="${section}"]`);
        await popup.waitForSelector(`#panel-${section}:not([hidden])`);
        if (section === 'before' && scheme === 'light') {
          await popup.check('#check-open-orders');
          await popup.check('#check-email-reuse');
        }
        if (section === 'app' && scheme === 'light') {
          for (const id of ['app-sign-in', 'app-account', 'app-settings']) {
            await popup.check(`#app-${id}`);
          }
        }
        await saveScreenshot(popup, `popup-${language}-${scheme}-${section}`, { fullPage: true });
      }
    }
    if (dir === 'rtl') {
      await popup.emulateMedia({ colorScheme: 'light' });
      for (const section of SECTIONS) {
        await popup.click(`[data-section="${section}"]`);
        expect(await axeViolations(popup), section).toEqual([]);
      }
    }
    await popup.click('[data-section="route"]');
  });

  it('shows the card, with its reminder, in the language and direction, light and dark', async () => {
    const { session, popup } = block;
    await popup.click('[data-action="reset"]');
    await advanceTo(popup, 'delete-your-account');
    await popup.click('[data-section="before"]');
    await popup.check('#check-open-orders');
    await popup.check('#check-email-reuse');
    await popup.click('[data-section="route"]');

    const page = await session.browser.context.newPage();
    await page.goto('https://www.aliexpress.com/p/account-delete/index.html');
    await expectHighlight(page, 'delete-your-account');
    await page.waitForSelector('aliexit-overlay >> .reminder li');
    const card = await page.evaluate(() => {
      const root = document.querySelector('aliexit-overlay')?.shadowRoot;
      return {
        dir: root?.querySelector('.overlay')?.getAttribute('dir'),
        label: root?.querySelector('.card')?.getAttribute('aria-label'),
        unchecked: [...(root?.querySelectorAll('.reminder li') ?? [])].map((li) => li.textContent),
        irreversible: root?.querySelector('.irreversible')?.textContent,
      };
    });
    expect(card).toEqual({
      dir,
      label: text.cardLabel,
      unchecked: [
        text.checkDisputesTitle,
        text.checkRefundsTitle,
        text.checkBalanceTitle,
        text.checkHistoryTitle,
      ],
      irreversible: text.cannotBeUndone,
    });
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await saveScreenshot(page, `card-${language}-${scheme}`, { clip: await cardArea(page) });
    }
    if (dir === 'rtl') expect(await axeViolations(page, 'aliexit-overlay')).toEqual([]);
    await page.close();
  });

  it('keeps the warning and every button of the compact card in sight in a small window', async () => {
    const { session, popup } = block;
    await popup.click('[data-action="reset"]');
    await advanceTo(popup, 'delete-your-account');
    // 480x240 leaves the compact card one line of text: the warning, in the language's own
    // length (two lines in German), takes the title's place.
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 480, height: 240 });
    await page.goto('https://www.aliexpress.com/p/account-delete/index.html');
    await expectHighlight(page, 'delete-your-account');
    await untilScrollRests(page);
    await page.waitForSelector('aliexit-overlay >> .card.compact');
    await expect.poll(() => seenOnTheCard(page, '.irreversible')).toBe(true);
    const buttons = await page.evaluate(() => {
      const root = document.querySelector('aliexit-overlay')?.shadowRoot;
      return [...(root?.querySelectorAll('.actions button') ?? [])].map((button) => ({
        action: button.getAttribute('data-action'),
        // Its words whole: not cut short by an ellipsis.
        whole: button.scrollWidth <= button.clientWidth,
      }));
    });
    expect(buttons.length).toBeGreaterThan(0);
    for (const { action, whole } of buttons) {
      expect(whole, `${action}`).toBe(true);
      expect(await seenOnTheCard(page, `[data-action="${action}"]`), `${action}`).toBe(true);
    }
    await saveScreenshot(page, `card-compact-${language}`);
    await page.close();
  });
});
