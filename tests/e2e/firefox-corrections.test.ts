import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { expectCurrentInPopup, expectHighlight, readChecklist } from './harness/contract';
import {
  DECOY,
  RELABELED,
  cardText,
  listenAsThePage,
  pageHeard,
  scriptClicks,
  seenOnTheCard,
  waitForDecoyMarked,
  waitForOutlineOn,
  waitForPicking,
  waitForWordsAndShowMe,
} from './harness/corrections';
import { firefoxBlock } from './harness/block';
import { saveScreenshot } from './harness/screenshots';

const STEP = 'delete-account';
const TARGET = `[data-replica-target="${STEP}"]`;
const card = (action: string) => `aliexit-overlay >>> [data-action="${action}"]`;
const targetOf = (step: string) => `[data-replica-target="${step}"]`;
/** What the card says in pick mode on a step that deletes (the English locale's own words). */
const PICK_DESTRUCTIVE = (
  JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
    string,
    { message: string }
  >
).pickDestructive?.message;

/** The same corrections as corrections.test.ts, in Firefox ESR (puppeteer over WebDriver BiDi). */
describe('the user corrects the guide (Firefox)', () => {
  const block = firefoxBlock({ signIn: true });

  /** The guide at `step` ("Open Delete account"): reset, started, every step before it done. */
  async function guideAtStep(step = STEP): Promise<void> {
    const { popup } = block;
    await popup.bringToFront();
    await popup.click('[data-action="reset"]');
    await popup.waitForSelector('[data-action="start"]');
    await popup.click('[data-action="start"]');
    await popup.waitForSelector('[data-action="did-this"]');
    await expectCurrentInPopup(popup, 'sign-in');
    const order = Object.keys(await readChecklist(popup));
    for (const id of order.slice(0, order.indexOf(step))) {
      await popup.waitForSelector('[data-action="did-this"]');
      await popup.click('[data-action="did-this"]');
      await popup.waitForSelector(`[data-step-id="${id}"][data-status="done"]`);
    }
    await expectCurrentInPopup(popup, step);
  }

  async function open(path: string, target = TARGET): Promise<Page> {
    const { firefox } = block;
    const page = await firefox.newPage();
    await page.goto(`${firefox.origin}${path}`);
    await page.waitForSelector(target);
    await listenAsThePage(page);
    return page;
  }

  it('the user shows the renamed control; the pick never reaches the page; it lasts', async () => {
    const { popup } = block;
    await guideAtStep();
    const page = await open(RELABELED);
    await waitForWordsAndShowMe(page);
    await scriptClicks(page, 'show-me');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await waitForPicking(page, false);

    await page.click(card('show-me'));
    await waitForPicking(page, true);
    await page.hover(TARGET);
    await waitForOutlineOn(page, TARGET);
    // What to do, and the way out, are in sight on the card (however small the page leaves it).
    expect(await seenOnTheCard(page, '.pick-words .status')).toBe(true);
    expect(await seenOnTheCard(page, '[data-action="cancel-pick"]')).toBe(true);
    await saveScreenshot(page, 'firefox-pick-mode');
    const before = page.url();
    await page.click(TARGET);
    await expectHighlight(page, STEP);
    expect(page.url()).toBe(before);
    expect(await pageHeard(page)).toEqual({ count: 0, types: [] });
    expect(await cardText(page)).toContain('You showed this');
    expect(await seenOnTheCard(page, '[data-correction="showed"]')).toBe(true);
    expect(await seenOnTheCard(page, '[data-action="not-it"]')).toBe(true);
    expect((await readChecklist(popup))[STEP]).toBe('current');
    await saveScreenshot(page, 'firefox-you-showed-this');

    await page.reload();
    await expectHighlight(page, STEP);
    const second = await open(RELABELED);
    await expectHighlight(second, STEP);
    await second.close();

    await popup.bringToFront();
    await popup.waitForSelector('[data-corrections="showed"]');
    await popup.click('[data-action="forget-corrections"]');
    await popup.waitForFunction(() => !document.querySelector('[data-section="corrections"]'));
    await page.bringToFront();
    await waitForWordsAndShowMe(page);

    await listenAsThePage(page);
    await page.click(card('show-me'));
    await waitForPicking(page, true);
    await page.click(TARGET);
    await expectHighlight(page, STEP);
    expect(await pageHeard(page)).toEqual({ count: 0, types: [] });
    await Promise.all([page.waitForNavigation(), page.click(TARGET)]);
    expect(page.url()).toContain('/account-delete');
    await expectCurrentInPopup(popup, 'delete-your-account');
    expect((await readChecklist(popup))[STEP]).toBe('done');
    await page.close();
  });

  it('"That\'s not it" on a decoy moves to the right control, and lasts', async () => {
    await guideAtStep();
    const page = await open(DECOY);
    await waitForDecoyMarked(page);
    await page.click(card('not-it'));
    await expectHighlight(page, STEP);
    await page.reload();
    await expectHighlight(page, STEP);
    expect(await page.$('[data-replica-decoy][data-aliexit-target]')).toBeNull();
    // Closed: a settings page left open would prove "Choose Settings" while the next test's
    // popup says the steps before its own are done, one step too many.
    await page.close();
  });

  /** As in corrections.test.ts: a pick on a step's own destructive button only marks it. */
  async function pickTheDestructiveButton(page: Page, step: string, by: 'mouse' | ' ' | 'Enter') {
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
      await page.keyboard.press(by);
    }
    await waitForPicking(page, false);
    await expectHighlight(page, step);
    expect(await cardText(page)).toContain('You showed this');
    expect(page.url()).toBe(before);
    expect(await pageHeard(page)).toEqual({ count: 0, types: [] });
    expect(await page.$eval(target, (button) => button.className)).not.toContain('loading');
    expect((await readChecklist(block.popup))[step]).toBe('current');
  }

  // Last in the file: the final press deletes the replica's account (signs it out).
  it('a pick on a destructive button only marks it; the user then presses it themselves', async () => {
    const { popup } = block;
    await guideAtStep('delete-your-account');
    const explainer = await open('/p/account-delete/index.html', targetOf('delete-your-account'));
    await pickTheDestructiveButton(explainer, 'delete-your-account', 'mouse');
    await Promise.all([
      explainer.waitForNavigation(),
      explainer.click(targetOf('delete-your-account')),
    ]);
    expect(explainer.url()).toContain('/security');
    await expectCurrentInPopup(popup, 'verification-method');
    await explainer.close();

    await guideAtStep('confirm');
    const final = await open('/p/account-delete/confirm', targetOf('confirm'));
    await expectHighlight(final, 'confirm');
    await final.click(targetOf('confirm'));
    await expectCurrentInPopup(popup, 'delete');
    await listenAsThePage(final);
    await final.bringToFront();
    await pickTheDestructiveButton(final, 'delete', ' ');
    await pickTheDestructiveButton(final, 'delete', 'Enter');
    await Promise.all([final.waitForNavigation(), final.click(targetOf('delete'))]);
    expect(final.url()).toContain('/done');
    await expectCurrentInPopup(popup, 'done');
    expect((await readChecklist(popup)).delete).toBe('done');
    await final.close();
  });
});
