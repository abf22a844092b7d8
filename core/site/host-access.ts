import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { ALIEXPRESS_MATCHES } from './hosts';

/**
 * Access to AliExpress pages: without it the content script never runs and the guide cannot
 * point at anything. A Firefox MV2 install grants it with the add-on, but a Chrome user can
 * restrict the extension's site access, and Firefox (MV3, and add-ons some testers load
 * temporarily) may start without it. The popup checks, and asks in one click.
 */
const ALIEXPRESS_ACCESS = { origins: [...ALIEXPRESS_MATCHES] };

/**
 * `checking` until the browser answers; `missing` when not (or no longer) granted; `declined`
 * when the user turned the request down; `granted` (`justGranted` once granted from the popup,
 * while the popup stays open: tabs already open need a reload to get the guide).
 */
export type HostAccess = 'checking' | 'granted' | 'justGranted' | 'missing' | 'declined';

export function hasHostAccess(): Promise<boolean> {
  return browser.permissions.contains(ALIEXPRESS_ACCESS);
}

/**
 * Asks for access. Call it straight from a click handler, with no await before it: Firefox
 * refuses a permission request made outside a user action.
 */
export async function requestHostAccess(): Promise<boolean> {
  try {
    return await browser.permissions.request(ALIEXPRESS_ACCESS);
  } catch {
    // Refused without asking (no user action, or a browser that cannot ask): not granted.
    return false;
  }
}

/** Host access as a signal for the popup, following grants and removals made elsewhere. */
export function createHostAccessModel() {
  const state = signal<HostAccess>('checking');
  const recheck = () =>
    hasHostAccess().then(
      (granted) => {
        if (granted) {
          if (state.peek() !== 'justGranted') state.value = 'granted';
        } else if (state.peek() !== 'declined') state.value = 'missing';
      },
      // A browser without the permissions API: the manifest's grant is all there is.
      () => {
        state.value = 'granted';
      },
    );

  return {
    state,
    /** Reads the current grant and follows changes; returns the unsubscribe. */
    connect(): () => void {
      const onChange = () => void recheck();
      browser.permissions.onAdded.addListener(onChange);
      browser.permissions.onRemoved.addListener(onChange);
      void recheck();
      return () => {
        browser.permissions.onAdded.removeListener(onChange);
        browser.permissions.onRemoved.removeListener(onChange);
      };
    },
    /** The click handler of the popup's "Allow" button (see requestHostAccess). */
    request(): Promise<void> {
      return requestHostAccess().then((granted) => {
        state.value = granted ? 'justGranted' : 'declined';
      });
    },
  };
}

export type HostAccessModel = ReturnType<typeof createHostAccessModel>;
