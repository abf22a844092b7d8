import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROUTE } from '../../core/steps/route';
import {
  replicaStates,
  replicaRewordedStates,
  replicaUrl,
  type ReplicaSpec,
} from '../replica/views';
import {
  expectCurrentInPopup,
  expectHighlight,
  readChecklist,
  readMarked,
} from './harness/contract';
import { saveScreenshot } from './harness/screenshots';
import { openSession, readCard, startGuideAt, type Session } from './harness/session';

/** The route's step that happens on a state's page (the first one), for a card that points. */
function stepFor(state: ReplicaSpec): string {
  const kinds = state.pageKinds.filter((kind) => kind !== 'header');
  const step =
    ROUTE.find((s) => s.placements.some((p) => kinds.includes(p.page as never))) ??
    ROUTE.find((s) => s.placements.some((p) => state.pageKinds.includes(p.page as never)));
  return step?.id ?? 'sign-in';
}

/**
 * What the card covers of the way forward, read in the page: every focusable element of the
 * target's section (the header band, the menu popover or the app's #root around it) and the
 * page's action buttons. The card must cover none of them.
 */
async function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const card = document.querySelector('aliexit-overlay')?.shadowRoot?.querySelector('.card');
    if (!card) return ['(no card)'];
    const c = card.getBoundingClientRect();
    const target = document.querySelector('[data-aliexit-target]');
    const section =
      target?.closest(
        '#_global_header_23_, .comet-v2-popover, [class*="my-account--menuBox--"], #root',
      ) ??
      document.querySelector('#root') ??
      document.body;
    const focusable =
      'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"]), [role="button"], [role="checkbox"], [role="radio"]';
    const controls = new Set([
      ...section.querySelectorAll(focusable),
      ...(document.querySelector('#root')?.querySelectorAll('button, [role="button"]') ?? []),
      ...(target ? [target] : []),
    ]);
    return [...controls]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        return c.left < r.right && r.left < c.right && c.top < r.bottom && r.top < c.bottom;
      })
      .map((el) => `${el.localName}: ${(el.textContent ?? '').trim().slice(0, 40)}`);
  });
}

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

  beforeAll(async () => {
    session = await openSession();
    popup = session.popup;
    await session.signIn();
  });

  afterAll(async () => session?.close());

  beforeEach(async () => {
    // The walk's last click deletes the replica's account (signs it out): sign in again.
    await session.signIn();
    await popup.click('[data-action="reset"]');
    await popup.waitForSelector('[data-action="start"]');
    for (const open of session.browser.context.pages()) if (open !== popup) await open.close();
    page = await session.browser.context.newPage();
  });

  for (const lang of ['en', 'es', 'de'] as const) {
    const host = lang === 'en' ? 'www.aliexpress.com' : `${lang}.aliexpress.com`;
    it(`walks the reworded deletion pages by meaning (${lang}), never sent back to Account`, async () => {
      await startGuideAt(popup, 'delete-your-account');
      await page.goto(`https://${host}/p/account-delete/index.html?replica_wording=2`);
      await expectHighlight(page, 'delete-your-account');
      // A role="button" div: Enter on it, as a keyboard user would.
      await page.focus('[data-aliexit-target]');
      await page.keyboard.press('Enter');
      await expectHighlight(page, 'verification-method');
      await page.click('[data-aliexit-target]');
      await expectHighlight(page, 'verification-code');
      await page.click('[data-aliexit-target] input');
      await page.keyboard.type('123456', { delay: 20 });
      await expectHighlight(page, 'verification-code', 'verification-code:verify');
      await page.click('[data-aliexit-target]');
      await expectHighlight(page, 'confirm');
      // The custom checkbox: the user's own click ticks it; the step completes from aria-checked.
      await page.click('[data-aliexit-target]');
      await expectHighlight(page, 'delete');
      await expectCurrentInPopup(popup, 'delete');
      const checklist = await readChecklist(popup);
      expect(checklist['confirm']).toBe('done');
      // Never a detour: the card is on the route's own step, not "First: Open Account".
      expect(await readCard(page)).not.toMatch(/First/);
      await cardSettled(page);
      if (lang === 'en') await saveScreenshot(page, 'reworded-final-with-card');
      if (lang === 'de') await saveScreenshot(page, 'reworded-final-with-card-de');
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

  it('the card never covers the way forward, on every page, at three window sizes', async () => {
    const states = [...replicaStates, ...replicaRewordedStates];
    const covered: string[] = [];
    for (const step of [...new Set(states.map(stepFor))]) {
      // No AliExpress page open while the route is set: a signed-in page would move it on.
      await page.goto('about:blank');
      await popup.click('[data-action="reset"]');
      await popup.waitForSelector('[data-action="start"]');
      await startGuideAt(popup, step);
      for (const state of states.filter((s) => stepFor(s) === step && !s.popover)) {
        for (const size of [
          { width: 1280, height: 800 },
          { width: 1024, height: 640 },
          { width: 390, height: 844 },
        ]) {
          await page.setViewportSize(size);
          await page.goto(replicaUrl(state));
          await cardSettled(page);
          const marked = await readMarked(page);
          for (const control of await coveredControls(page))
            covered.push(`${state.name} ${size.width}x${size.height} (${marked.step}): ${control}`);
        }
      }
    }
    expect(covered).toEqual([]);
  }, 400_000);
});
