import { describe, expect, it } from 'vitest';
import { expectHighlight } from './harness/contract';
import { saveScreenshot } from './harness/screenshots';
import { chromiumBlock } from './harness/block';
import { startGuideAt } from './harness/session';

/**
 * Decoys in real Chromium (?replica_decoys=1: a coupon bar with Verify, a cookie dialog with
 * Manage settings and a Settings link, help-bot chips, product titles with the route's words):
 * the highlight lands on the route's own element, never on a look-alike.
 */
describe('decoys in Chromium', () => {
  const block = chromiumBlock({ eachTest: 'fresh-tab' });

  it('on the Spanish settings page, points at Eliminar cuenta, not the email subscriptions', async () => {
    const { popup, page } = block;
    await startGuideAt(popup, 'delete-account');
    await page.goto('https://es.aliexpress.com/account/setting/index.html?replica_decoys=1');
    await expectHighlight(page, 'delete-account');
    const marked = await page.getAttribute('[data-aliexit-target]', 'data-replica-target');
    expect(marked).toBe('delete-account');
    await saveScreenshot(page, 'decoys-settings-es');
  });

  it('after the code, points at the Verify under the boxes, not the coupon bar', async () => {
    const { popup, page } = block;
    await startGuideAt(popup, 'verification-code');
    await page.goto('https://www.aliexpress.com/p/account-delete/code?replica_decoys=1');
    await expectHighlight(page, 'verification-code');
    await page.click('[data-aliexit-target] input');
    await page.keyboard.type('123456', { delay: 20 });
    await expectHighlight(page, 'verification-code', 'verification-code:verify');
    const marked = await page.getAttribute('[data-aliexit-target]', 'data-replica-target');
    expect(marked).toBe('verification-code:verify');
    await saveScreenshot(page, 'decoys-code-verify');
  });
});
