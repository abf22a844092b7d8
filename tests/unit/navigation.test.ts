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
});
