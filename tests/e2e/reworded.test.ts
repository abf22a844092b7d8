import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { desktopHost } from '../replica/hosts';
import { REWORDED_LANGUAGES } from '../replica/views';
import { expectCurrentInPopup, readChecklist } from './harness/contract';
import { saveScreenshot } from './harness/screenshots';
import { openSession, readCard, startGuideAt, type Session } from './harness/session';
import { createTally } from './harness/tally';

/** Waits until the card has been placed and the page has stopped moving it. */
async function cardSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const card = document.querySelector('aliexit-overlay')?.shadowRoot?.querySelector('.card');
    return card !== null && card !== undefined && card.getBoundingClientRect().x > -1000;
  });
  await page.waitForFunction(() => !document.querySelector('.comet-v2-skeleton'));
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

describe('the deletion pages in other words, in Chromium', () => {
  let session: Session;
  let popup: Page;
  let page: Page;
  const tally = createTally('chromium');

  beforeAll(async () => {
    session = await openSession();
    popup = session.popup;
    await session.signIn();
  });

  afterAll(async () => {
    // The closing note's figures: what each reworded page showed, step by step.
    console.info(tally.lines().join('\n'));
    await session?.close();
  });

  beforeEach(async () => {
    // The walk's last click deletes the replica's account (signs it out): sign in again.
    await session.signIn();
    await popup.click('[data-action="reset"]');
    await popup.waitForSelector('[data-action="start"]');
    for (const open of session.browser.context.pages()) if (open !== popup) await open.close();
    page = await session.browser.context.newPage();
  });

  for (const lang of REWORDED_LANGUAGES) {
    const host = desktopHost(lang);
    it(`walks the reworded deletion pages by meaning (${lang}), never sent back to Account`, async () => {
      await startGuideAt(popup, 'delete-your-account');
      await page.goto(`https://${host}/p/account-delete/index.html?replica_wording=2`);
      await tally.see(page, `${lang} explainer`, 'delete-your-account');
      // A role="button" div: Enter on it, as a keyboard user would.
      await page.focus('[data-aliexit-target]');
      await page.keyboard.press('Enter');
      await tally.see(page, `${lang} security check`, 'verification-method');
      await page.click('[data-aliexit-target]');
      await tally.see(page, `${lang} code entry`, 'verification-code');
      await page.click('[data-aliexit-target] input');
      await page.keyboard.type('123456', { delay: 20 });
      await tally.see(page, `${lang} code entry`, 'verification-code', 'verification-code:verify');
      await page.click('[data-aliexit-target]');
      await tally.see(page, `${lang} final page`, 'confirm');
      // The custom checkbox: the user's own click ticks it; the step completes from aria-checked.
      await page.click('[data-aliexit-target]');
      await tally.see(page, `${lang} final page`, 'delete');
      await expectCurrentInPopup(popup, 'delete');
      const checklist = await readChecklist(popup);
      expect(checklist['confirm']).toBe('done');
      // Never a detour: the card is on the route's own step, not "First: Open Account".
      expect(await readCard(page)).not.toMatch(/First/);
      await cardSettled(page);
      await saveScreenshot(page, `reworded-final-with-card${lang === 'en' ? '' : `-${lang}`}`);
      // The user's real click at the delete button's centre reaches the button, not the card.
      const box = await page.locator('[data-aliexit-target]').boundingBox();
      expect(box).not.toBeNull();
      await page.evaluate(() => {
        const button = document.querySelector('[data-aliexit-target]');
        button?.addEventListener(
          'click',
          () => document.body.setAttribute('data-clicked', 'delete'),
          {
            once: true,
          },
        );
      });
      if (!box) throw new Error('no box for the delete button');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      expect(await page.getAttribute('body', 'data-clicked')).toBe('delete');
      // The click deletes the replica's account and signs it out: let that land here, not after
      // the next test has signed in again (a late sign-out sent CI's next pages to the login).
      await page.waitForURL(/\/p\/account-delete\/done/);
    });
  }
});
