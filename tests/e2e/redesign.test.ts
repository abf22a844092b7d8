import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE } from '../../core/steps/route';
import type { StepId } from '../../core/steps/types';
import { expectCurrentInPopup, readChecklist } from './harness/contract';
import { waitInPage } from './harness/in-page';
import { saveScreenshot } from './harness/screenshots';
import { openSession, readCard, startGuideAt, type Session } from './harness/session';

/** The English wording, as the card shows it (the browser runs in English). */
const MESSAGES = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;
const english = (key: string): string => MESSAGES[key]?.message ?? key;

type Seen = 'ringed' | 'words' | 'wrong';

/**
 * What the guide shows for `step` on the page: its ring on the element the replica marks as the
 * true control (`data-replica-target`, a test-only mark the product never reads), no ring and
 * the card saying what to look for, or anything else (a ring on another element).
 */
async function observe(
  page: Page,
  step: StepId,
  mark: string,
): Promise<{ seen: Seen; detail: string }> {
  const lookFor = english(ROUTE.find((s) => s.id === step)?.text.lookFor ?? '');
  await waitInPage(
    page,
    ({ lookFor }) => {
      if (document.querySelector('[data-aliexit-target]')) return true;
      const card = document.querySelector('aliexit-overlay')?.shadowRoot?.querySelector('.card');
      const details = card?.querySelector('details.look-for');
      return (
        details instanceof HTMLDetailsElement &&
        details.open &&
        (details.textContent ?? '').includes(lookFor)
      );
    },
    { lookFor },
    { timeout: 20_000, what: `a ring or the words for "${step}"` },
  );
  // A late ring after the words: let the search run out before reading.
  await page.waitForTimeout(600);
  const marked = await page.evaluate(() => {
    // The ring the user sees (drawn by CSS or by script) goes round the element.
    const ring = document
      .querySelector('aliexit-overlay')
      ?.shadowRoot?.querySelector('.ring:not(.alternative)')
      ?.getBoundingClientRect();
    return [...document.querySelectorAll('[data-aliexit-target]')].map((element) => {
      const box = element.getBoundingClientRect();
      const around =
        ring !== undefined &&
        ring.left <= box.left + 1 &&
        ring.top <= box.top + 1 &&
        ring.right >= box.right - 1 &&
        ring.bottom >= box.bottom - 1;
      return {
        step: element.getAttribute('data-aliexit-target'),
        truth: element.getAttribute('data-replica-target')?.split(/\s+/) ?? [],
        text: (element.textContent ?? '').trim().slice(0, 40),
        around,
      };
    });
  });
  const first = marked[0];
  if (!first) {
    const card = (await readCard(page)) ?? '';
    return card.includes(lookFor)
      ? { seen: 'words', detail: 'no ring; the card says what to look for' }
      : { seen: 'wrong', detail: `no ring and no words: ${card.slice(0, 80)}` };
  }
  const right =
    marked.length === 1 && first.step === step && first.truth.includes(mark) && first.around;
  return {
    seen: right ? 'ringed' : 'wrong',
    detail: `${first.step} on "${first.text}" (${first.truth.join(' ')})${first.around ? '' : ', the ring elsewhere'}`,
  };
}

/** The true control of the step, by the replica's own mark (the user knows where it is). */
const truth = (mark: string) => `[data-replica-target~="${mark}"]`;

