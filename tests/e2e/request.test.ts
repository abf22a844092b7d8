import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEADLINE_ALARM } from '../../core/request/alarm';
import { axeViolations } from './harness/axe';
import { saveScreenshot } from './harness/screenshots';
import { openSession, type Session } from './harness/session';

/** Planted in the form: it must reach the mailto: link and never storage. */
const NAME = 'Planted Walker Qz';
const EMAIL = 'planted.qz@example.invalid';

/** What the service worker (and the popup) call `chrome`, as far as these tests read it. */
interface ChromeLike {
  action: {
    getBadgeText(details: object): Promise<string>;
    getTitle(details: object): Promise<string>;
    setBadgeText(details: { text: string }): Promise<void>;
  };
  alarms: {
    getAll(): Promise<{ name: string; scheduledTime: number }[]>;
    create(name: string, info: { when: number }): void;
  };
  storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<object> }> & {
    local: { set(items: object): Promise<void> };
  };
}

/** The service worker's `chrome` (evaluated there, as walk.test.ts reads storage). */
declare const chrome: ChromeLike;

const badgeText = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));
const badgeTitle = (worker: Worker) => worker.evaluate(() => chrome.action.getTitle({}));
const alarmsOf = (worker: Worker) => worker.evaluate(() => chrome.alarms.getAll());

/** Stores a request as the popup's "I sent it" would, on any date (the clock moved on). */
async function storeSent(popup: Page, sentOn: string, law: string): Promise<void> {
  await popup.evaluate(async (value) => chrome.storage.local.set({ writtenRequest: value }), {
    sentOn,
    law,
  });
}

