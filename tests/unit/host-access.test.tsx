import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HostAccess } from '../../components/popup/HostAccess';
import { createHostAccessModel, type HostAccessModel } from '../../core/site/host-access';
import { ALIEXPRESS_MATCHES } from '../../core/site/hosts';

/** The manifest's own host patterns: all the popup may ask for. */
const ALIEXPRESS = { origins: [...ALIEXPRESS_MATCHES] };

type PermissionsListener = Parameters<typeof fakeBrowser.permissions.onAdded.addListener>[0];

/** The fake browser has no permissions API: a stand-in whose grant the test controls. */
function stubPermissions(initiallyGranted: boolean) {
  let granted = initiallyGranted;
  const listeners = new Set<PermissionsListener>();
  const notify = () => listeners.forEach((listener) => listener(ALIEXPRESS));
  const permissions = fakeBrowser.permissions;
  const contains = vi.spyOn(permissions, 'contains').mockImplementation(async () => granted);
  const request = vi.spyOn(permissions, 'request').mockImplementation(async () => false);
  for (const event of [permissions.onAdded, permissions.onRemoved]) {
    vi.spyOn(event, 'addListener').mockImplementation((listener) => void listeners.add(listener));
    vi.spyOn(event, 'removeListener').mockImplementation(
      (listener) => void listeners.delete(listener),
    );
  }
  return {
    contains,
    request,
    listeners,
    /** The user answers the browser's prompt (true: allows). */
    answer(allow: boolean) {
      request.mockImplementation(async () => {
        granted ||= allow;
        if (allow) notify();
        return allow;
      });
    },
    /** The user changes the grant elsewhere (chrome://extensions, about:addons). */
    setElsewhere(value: boolean) {
      granted = value;
      notify();
    },
  };
}

/** Lets the fake browser's promises settle. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('access to AliExpress pages', () => {
  let root: HTMLElement;
  let disconnect: (() => void) | undefined;

  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });

  afterEach(() => {
    disconnect?.();
    render(null, root);
    root.remove();
    vi.restoreAllMocks();
  });

  async function showPopupPart(browserName: 'firefox' | 'chrome'): Promise<HostAccessModel> {
    const access = createHostAccessModel();
    disconnect = access.connect();
    render(<HostAccess access={access} browserName={browserName} />, root);
    await settle();
    return access;
  }

  const button = () => root.querySelector<HTMLButtonElement>('[data-action="grant-access"]');

  it('shows nothing when the browser already granted it', async () => {
    const permissions = stubPermissions(true);
    const access = await showPopupPart('chrome');
    expect(permissions.contains).toHaveBeenCalledWith(ALIEXPRESS);
    expect(access.state.value).toBe('granted');
    expect(root.textContent).toBe('');
  });

  it('explains what is missing and asks for the AliExpress sites only, in one click', async () => {
    const permissions = stubPermissions(false);
    permissions.answer(true);
    const access = await showPopupPart('chrome');
    expect(access.state.value).toBe('missing');
    expect(root.textContent).toContain('needs access to AliExpress pages');
    button()?.click();
    // Asked inside the click itself: Firefox refuses a request made after an await.
    expect(permissions.request).toHaveBeenCalledTimes(1);
    expect(permissions.request).toHaveBeenCalledWith(ALIEXPRESS);
    await settle();
    expect(access.state.value).toBe('justGranted');
    expect(button()).toBeNull();
    expect(root.textContent).toContain('Reload any AliExpress tab');
  });

  it('says so when the user turns the request down, and lets them ask again', async () => {
    const permissions = stubPermissions(false);
    permissions.answer(false);
    await showPopupPart('chrome');
    button()?.click();
    await settle();
    expect(root.querySelector('[data-host-access]')?.getAttribute('data-host-access')).toBe(
      'declined',
    );
    expect(root.textContent).toContain('Access was not given');
    expect(button()).not.toBeNull();
  });

  it('treats a request the browser refuses to show as not granted', async () => {
    const permissions = stubPermissions(false);
    permissions.request.mockRejectedValue(new Error('May only request from a user gesture'));
    const access = await showPopupPart('firefox');
    button()?.click();
    await settle();
    expect(access.state.value).toBe('declined');
  });

  it('follows a grant or a removal made outside the popup', async () => {
    const permissions = stubPermissions(true);
    const access = await showPopupPart('chrome');
    permissions.setElsewhere(false);
    await settle();
    expect(access.state.value).toBe('missing');
    expect(button()).not.toBeNull();
    permissions.setElsewhere(true);
    await settle();
    expect(access.state.value).toBe('granted');
    disconnect?.();
    expect(permissions.listeners.size).toBe(0);
  });

  it('gives testers of a temporary Firefox add-on the about:addons route', async () => {
    stubPermissions(false);
    await showPopupPart('firefox');
    expect(root.textContent).toContain('about:debugging');
    expect(root.textContent).toContain('about:addons → AliExit → Permissions');
  });

  it('points a Chrome user who limited site access to the Site access setting', async () => {
    stubPermissions(false);
    await showPopupPart('chrome');
    expect(root.textContent).toContain('Site access');
    expect(root.textContent).not.toContain('about:');
  });
});
