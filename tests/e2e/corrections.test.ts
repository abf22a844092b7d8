import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { expectCurrentInPopup, expectHighlight, readChecklist } from './harness/contract';
import {
  DECOY,
  DECOY_AND_RELABELED,
  RELABELED,
  cardText,
  hasCardAction,
  isPicking,
  listenAsThePage,
  pageHeard,
  scriptClicks,
  seenOnTheCard,
  waitForCardAction,
  waitForDecoyMarked,
  waitForOutlineOn,
  waitForPicking,
  waitForWordsAndShowMe,
} from './harness/corrections';
import { saveScreenshot } from './harness/screenshots';
import { backToTheStart, chromiumBlock } from './harness/block';
import { startGuideAt } from './harness/session';

const STEP = 'delete-account';
const TARGET = `[data-replica-target="${STEP}"]`;
const SITE = 'https://www.aliexpress.com';
const card = (action: string) => `aliexit-overlay >> [data-action="${action}"]`;
const targetOf = (step: string) => `[data-replica-target="${step}"]`;
/** What the card says in pick mode on a step that deletes (the English locale's own words). */
const PICK_DESTRUCTIVE = (
  JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
    string,
    { message: string }
  >
).pickDestructive?.message;

/**
 * "Show me where it is" and "That's not it" in real Chromium, on the replica's settings page
 * with the Delete account entry renamed beyond recognition (or a decoy before it).
 */
