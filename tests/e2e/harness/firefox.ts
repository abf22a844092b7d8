import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REPLICA_LANGUAGES, desktopHost } from '../../replica/hosts';
import { LOGIN_HOST, WWW_HOST } from '../../replica/render';

/** The unpacked Firefox build that `npm run build` leaves, installed as a temporary add-on. */
export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The add-on's internal host, fixed through a pref (Firefox otherwise draws a random one per
 * profile): the popup is then at a known moz-extension:// address.
 */
const EXTENSION_UUID = '0a11e417-5e1e-4c7e-9f1d-a11e417f1e0f';

/** The add-on's fixed id, as the build declares it (browser_specific_settings.gecko.id). */
export function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${FIREFOX_BUILD}/manifest.json has no gecko id`);
  return id;
}

export interface FirefoxWithExtension {
  readonly browser: Browser;
  /** https://www.aliexpress.com:<port>: the real host name, the replica's port. */
  readonly origin: string;
  openPopup(): Promise<Page>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Headless Debian Firefox ESR over WebDriver BiDi, the add-on installed as a tester installs it
 * (temporarily), and the AliExpress host names resolving to the replica on 127.0.0.1. Firefox
 * has no port mapping: URLs carry the replica's port, and the replica keeps it in its links.
 */
export async function launchFirefox(options: {
  readonly httpsPort: number;
}): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    // The replica's certificate is self-signed.
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      // The language hosts too (es.aliexpress.com…): the reworded walks go through them.
      'network.dns.localDomains': [
        WWW_HOST,
        LOGIN_HOST,
        ...REPLICA_LANGUAGES.map(desktopHost),
      ].join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: EXTENSION_UUID }),
    },
  });
  await browser.installExtension(FIREFOX_BUILD);

  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    return page;
  }

  return {
    browser,
    origin: `https://${WWW_HOST}:${options.httpsPort}`,
    newPage,
    async openPopup() {
      const page = await browser.newPage();
      await page.setViewport({ width: 360, height: 640 });
      // Firefox never reports this navigation as finished: do not wait for it, wait for the
      // checklist instead (and ignore the dangling promise's eventual "frame detached").
      page.goto(`moz-extension://${EXTENSION_UUID}/popup.html`).catch(() => undefined);
      await page.waitForSelector('[data-step-id]', { timeout: 15_000 });
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}
