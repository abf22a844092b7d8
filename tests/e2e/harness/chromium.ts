import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { REPLICA_HOST_NAMES } from '../../replica/hosts';

/** The unpacked build that `npm run build` leaves, loaded as a user would load it. */
export const CHROME_BUILD = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The real host names the replica answers for: the extension's own match patterns apply. */
export const REPLICA_HOSTS = REPLICA_HOST_NAMES;

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  openPopup(): Promise<Page>;
  close(): Promise<void>;
}

interface LaunchOptions {
  readonly httpPort: number;
  readonly httpsPort: number;
  /** Load the built extension (false: the same browser without it). */
  readonly withExtension?: boolean;
  /** The unpacked extension to load instead of ours (the benchmark's peer). */
  readonly extensionDir?: string;
  readonly viewport?: { width: number; height: number };
  readonly colorScheme?: 'light' | 'dark';
  /** A profile folder to reuse (a browser restart); by default a fresh one, removed on close. */
  readonly profile?: string;
  /**
   * The browser's UI language (e.g. 'de', 'ar'): Chromium's --lang picks the extension's
   * _locales folder, the context locale sets navigator.language and Accept-Language.
   */
  readonly language?: string;
  /** Let tests inject scripts (axe-core) into pages whose CSP forbids inline scripts. */
  readonly bypassCSP?: boolean;
}

/** Headless Debian Chromium with the extension unpacked and AliExpress mapped to the replica. */
export async function launchChromium(options: LaunchOptions): Promise<ExtensionBrowser> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'aliexit-chromium-'));
  const withExtension = options.withExtension ?? true;
  const extension = options.extensionDir ?? CHROME_BUILD;
  const mapping = REPLICA_HOSTS.flatMap((host) => [
    `MAP ${host}:443 127.0.0.1:${options.httpsPort}`,
    `MAP ${host}:80 127.0.0.1:${options.httpPort}`,
  ]);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.language ?? 'en-US',
    bypassCSP: options.bypassCSP ?? false,
    args: [
      '--headless=new',
      `--lang=${options.language ?? 'en-US'}`,
      ...(withExtension
        ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`]
        : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--ignore-certificate-errors',
      `--host-resolver-rules=${[...mapping, 'EXCLUDE localhost'].join(', ')}`,
    ],
  });
  let extensionId = '';
  if (withExtension) {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    async openPopup() {
      const page = await context.newPage();
      await page.setViewportSize({ width: 360, height: 640 });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      await page.waitForSelector('[data-step-id]');
      return page;
    },
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