describe('the user corrects the guide (Chromium)', () => {
  const block = chromiumBlock({ launch: { bypassCSP: true }, eachTest: 'none' });

  beforeEach(async () => {
    await backToTheStart(block.session);
    const { popup } = block;
    if (await popup.$('[data-action="forget-corrections"]')) {
      await popup.click('[data-action="forget-corrections"]');
    }
    await startGuideAt(popup, STEP);
  });

  async function open(path: string, target = TARGET): Promise<Page> {
    const page = await block.session.browser.context.newPage();
    await page.goto(`${SITE}${path}`);
    await page.waitForSelector(target);
    await listenAsThePage(page);
    return page;
  }

  /**
   * In pick mode the user picks a step's own destructive button (already highlighted), by mouse
   * or by a key: the card says AliExit never presses it, and the pick only marks it. The page
   * hears nothing of it (no handler runs: the replica deletes in a click handler on document),
   * nothing moves on, and the step is still the current one.
   */
  async function pickTheDestructiveButton(
    page: Page,
    step: string,
    by: 'mouse' | 'Enter' | ' ',
    screenshot?: string,
  ) {
    const target = targetOf(step);
    await expectHighlight(page, step);
    await page.click(card('show-me'));
    await waitForPicking(page, true);
    expect(PICK_DESTRUCTIVE).toBeTruthy();
    expect(await cardText(page)).toContain(PICK_DESTRUCTIVE);
    const before = page.url();
    if (by === 'mouse') {
      await page.click(target);
    } else {
      await page.focus(target);
      await waitForOutlineOn(page, target);
      if (screenshot) await saveScreenshot(page, screenshot);
      await page.keyboard.press(by);
    }
    await waitForPicking(page, false);
    await expectHighlight(page, step);
    expect(await cardText(page)).toContain('You showed this');
    expect(await seenOnTheCard(page, '[data-correction="showed"]')).toBe(true);
    expect(await seenOnTheCard(page, '[data-action="not-it"]')).toBe(true);
    expect(page.url()).toBe(before);
    expect(await pageHeard(page)).toEqual({ count: 0, types: [] });
    expect(await page.$eval(target, (button) => button.className)).not.toContain('loading');
    expect((await readChecklist(block.popup))[step]).toBe('current');
  }

  it('the user shows the renamed control; the pick never reaches the page; it lasts', async () => {
    const { popup } = block;
    const page = await open(RELABELED);
    await waitForWordsAndShowMe(page);

    // A page script pressing the button in the open shadow root changes nothing.
    await scriptClicks(page, 'show-me');
    await page.waitForTimeout(300);
    expect(await isPicking(page)).toBe(false);

    await page.click(card('show-me'));
    await waitForPicking(page, true);
    await page.hover(TARGET);
    await waitForOutlineOn(page, TARGET);
    // What to do, and the way out, are in sight on the card (however small the page leaves it).
    expect(await seenOnTheCard(page, '.pick-words .status')).toBe(true);
    expect(await seenOnTheCard(page, '[data-action="cancel-pick"]')).toBe(true);
    expect(await axeViolations(page, 'aliexit-overlay')).toEqual([]);
    await saveScreenshot(page, 'pick-mode-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, 'pick-mode-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    const before = page.url();
    await page.click(TARGET);
    await expectHighlight(page, STEP);
    expect(page.url()).toBe(before);
    expect(await pageHeard(page)).toEqual({ count: 0, types: [] });
    expect(await isPicking(page)).toBe(false);
    expect(await cardText(page)).toContain('You showed this');
    expect(await seenOnTheCard(page, '[data-correction="showed"]')).toBe(true);
    expect(await seenOnTheCard(page, '[data-action="not-it"]')).toBe(true);
    await saveScreenshot(page, 'you-showed-this-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, 'you-showed-this-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    // The pick is not the step: only the user's own click on the control completes it.
    expect((await readChecklist(popup))[STEP]).toBe('current');

    await popup.bringToFront();
    await popup.waitForSelector('[data-corrections="showed"]');
    await popup.locator('[data-section="corrections"]').scrollIntoViewIfNeeded();
    expect(await popup.textContent('[data-corrections="showed"]')).toBe(
      'You showed AliExit 1 element',
    );
    await saveScreenshot(popup, 'popup-corrections-light');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(popup, 'popup-corrections-dark');
    await popup.emulateMedia({ colorScheme: 'light' });

    // After a reload, and on a second visit in another tab, the same control is highlighted.
    await page.bringToFront();
    await page.reload();
    await expectHighlight(page, STEP);
    expect(await cardText(page)).toContain('You showed this');
    await listenAsThePage(page);
    const second = await open(RELABELED);
    await expectHighlight(second, STEP);
    await second.close();

    // Forget (in the popup) brings the fallback back on the open page.
    await popup.bringToFront();
    await popup.click('[data-action="forget-corrections"]');
    await popup.waitForSelector('[data-section="corrections"]', { state: 'detached' });
    await page.bringToFront();
    await waitForWordsAndShowMe(page);

    // Shown again, the step completes by the user's own click on it.
    await page.click(card('show-me'));
    await waitForPicking(page, true);
    await page.click(TARGET);
    await expectHighlight(page, STEP);
    expect(await pageHeard(page)).toEqual({ count: 0, types: [] });
    await Promise.all([page.waitForURL(/account-delete/), page.click(TARGET)]);
    await expectCurrentInPopup(popup, 'delete-your-account');
    expect((await readChecklist(popup))[STEP]).toBe('done');
  });

  it('Esc and Cancel leave pick mode with nothing picked', async () => {
    const { popup } = block;
    const page = await open(RELABELED);
    await waitForCardAction(page, 'show-me');
    await page.click(card('show-me'));
    await waitForPicking(page, true);
    await page.keyboard.press('Escape');
    await waitForPicking(page, false);
    expect(await page.$('[data-aliexit-target]')).toBeNull();
    await page.click(card('show-me'));
    await waitForPicking(page, true);
    await page.click(card('cancel-pick'));
    await waitForPicking(page, false);
    // Pick mode is gone: the page's own clicks reach it again.
    await page.click('h1');
    expect((await pageHeard(page)).types).toContain('click');
    await popup.bringToFront();
    expect(await popup.$('[data-section="corrections"]')).toBeNull();
  });

  it('"That\'s not it" on a decoy moves to the right control, and lasts', async () => {
    const { popup } = block;
    const page = await open(DECOY);
    await waitForDecoyMarked(page);
    await scriptClicks(page, 'not-it');
    await page.waitForTimeout(300);
    await waitForDecoyMarked(page);

    await page.click(card('not-it'));
    await expectHighlight(page, STEP);
    await page.reload();
    await expectHighlight(page, STEP);
    expect(await page.$('[data-replica-decoy][data-aliexit-target]')).toBeNull();
    await popup.bringToFront();
    expect(await popup.textContent('[data-corrections="rejected"]')).toBe(
      'Highlights you turned down: 1',
    );
  });

  it('"That\'s not it" with nothing else to offer falls back to words and Show me', async () => {
    const page = await open(DECOY_AND_RELABELED);
    await waitForDecoyMarked(page);
    await page.click(card('not-it'));
    await waitForWordsAndShowMe(page);
    await page.reload();
    await waitForWordsAndShowMe(page);
  });

  it('works without a mouse: Tab to Show me, Tab to the control, Enter picks it', async () => {
    const page = await open(RELABELED);
    await waitForWordsAndShowMe(page);
    const focusedAction = () =>
      page.evaluate(
        () =>
          document
            .querySelector('aliexit-overlay')
            ?.shadowRoot?.activeElement?.getAttribute('data-action') ?? null,
      );
    for (let presses = 0; (await focusedAction()) !== 'show-me' && presses < 300; presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedAction()).toBe('show-me');
    await page.keyboard.press('Enter');
    await waitForPicking(page, true);

    const onTarget = () =>
      page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, TARGET);
    for (let presses = 0; !(await onTarget()) && presses < 300; presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await onTarget()).toBe(true);
    await waitForOutlineOn(page, TARGET);
    const before = page.url();
    await page.keyboard.press('Enter');
    await expectHighlight(page, STEP);
    expect(page.url()).toBe(before);
    expect(await pageHeard(page)).toEqual({ count: 0, types: [] });

    // "That's not it" by keyboard: the pick is withdrawn, words come back.
    for (let presses = 0; (await focusedAction()) !== 'not-it' && presses < 300; presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedAction()).toBe('not-it');
    await page.keyboard.press('Enter');
    await waitForWordsAndShowMe(page);
    expect(await hasCardAction(page, 'not-it')).toBe(false);
  });

  // Last in the file: the final press deletes the replica's account (signs it out); signed in again after.
  it('a pick on a destructive button only marks it; the user then presses it themselves', async () => {
    const { popup } = block;
    // beforeEach put the guide at "Open Delete account": say it is done, as the user would.
    await popup.click('[data-action="did-this"]');
    await expectCurrentInPopup(popup, 'delete-your-account');
    const explainer = await open('/p/account-delete/index.html', targetOf('delete-your-account'));
    await pickTheDestructiveButton(explainer, 'delete-your-account', 'mouse');
    await Promise.all([
      explainer.waitForURL(/\/security/),
      explainer.click(targetOf('delete-your-account')),
    ]);
    await expectCurrentInPopup(popup, 'verification-method');

    // The verification itself is not the subject: said done from the popup.
    await popup.click('[data-action="did-this"]');
    await expectCurrentInPopup(popup, 'verification-code');
    await popup.click('[data-action="did-this"]');
    await expectCurrentInPopup(popup, 'confirm');
    const final = await open('/p/account-delete/confirm', targetOf('confirm'));
    await expectHighlight(final, 'confirm');
    await final.click(targetOf('confirm'));
    await expectCurrentInPopup(popup, 'delete');
    // What the page heard from here on (the tick was the user's own, and the page's to hear).
    await listenAsThePage(final);
    // By Space, then by Enter (a native button acts on Space as it comes up, on Enter going down).
    await pickTheDestructiveButton(final, 'delete', ' ', 'pick-mode-delete-light');
    await pickTheDestructiveButton(final, 'delete', 'Enter');
    await Promise.all([final.waitForURL(/\/done/), final.click(targetOf('delete'))]);
    await expectCurrentInPopup(popup, 'done');
    expect((await readChecklist(popup)).delete).toBe('done');
    await block.session.signIn();
  });
});
