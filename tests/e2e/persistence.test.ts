import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplica } from '../replica/server';
import { launchChromium } from './harness/chromium';
import { expectCurrentInPopup, expectHighlight, readChecklist } from './harness/contract';

describe('progress across tabs and restarts', () => {
  let replica: Awaited<ReturnType<typeof startReplica>>;
  const profile = mkdtempSync(join(tmpdir(), 'aliexit-profile-'));

  beforeAll(async () => {
    replica = await startReplica();
  });

  afterAll(async () => {
    await replica?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  const launch = () =>
    launchChromium({ httpPort: replica.httpPort, httpsPort: replica.httpsPort, profile });

  it('is shared by every tab and survives a browser restart', async () => {
    const first = await launch();
    await first.context.addCookies([
      { name: 'replica_session', value: '1', domain: '.aliexpress.com', path: '/' },
    ]);
    const popup = await first.openPopup();
    await popup.click('[data-action="start"]');
    const one = await first.context.newPage();
    const two = await first.context.newPage();
    await one.goto('https://www.aliexpress.com/');
    await two.goto('https://www.aliexpress.com/p/account/index.html');
    // Tab two is the account page: that completes "account" for every tab.
    await expectHighlight(two, 'settings');
    await expectCurrentInPopup(popup, 'settings');
    // Tab one, on the home page, now leads back through the menu to Settings.
    await one.bringToFront();
    await expectHighlight(one, 'account');
    const before = await readChecklist(popup);
    await first.close();

    const second = await launch();
    const reopened = await second.openPopup();
    expect(await readChecklist(reopened)).toEqual(before);
    expect(before).toMatchObject({ 'sign-in': 'done', account: 'done', settings: 'current' });
    await second.close();
  });
});
