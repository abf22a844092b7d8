import type { Page } from 'playwright-core';
import { startReplica } from '../../replica/server';
import { launchChromium, type ExtensionBrowser } from './chromium';
import { expectCurrentInPopup, readChecklist } from './contract';

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

/** Start, then mark steps done from the popup ("I did this") until `step` is the current one. */
export async function startGuideAt(popup: Page, step: string): Promise<void> {
  await popup.click('[data-action="start"]');
  await expectCurrentInPopup(popup, 'sign-in');
  const order = Object.keys(await readChecklist(popup));
  for (const id of order.slice(0, order.indexOf(step))) {
    await popup.click('[data-action="did-this"]');
    await popup.waitForSelector(`[data-step-id="${id}"][data-status="done"]`);
  }
  await expectCurrentInPopup(popup, step);
}

/** The on-page card's text, or null when no card is drawn. */
export async function readCard(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document.querySelector('aliexit-overlay')?.shadowRoot?.querySelector('.card')?.textContent ??
      null,
  );
}
