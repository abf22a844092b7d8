import { describe, expect, it } from 'vitest';
import { expectHighlight } from './harness/contract';
import { saveScreenshot } from './harness/screenshots';
import { chromiumBlock } from './harness/block';
import { startGuideAt } from './harness/session';

/** The popup's "For testers" section, looking at a real page in Chromium. */
describe('the tester view', () => {
  const block = chromiumBlock({ eachTest: 'none' });

  it('shows what the extension sees on the active tab, and the report it would copy', async () => {
    const { session } = block;
    const { popup, browser } = session;
    await startGuideAt(popup, 'delete-account');
    const page = await browser.context.newPage();
    await page.goto('https://www.aliexpress.com/account/setting/index.html');
    await expectHighlight(page, 'delete-account');
    // The AliExpress page is the active tab; the popup (open in another tab) asks it.
    await page.bringToFront();
    await popup.click('[data-section="testers"] summary');
    const facts = await popup.locator('[data-testers="inspection"]').textContent();
    expect(facts).toContain('host: www.aliexpress.com');
    // The main content's kind first, then what sits around it.
    expect(facts).toContain('page kinds: settings, header');
    expect(facts).toContain('current step: delete-account');
    expect(facts).toMatch(/signals: name, role/);
    expect(facts).toMatch(/score: \d+ \(high\)/);
    expect(facts).toMatch(/detection: [\d.]+ ms/);
    const report = (await popup.locator('[data-testers="report"]').textContent()) ?? '';
    expect(report).toMatch(/^extension: \d+\.\d+\.\d+$/m);
    expect(report).toMatch(/^browser: Chrome \d+$/m);
    expect(report).toContain('a.account-setting--item  <- here');
    // Nothing of the page's words reaches the report.
    expect(report).not.toContain('Delete account');
    await popup.bringToFront();
    await popup.locator('[data-section="testers"]').scrollIntoViewIfNeeded();
    await saveScreenshot(popup, 'popup-testers');
  });
});
