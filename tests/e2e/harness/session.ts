import type { Page } from 'playwright-core';
import { startReplica } from '../../replica/server';
import { launchChromium, type ExtensionBrowser } from './chromium';

export interface Session {
  readonly browser: ExtensionBrowser;
  readonly popup: Page;
  readonly replica: Awaited<ReturnType<typeof startReplica>>;
  /** Signs the replica in, as the login form would (the cookie the replica's server sets). */
  signIn(): Promise<void>;
  close(): Promise<void>;
}

/** The replica served locally, Chromium with the extension, and the popup open in a tab. */
export async function openSession(
  options: Partial<Parameters<typeof launchChromium>[0]> = {},
): Promise<Session> {
  const replica = await startReplica();
  const browser = await launchChromium({
    ...options,
    httpPort: replica.httpPort,
    httpsPort: replica.httpsPort,
  });
  const popup = await browser.openPopup();
  return {
    browser,
    popup,
    replica,
    async signIn() {
      await browser.context.addCookies([
        { name: 'replica_session', value: '1', domain: '.aliexpress.com', path: '/' },
      ]);
    },
    async close() {
      await browser.close();
      await replica.close();
    },
  };
}