/** Presses Tab until `selector` has focus (at most `limit` times): reachable by keyboard alone. */
async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Ask in writing in real Chromium: compose, mailto:, I sent it, the deadline passing. */
describe('Ask in writing (Chromium)', () => {
  let session: Session;
  let popup: Page;
  let worker: Worker;

  beforeAll(async () => {
    session = await openSession({ bypassCSP: true });
    popup = session.popup;
    const found = session.browser.context.serviceWorkers()[0];
    if (!found) throw new Error('no service worker');
    worker = found;
  });

  afterAll(async () => session?.close());

  it('is reached, filled in and sent with the keyboard alone; the mailto: link carries the request', async () => {
    // The tabs: from the first one, End moves to the last section, "Ask in writing".
    await popup.focus('[role="tab"][data-section="route"]');
    await popup.keyboard.press('End');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('tab-request');
    await popup.waitForSelector('#panel-request:not([hidden])');
    await popup.selectOption('[data-field="place"]', 'gdpr');
    await tabTo(popup, '[data-field="name"]');
    await popup.keyboard.type(NAME);
    await tabTo(popup, '[data-field="email"]');
    await popup.keyboard.type(EMAIL);

    const href = await popup.getAttribute('[data-action="open-mail"]', 'href');
    if (!href) throw new Error('no mailto: link');
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('dataprotection.ae@aliexpress.com');
    const query = new URLSearchParams(url.search);
    // Only a subject and a body: no cc or bcc a mail app would add.
    expect([...query.keys()]).toEqual(['subject', 'body']);
    expect(query.get('subject')).toBe('Request to erase my personal data (GDPR Art. 17)');
    const body = query.get('body') ?? '';
    expect(body).toContain('Under Article 17 of the General Data Protection Regulation (GDPR)');
    expect(body).toContain('Article 12(3) GDPR');
    expect(body).toContain(`Name: ${NAME}\r\nEmail address of the account: ${EMAIL}`);
    // The recipient and its source, beside it.
    expect(await popup.textContent('[data-recipient="email"]')).toBe(
      'dataprotection.ae@aliexpress.com',
    );
    expect(await popup.textContent('#panel-request .source.third-party')).toContain(
      'datenanfragen.de',
    );

    await tabTo(popup, '[data-action="sent-request"]');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-request-status="waiting"]');
    const today = await popup.evaluate(() => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    });
    expect(await popup.textContent('#panel-request')).toContain(
      `You sent a written request on ${today} (GDPR Art. 17).`,
    );
    const daysLeft = Number(await popup.getAttribute('[data-days-left]', 'data-days-left'));
    expect(daysLeft).toBeGreaterThanOrEqual(28);
    expect(daysLeft).toBeLessThanOrEqual(31);

    // Stored: the date and the law, and the day the deadline passes has its alarm.
    const stored = await worker.evaluate(async () => ({
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
      session: await chrome.storage.session.get(null),
    }));
    expect(stored.local).toMatchObject({ writtenRequest: { sentOn: today, law: 'gdpr' } });
    const text = JSON.stringify(stored);
    for (const part of [NAME, EMAIL, 'Planted', 'Walker', 'planted.qz', 'example.invalid']) {
      expect(text).not.toContain(part);
    }
    const alarms = await alarmsOf(worker);
    expect(alarms.map((alarm) => alarm.name)).toEqual([DEADLINE_ALARM]);
    const [alarm] = alarms;
    const atMidnight = await popup.evaluate(
      (time) => new Date(time).getHours() * 60 + new Date(time).getMinutes(),
      alarm?.scheduledTime ?? 0,
    );
    expect(atMidnight).toBe(0);
    expect(await badgeText(worker)).toBe('');
  });

  it('past the deadline: the badge says so, the popup offers the reminder and where to complain', async () => {
    // The clock moved on: the request was sent long ago (a date in the past, stored as the
    // popup would store it).
    await storeSent(popup, '2026-01-31', 'gdpr');
    await popup.waitForSelector('[data-request-status="overdue"] [data-follow-up]');
    await expect.poll(() => badgeText(worker)).toBe('!');
    expect(await badgeTitle(worker)).toContain(
      "AliExpress's deadline to answer your written request has passed",
    );
    // A deadline already gone needs no alarm.
    expect(await alarmsOf(worker)).toEqual([]);
    // While the browser runs, only the day changes (storage does not): the deadline alarm is
    // what redraws the badge. A badge still drawn from before midnight, then the alarm fires.
    await worker.evaluate(() => chrome.action.setBadgeText({ text: '' }));
    expect(await badgeText(worker)).toBe('');
    await worker.evaluate(
      (name) => chrome.alarms.create(name, { when: Date.now() + 100 }),
      DEADLINE_ALARM,
    );
    await expect.poll(() => badgeText(worker), { timeout: 10_000 }).toBe('!');

    expect(await popup.textContent('[data-follow-up] .warning')).toContain('2026-02-28');
    const reminder = await popup.getAttribute('[data-action="open-reminder"]', 'href');
    const query = new URLSearchParams(new URL(reminder ?? 'mailto:x').search);
    expect(query.get('body')).toContain('On 2026-01-31 I sent you a request');
    expect(query.get('body')).toContain(NAME); // the form still holds what was typed
    expect(await popup.getAttribute('[data-authority="gdpr"]', 'href')).toBe(
      'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en',
    );
    // Each other place has its own authority.
    await storeSent(popup, '2026-01-31', 'ccpa');
    await popup.waitForSelector('[data-authority="ccpa"]');
    expect(await popup.getAttribute('[data-authority="ccpa"]', 'href')).toBe(
      'https://cppa.ca.gov/webapplications/complaint',
    );
    await storeSent(popup, '2026-01-31', 'gdpr');
    await popup.waitForSelector('[data-authority="gdpr"]');

    // "What I did" lists the request and its deadline, dates only.
    const entries = await popup.$$eval('[data-timeline="entries"] li', (items) =>
      items.map((item) => item.textContent ?? ''),
    );
    expect(entries).toEqual([
      '2026-01-31: sent a written request (GDPR Art. 17)',
      "2026-02-28: deadline for AliExpress's answer",
    ]);

    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(popup), scheme).toEqual([]);
      await saveScreenshot(popup, `popup-en-${scheme}-request-overdue`, { fullPage: true });
    }
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('forgets the request: the badge and the follow-up go', async () => {
    await popup.click('[data-action="forget-request"]');
    await popup.waitForSelector('[data-action="sent-request"]');
    await expect.poll(() => badgeText(worker)).toBe('');
    expect(await popup.$('[data-follow-up]')).toBeNull();
  });

  it('the form is empty when the popup opens again', async () => {
    await popup.reload();
    await popup.click('[data-section="request"]');
    await popup.waitForSelector('#panel-request:not([hidden]) [data-field="name"]');
    expect(await popup.inputValue('[data-field="name"]')).toBe('');
    expect(await popup.inputValue('[data-field="email"]')).toBe('');
  });

  it('is offered from "No email access" and "Questions"', async () => {
    for (const section of ['no-email', 'questions']) {
      await popup.click('[data-section="route"]');
      await popup.click(`[data-section="${section}"]`);
      await popup.click(`#panel-${section} [data-action="open-request"]`);
      await popup.waitForSelector('#panel-request:not([hidden])');
      await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('tab-request');
    }
  });
});
