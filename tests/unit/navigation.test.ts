import { describe, expect, it } from 'vitest';
import { continueTarget } from '../../core/navigation';
import { INITIAL_PROGRESS, complete, start } from '../../core/progress/state';

const started = start(INITIAL_PROGRESS);

describe('Continue', () => {
  it('opens the AliExpress home page to sign in when no tab is open', () => {
    expect(continueTarget(started, [])).toEqual({
      kind: 'open',
      url: 'https://www.aliexpress.com/',
    });
  });

  it('opens the settings page for the Delete account step, on the language host in use', () => {
    const progress = complete(started, 'settings');
    const tabs = [
      { id: 4, windowId: 1, url: 'https://fr.aliexpress.com/item/1.html', lastAccessed: 5 },
    ];
    expect(continueTarget(progress, tabs)).toEqual({
      kind: 'open',
      url: 'https://fr.aliexpress.com/account/setting/index.html',
    });
  });

  it('focuses a tab that already shows the page', () => {
    const progress = complete(started, 'settings');
    const tabs = [
      { id: 2, windowId: 1, url: 'https://www.aliexpress.com/account/setting/index.html?x=1' },
    ];
    expect(continueTarget(progress, tabs)).toEqual({ kind: 'focus', tabId: 2, windowId: 1 });
  });

  it('never opens a destructive page: later steps focus the latest AliExpress tab', () => {
    const progress = complete(started, 'delete-account');
    const tabs = [
      { id: 1, url: 'https://example.com/', lastAccessed: 9 },
      { id: 2, url: 'https://www.aliexpress.com/p/x', lastAccessed: 3 },
      { id: 3, url: 'https://www.aliexpress.com/p/y', lastAccessed: 7 },
    ];
    expect(continueTarget(progress, tabs)).toEqual({ kind: 'focus', tabId: 3 });
  });

  it('falls back to the settings page for later steps when no AliExpress tab is open', () => {
    const progress = complete(started, 'verification-method');
    expect(continueTarget(progress, [])).toEqual({
      kind: 'open',
      url: 'https://www.aliexpress.com/account/setting/index.html',
    });
  });

  it('continues on the shop, never on an account host where a shop path is nothing', () => {
    const progress = complete(started, 'settings');
    for (const host of ['privacy', 'home', 'my', 'render-accounts', 'login', 'passport']) {
      const tabs = [{ id: 1, url: `https://${host}.aliexpress.com/some/page`, lastAccessed: 1 }];
      expect(continueTarget(progress, tabs), host).toEqual({
        kind: 'open',
        url: 'https://www.aliexpress.com/account/setting/index.html',
      });
    }
    // The US store's sign-in leads back to the US store.
    const us = [{ id: 1, url: 'https://login.aliexpress.us/', lastAccessed: 1 }];
    expect(continueTarget(progress, us)).toEqual({
      kind: 'open',
      url: 'https://www.aliexpress.us/account/setting/index.html',
    });
  });

  it('does not take a plain-http tab for an AliExpress page', () => {
    const progress = complete(started, 'delete-account');
    const tabs = [{ id: 1, url: 'http://www.aliexpress.com/p/x', lastAccessed: 9 }];
    expect(continueTarget(progress, tabs)).toEqual({
      kind: 'open',
      url: 'https://www.aliexpress.com/account/setting/index.html',
    });
  });
});
