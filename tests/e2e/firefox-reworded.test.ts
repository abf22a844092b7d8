import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplica } from '../replica/server';
import { expectCurrentInPopup, expectHighlight, readChecklist } from './harness/contract';
import { evaluateIn } from './harness/in-page';
import { launchFirefox, type FirefoxWithExtension } from './harness/firefox';
import { saveScreenshot } from './harness/screenshots';

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

  it('walks from the explainer to the final button by meaning', async () => {
    // Signed in as the login form would (the replica's session cookie).
    await page.goto(`${firefox.origin}/`);
    await page.setCookie({
      name: 'replica_session',
      value: '1',
      domain: '.aliexpress.com',
      path: '/',
    });
    await page.goto('about:blank');
    await popup.bringToFront();
    await popup.click('[data-action="start"]');
    await expectCurrentInPopup(popup, 'sign-in');
    const order = Object.keys(await readChecklist(popup));
    for (const id of order.slice(0, order.indexOf('delete-your-account'))) {
      await popup.click('[data-action="did-this"]');
      await popup.waitForSelector(`[data-step-id="${id}"][data-status="done"]`);
    }
    await expectCurrentInPopup(popup, 'delete-your-account');

    await page.bringToFront();
    // The harness resolves www. and login. only: the English wording (Chromium walks es and de).
    await page.goto(`${firefox.origin}/p/account-delete/index.html?replica_wording=2`);
    await expectHighlight(page, 'delete-your-account');
    await page.click('[data-aliexit-target]');
    await expectHighlight(page, 'verification-method');
    await page.click('[data-aliexit-target]');
    await expectHighlight(page, 'verification-code');
    await page.click('[data-aliexit-target] input');
    await page.keyboard.type('123456', { delay: 30 });
    await expectHighlight(page, 'verification-code', 'verification-code:verify');
    await page.click('[data-aliexit-target]');
    await expectHighlight(page, 'confirm');
    // The custom checkbox, ticked from the keyboard (Space), completes the step from ARIA.
    await page.focus('[data-aliexit-target]');
    await page.keyboard.press(' ');
    await expectHighlight(page, 'delete');
    await expectCurrentInPopup(popup, 'delete');
    expect((await readChecklist(popup))['confirm']).toBe('done');
    await saveScreenshot(page, 'firefox-reworded-final-with-card');

    const box = await (await page.$('[data-aliexit-target]'))?.boundingBox();
    if (!box) throw new Error('no box for the delete button');
    await evaluateIn(
      page,
      () => {
        document
          .querySelector('[data-aliexit-target]')
          ?.addEventListener('click', () => document.body.setAttribute('data-clicked', 'delete'), {
            once: true,
          });
      },
      undefined,
    );
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(
      await evaluateIn(page, () => document.body.getAttribute('data-clicked'), undefined),
    ).toBe('delete');
  });
});
