import { describe, expect, it } from 'vitest';
import { firefoxBlock } from './harness/block';
import { waitInPage } from './harness/in-page';
import { saveScreenshot } from './harness/screenshots';

const NAME = 'Planted Fox Qz';
const EMAIL = 'planted.fox@example.invalid';

/** The popup page's own WebExtension API (Firefox MV2: `browserAction`), as far as read here. */
interface BrowserLike {
  browserAction: { getBadgeText(details: object): Promise<string> };
  alarms: { getAll(): Promise<{ name: string }[]> };
  storage: { local: { get(keys: null): Promise<object>; set(items: object): Promise<void> } };
}
declare const browser: BrowserLike;

/** Ask in writing in Firefox ESR: compose, mailto:, I sent it, the deadline passing. */
describe('Ask in writing (Firefox)', () => {
  const block = firefoxBlock();

  const badge = () => block.popup.evaluate(() => browser.browserAction.getBadgeText({}));

  it('composes the request and opens nothing: the mailto: link is read, not followed', async () => {
    const { popup } = block;
    await popup.click('[data-section="request"]');
    await popup.waitForSelector('#panel-request:not([hidden]) [data-field="name"]');
    await popup.select('[data-field="place"]', 'lgpd');
    await popup.type('[data-field="name"]', NAME);
    await popup.type('[data-field="email"]', EMAIL);
    await waitInPage(
      popup,
      (name) =>
        document.querySelector('[data-letter="request"]')?.textContent?.includes(name) ?? false,
      NAME,
      { what: 'the typed name in the letter' },
    );
    const href = await popup.$eval('[data-action="open-mail"]', (a) => a.getAttribute('href'));
    const url = new URL(href ?? '');
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('dataprotection.ae@aliexpress.com');
    const query = new URLSearchParams(url.search);
    // Only a subject and a body: no cc or bcc a mail app would add.
    expect([...query.keys()]).toEqual(['subject', 'body']);
    expect(query.get('subject')).toBe('Request to erase my personal data (LGPD Art. 18)');
    expect(query.get('body')).toContain('Article 18, items IV and VI');
    expect(query.get('body')).toContain(`Name: ${NAME}\r\nEmail address of the account: ${EMAIL}`);

    await popup.click('[data-action="sent-request"]');
    await popup.waitForSelector('[data-request-status="waiting"]');
    // LGPD: our own 15-day reminder (no statutory deadline could be sourced).
    const daysLeft = await popup.$eval('[data-days-left]', (p) => p.getAttribute('data-days-left'));
    expect(daysLeft).toBe('15');
    const stored = JSON.stringify(await popup.evaluate(() => browser.storage.local.get(null)));
    expect(stored).toContain('"law":"lgpd"');
    for (const part of [NAME, EMAIL, 'Planted', 'planted.fox', 'example.invalid']) {
      expect(stored).not.toContain(part);
    }
    const alarms = await popup.evaluate(() => browser.alarms.getAll());
    expect(alarms.map((alarm) => alarm.name)).toEqual(['aliexit-request-deadline']);
    expect(await badge()).toBe('');
  });

  it('past the deadline: the badge says so and the popup offers the follow-up', async () => {
    const { popup } = block;
    await popup.evaluate(() =>
      browser.storage.local.set({ writtenRequest: { sentOn: '2026-01-31', law: 'lgpd' } }),
    );
    await popup.waitForSelector('[data-request-status="overdue"] [data-follow-up]');
    for (let i = 0; i < 100 && (await badge()) !== '!'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await badge()).toBe('!');
    const authority = await popup.$eval('[data-authority="lgpd"]', (a) => a.getAttribute('href'));
    expect(authority).toMatch(/^https:\/\/www\.gov\.br\/anpd\//);
    const reminder = await popup.$eval('[data-action="open-reminder"]', (a) =>
      a.getAttribute('href'),
    );
    expect(new URLSearchParams(new URL(reminder ?? '').search).get('body')).toContain(
      'On 2026-01-31 I sent you a request',
    );
    await saveScreenshot(popup, 'firefox-popup-request-overdue', { fullPage: true });

    await popup.click('[data-action="forget-request"]');
    await popup.waitForSelector('[data-action="sent-request"]');
    for (let i = 0; i < 100 && (await badge()) !== ''; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await badge()).toBe('');
  });
});
