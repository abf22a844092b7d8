/**
 * The set-up most e2e files share, registered as the hooks of the calling `describe`: one browser
 * with the extension for the whole block (closed after it), signed in to the replica, and a fresh
 * start before each test. Call it at the top of a `describe`; read its fields inside the tests
 * (they exist once the block's `beforeAll` has run).
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startReplica } from '../../replica/server';
import { launchFirefox, type FirefoxWithExtension } from './firefox';
import { openSession, type Session } from './session';

/** What a Chromium block's tests read. */
export interface ChromiumBlock {
  readonly session: Session;
  readonly popup: PlaywrightPage;
  /** A new tab opened for the current test (with `eachTest: 'fresh-tab'`). */
  readonly page: PlaywrightPage;
}

export interface ChromiumBlockOptions {
  /** Chromium's launch options (a UI language, `bypassCSP` for axe). */
  readonly launch?: Parameters<typeof openSession>[0];
  /**
   * Before each test: `reset`, the popup's route section shown, the guide reset and every
   * other tab closed; `fresh-tab`, the same and a new tab for the test; `none`, nothing (the
   * file has its own).
   */
  readonly eachTest?: 'reset' | 'fresh-tab' | 'none';
}

/** The replica and Chromium with the extension for the block, signed in as the login form would. */
export function chromiumBlock(options: ChromiumBlockOptions = {}): ChromiumBlock {
  let session: Session | undefined;
  let page: PlaywrightPage | undefined;
  const eachTest = options.eachTest ?? 'reset';

  beforeAll(async () => {
    session = await openSession(options.launch);
    await session.signIn();
  });
  afterAll(async () => session?.close());
  if (eachTest !== 'none') {
    beforeEach(async () => {
      const open = ready(session, 'session');
      await backToTheStart(open);
      if (eachTest === 'fresh-tab') page = await open.browser.context.newPage();
    });
  }

  return {
    get session() {
      return ready(session, 'session');
    },
    get popup() {
      return ready(session, 'session').popup;
    },
    get page() {
      return ready(page, "page (the block's eachTest is not 'fresh-tab')");
    },
  };
}

/** The guide reset from the popup's route section and every tab but the popup closed. */
export async function backToTheStart(session: Session): Promise<void> {
  const { popup } = session;
  for (const open of session.browser.context.pages()) if (open !== popup) await open.close();
  await popup.bringToFront();
  await popup.click('[role="tab"][data-section="route"]');
  await popup.click('[data-action="reset"]');
  await popup.waitForSelector('[data-action="start"]');
}

/** What a Firefox block's tests read. */
export interface FirefoxBlock {
  readonly replica: Awaited<ReturnType<typeof startReplica>>;
  readonly firefox: FirefoxWithExtension;
  readonly popup: PuppeteerPage;
  /** One tab for the whole block (with `page: true`). */
  readonly page: PuppeteerPage;
}

export interface FirefoxBlockOptions {
  /** Open one tab beside the popup for the block's tests. */
  readonly page?: boolean;
  /** Sign in through the replica's own two-screen login (email, Continue, password) first. */
  readonly signIn?: boolean;
}

/** The replica and Firefox ESR with the add-on for the block, its popup open in a tab. */
export function firefoxBlock(options: FirefoxBlockOptions = {}): FirefoxBlock {
  let replica: FirefoxBlock['replica'] | undefined;
  let firefox: FirefoxWithExtension | undefined;
  let popup: PuppeteerPage | undefined;
  let page: PuppeteerPage | undefined;

  beforeAll(async () => {
    replica = await startReplica();
    firefox = await launchFirefox({ httpsPort: replica.httpsPort });
    popup = await firefox.openPopup();
    if (options.signIn) await signInThroughTheForm(firefox);
    if (options.page) page = await firefox.newPage();
  });
  afterAll(async () => {
    await firefox?.close();
    await replica?.close();
  });

  return {
    get replica() {
      return ready(replica, 'replica');
    },
    get firefox() {
      return ready(firefox, 'firefox');
    },
    get popup() {
      return ready(popup, 'popup');
    },
    get page() {
      return ready(page, 'page (the block has no page: true)');
    },
  };
}

/** The replica's two-screen login, as a user signs in: the email, Continue, the password. */
async function signInThroughTheForm(firefox: FirefoxWithExtension): Promise<void> {
  const login = await firefox.newPage();
  await login.goto(`${firefox.origin}/account/setting/index.html`);
  await login.waitForSelector('#fm-login-id');
  await login.type('#fm-login-id', 'shopper@example.com');
  await login.click('button[aria-label="Continue"]');
  await login.waitForSelector('#fm-login-password');
  await login.type('#fm-login-password', 'not-a-real-password');
  await Promise.all([login.waitForNavigation(), login.click('button[class*="login--signin--"]')]);
  await login.close();
}

/** The value a hook set, or a clear error for a test that reads it outside the block. */
function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`e2e block: no ${what} yet (read it inside a test)`);
  return value;
}
