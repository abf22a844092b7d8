import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktopHost } from '../replica/hosts';
import { startReplica } from '../replica/server';
import { REWORDED_LANGUAGES } from '../replica/views';
import { expectCurrentInPopup, readChecklist } from './harness/contract';
import { evaluateIn } from './harness/in-page';
import { launchFirefox, type FirefoxWithExtension } from './harness/firefox';
import { saveScreenshot } from './harness/screenshots';
import { createTally } from './harness/tally';

/**
 * The deletion pages in other words (?replica_wording=2) in Firefox ESR: every step found by
 * meaning on custom ARIA controls, never a detour back to Account, and the user's click at the
 * final button's centre reaches the button, not the card.
 */
describe('the reworded deletion pages in Firefox', () => {
  let replica: Awaited<ReturnType<typeof startReplica>>;
  let firefox: FirefoxWithExtension;
  let page: Page;
  let popup: Page;
  const tally = createTally('firefox');

  beforeAll(async () => {
    replica = await startReplica();
    firefox = await launchFirefox({ httpsPort: replica.httpsPort });
    popup = await firefox.openPopup();
    page = await firefox.newPage();
  });

  afterAll(async () => {
    await firefox?.close();
    await replica?.close();
  });

  afterAll(() => {
    // The closing note's figures: what each reworded page showed, step by step.
    console.info(tally.lines().join('\n'));
  });

  for (const lang of REWORDED_LANGUAGES) {
    it(`walks from the explainer to the final button by meaning (${lang})`, async () => {
      const origin = `https://${desktopHost(lang)}:${replica.httpsPort}`;
      // Signed in as the login form would (the replica's session cookie).
      await page.goto(`${origin}/`);
      await page.setCookie({
        name: 'replica_session',
        value: '1',
        domain: '.aliexpress.com',
        path: '/',
      });
      await page.goto('about:blank');
      await popup.bringToFront();
      if (await popup.$('[data-action="reset"]')) {
        await popup.click('[data-action="reset"]');
        await popup.waitForSelector('[data-action="start"]');
      }
      await popup.click('[data-action="start"]');
      await expectCurrentInPopup(popup, 'sign-in');
      const order = Object.keys(await readChecklist(popup));
      for (const id of order.slice(0, order.indexOf('delete-your-account'))) {
        await popup.click('[data-action="did-this"]');
        await popup.waitForSelector(`[data-step-id="${id}"][data-status="done"]`);
      }
      await expectCurrentInPopup(popup, 'delete-your-account');

      await page.bringToFront();
      await page.goto(`${origin}/p/account-delete/index.html?replica_wording=2`);
      await tally.see(page, `${lang} explainer`, 'delete-your-account');
      await page.click('[data-aliexit-target]');
      await tally.see(page, `${lang} security check`, 'verification-method');
      await page.click('[data-aliexit-target]');
      await tally.see(page, `${lang} code entry`, 'verification-code');
      await page.click('[data-aliexit-target] input');
      await page.keyboard.type('123456', { delay: 30 });
      await tally.see(page, `${lang} code entry`, 'verification-code', 'verification-code:verify');
      await page.click('[data-aliexit-target]');
      await tally.see(page, `${lang} final page`, 'confirm');
      // The custom checkbox, ticked from the keyboard (Space), completes the step from ARIA.
      await page.focus('[data-aliexit-target]');
      await page.keyboard.press(' ');
      await tally.see(page, `${lang} final page`, 'delete');
      await expectCurrentInPopup(popup, 'delete');
      expect((await readChecklist(popup))['confirm']).toBe('done');
      await saveScreenshot(
        page,
        `firefox-reworded-final-with-card${lang === 'en' ? '' : `-${lang}`}`,
      );

      const box = await (await page.$('[data-aliexit-target]'))?.boundingBox();
      if (!box) throw new Error('no box for the delete button');
      await evaluateIn(
        page,
        () => {
          document
            .querySelector('[data-aliexit-target]')
            ?.addEventListener(
              'click',
              () => document.body.setAttribute('data-clicked', 'delete'),
              { once: true },
            );
        },
        undefined,
      );
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      expect(
        await evaluateIn(page, () => document.body.getAttribute('data-clicked'), undefined),
      ).toBe('delete');
      // The click deletes the replica's account and signs it out: let that land before the next
      // language signs in again.
      await page.waitForFunction(() => location.pathname.endsWith('/p/account-delete/done'));
    });
  }
});