describe('the redesign (every class word, id and URL changed) walked in Chromium', () => {
  let session: Session;
  let popup: Page;
  let page: Page;
  const results: { step: string; seen: Seen; detail: string }[] = [];

  beforeAll(async () => {
    session = await openSession();
    popup = session.popup;
    page = await session.browser.context.newPage();
  });

  afterAll(async () => session?.close());

  /** The step is the popup's current one and no later step was marked done or skipped. */
  async function expectOnlyUpTo(step: StepId): Promise<void> {
    await expectCurrentInPopup(popup, step);
    const checklist = await readChecklist(popup);
    const later = ROUTE.slice(ROUTE.findIndex((s) => s.id === step) + 1);
    expect(later.filter((s) => checklist[s.id] !== 'pending').map((s) => s.id)).toEqual([]);
  }

  async function see(step: StepId, mark: string = step, picture?: string): Promise<Seen> {
    await expectOnlyUpTo(step);
    const { seen, detail } = await observe(page, step, mark);
    results.push({ step: mark, seen, detail });
    if (picture) await saveScreenshot(page, `redesign-${picture}-${seen}`);
    return seen;
  }

  /** The user's own press on the true control (the ringed one, when the guide rings it). */
  async function press(mark: string): Promise<void> {
    await page.click(truth(mark));
  }

  it('rings the true control or says what to look for at every step, never a wrong one', async () => {
    await popup.click('[data-action="start"]');
    await expectCurrentInPopup(popup, 'sign-in');
    await page.bringToFront();
    await page.goto('https://www.aliexpress.com/?replica_redesign=1');

    // sign-in, three screens: the header's Sign in, Continue, Sign in.
    await see('sign-in', 'sign-in', '01-header-sign-in');
    await Promise.all([page.waitForURL(/login\.aliexpress\.com/), press('sign-in')]);
    await see('sign-in', 'sign-in', '02-continue');
    await page.fill('input[name="loginId"]:not([type="hidden"])', 'shopper@example.com');
    await press('sign-in');
    await page.waitForSelector('input[type="password"]');
    await see('sign-in', 'sign-in', '03-password');
    await page.fill('input[type="password"]', 'not-a-real-password');
    await Promise.all([page.waitForURL(/www\.aliexpress\.com\/\?/), press('sign-in')]);

    // account: the header's Account; hovering it opens the menu.
    await see('account', 'account', '04-account');
    await page.hover(truth('account'));
    await see('settings', 'settings', '05-settings-in-menu');
    await Promise.all([page.waitForURL(/\/me\/preferences\//), press('settings')]);
    await see('delete-account', 'delete-account', '06-delete-account');
    await Promise.all([page.waitForURL(/\/me\/close-account\//), press('delete-account')]);
    await see('delete-your-account', 'delete-your-account', '07-delete-your-account');
    await press('delete-your-account');
    await see('verification-method', 'verification-method', '08-method');
    await press('verification-method');
    await see('verification-code', 'verification-code', '09-code');
    await page.click(`${truth('verification-code')} input >> nth=0`);
    await page.keyboard.type('123456', { delay: 30 });
    await see('verification-code', 'verification-code:verify', '10-verify');
    await press('verification-code:verify');
    await see('confirm', 'confirm', '11-confirm');
    await press('confirm');
    await see('delete', 'delete', '12-delete');
    await press('delete');

    // done: the user's own press on Delete Account, then the deleted page.
    await expectCurrentInPopup(popup, 'done');
    await page.waitForURL(/\/me\/close-account\/closed/);
    await page.getByRole('heading', { name: 'Your account has been deleted' }).waitFor();
    // After the user's own press on Delete Account and the deleted page: said, or still asked.
    const said = await popup
      .waitForSelector(`text=${english('finished')}`, { timeout: 10_000 })
      .then(() => 'the popup says the account is deleted')
      .catch(() => 'the popup still asks');
    await saveScreenshot(page, 'redesign-13-done');
    const checklist = await readChecklist(popup);
    expect(checklist['delete']).toBe('done');

    const wrong = results.filter((r) => r.seen === 'wrong');
    const ringedSteps = new Set(
      results.filter((r) => r.seen === 'ringed').map((r) => r.step.split(':')[0]),
    );
    const fullyRinged = ROUTE.filter(
      (step) =>
        results.some((r) => r.step.split(':')[0] === step.id) &&
        results.filter((r) => r.step.split(':')[0] === step.id).every((r) => r.seen === 'ringed'),
    );
    console.log(
      `redesign walk: ${fullyRinged.length} of ${ROUTE.length} steps ringed at every screen ` +
        `(${ringedSteps.size} ringed at least once; "done" has nothing to ring)\n` +
        results.map((r) => `  ${r.step}: ${r.seen} — ${r.detail}`).join('\n') +
        `\n  done: ${said}`,
    );
    expect(wrong).toEqual([]);
  }, 240_000);

  it('a step whose words changed too is said in words, never pointed at', async () => {
    await page.goto('about:blank');
    await session.signIn();
    await popup.click('[data-action="reset"]');
    await popup.waitForSelector('[data-action="start"]');
    await startGuideAt(popup, 'delete-account');
    await page.bringToFront();
    await page.goto(
      'https://www.aliexpress.com/me/preferences/profile?replica_redesign=1&replica_relabel=delete-account',
    );
    const { seen, detail } = await observe(page, 'delete-account', 'delete-account');
    await saveScreenshot(page, `redesign-16-relabelled-${seen}`);
    expect(seen, detail).toBe('words');
    await expectOnlyUpTo('delete-account');
  }, 120_000);

  it('on the deleted page without the press on Delete Account, the card and the popup both ask', async () => {
    // The walk's last press deleted the replica's account (signed out): sign in again.
    await page.goto('about:blank');
    await session.signIn();
    await popup.click('[data-action="reset"]');
    await popup.waitForSelector('[data-action="start"]');
    await startGuideAt(popup, 'delete');
    await page.bringToFront();
    await page.goto('https://www.aliexpress.com/me/close-account/closed?replica_redesign=1');
    const ask = english('askDeleted');
    await waitInPage(
      page,
      (text) =>
        (document.querySelector('aliexit-overlay')?.shadowRoot?.textContent ?? '').includes(text),
      ask,
      { what: 'the card to ask "Did you delete it?"' },
    );
    expect(await page.locator('[data-aliexit-target]').count()).toBe(0);
    await saveScreenshot(page, 'redesign-14-card-asks');
    // The popup, opened again on this tab, asks the same, and says nothing is deleted.
    await popup.reload();
    await popup.waitForSelector('[data-question="askDeleted"]');
    expect(await popup.textContent('[data-question="askDeleted"]')).toBe(ask);
    expect(await popup.textContent('body')).not.toContain(english('finished'));
    expect((await readChecklist(popup))['delete']).toBe('current');
    await saveScreenshot(popup, 'redesign-15-popup-asks');
    // The user answers in the popup: "I did this".
    await popup.click('[data-action="did-this"]');
    await popup.waitForSelector('[data-step-id="delete"][data-status="done"]');
    await popup.waitForSelector('[data-question]', { state: 'detached' });
  }, 120_000);
});
