import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_MODULE_PATH } from '../../core/loader/guide-module';
import { ACTIONABLE_STEPS } from '../../core/progress/state';
import { ROUTE } from '../../core/steps/route';
import { startReplica } from '../replica/server';
import {
  expectCurrentInPopup,
  expectHighlight,
  readChecklist,
  readMarked,
} from './harness/contract';
import { launchFirefox, geckoId, type FirefoxWithExtension } from './harness/firefox';
import { evaluateIn, waitInPage, type BrowserPage } from './harness/in-page';
import { openSession, type Session } from './harness/session';

/**
 * The page plays against the guide . AliExpress owns the page: its scripts, and any
 * third-party script it loads, can click the card's buttons through the open shadow root,
 * dispatch keys, listen on the document and dispatch events of their own. None of it may change
 * progress or visibility, tell the page that AliExit is installed, or switch the guide off.
 * Everything a "page script" does here runs in the page's own world (`evaluate`).
 */

const [FIRST, SECOND] = ROUTE;
if (!FIRST || !SECOND) throw new Error('the route has fewer than two steps');

/** Every event a page can hear on its window and document while the guide is idle. */
function listenToEverything(): void {
  const heard: { type: string; custom: boolean; target: string }[] = [];
  Object.assign(window, { __heard: heard });
  const types = new Set<string>(['message', 'DOMContentLoaded']);
  for (let proto: object | null = window; proto; proto = Object.getPrototypeOf(proto) as object) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name.startsWith('on')) types.add(name.slice(2));
    }
  }
  for (let proto: object | null = document; proto; proto = Object.getPrototypeOf(proto) as object) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name.startsWith('on')) types.add(name.slice(2));
    }
  }
  // WXT's names for its own events, as any page can build them from a known extension id.
  const ids = (window as { __extensionIds?: string[] }).__extensionIds ?? [];
  for (const id of ids) {
    for (const name of ['wxt:content-script-started', 'wxt:locationchange']) {
      types.add(`${id}:content:${name}`);
    }
  }
  for (const target of [window, document] as const) {
    for (const type of types) {
      target.addEventListener(
        type,
        (event) =>
          heard.push({
            type: event.type,
            custom: event instanceof CustomEvent,
            target: target === window ? 'window' : 'document',
          }),
        true,
      );
    }
  }
}

/** What the page heard that could only come from AliExit: a custom event, a message, a name. */
async function suspicious(page: BrowserPage, ids: readonly string[]): Promise<unknown[]> {
  const heard = await evaluateIn(
    page,
    () => (window as { __heard?: { type: string; custom: boolean; target: string }[] }).__heard,
    undefined,
  );
  expect(heard, 'the page listener ran').toBeDefined();
  return (heard ?? []).filter(
    (event) =>
      event.custom ||
      event.type === 'message' ||
      /wxt|aliexit/i.test(event.type) ||
      ids.some((id) => event.type.includes(id)),
  );
}

/** The page clicks the card's "I did this" through the open shadow root, as often as it likes. */
async function forgeDidThis(page: BrowserPage, times: number): Promise<number> {
  return evaluateIn(
    page,
    (count) => {
      let clicked = 0;
      for (let i = 0; i < count; i++) {
        const button = document
          .querySelector('aliexit-overlay')
          ?.shadowRoot?.querySelector<HTMLElement>('[data-action="did-this"]');
        if (!button) break;
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        clicked++;
      }
      return clicked;
    },
    times,
  );
}

/** The page presses Escape in the card, and on the card's "Hide" button, and clicks "Hide". */
async function forgeHide(page: BrowserPage): Promise<boolean> {
  return evaluateIn(
    page,
    () => {
      const root = document.querySelector('aliexit-overlay')?.shadowRoot;
      const card = root?.querySelector<HTMLElement>('.card');
      const hide = root?.querySelector<HTMLElement>('[data-action="hide"]');
      if (!card || !hide) return false;
      const escape = { key: 'Escape', code: 'Escape', bubbles: true, composed: true };
      hide.focus();
      hide.dispatchEvent(new KeyboardEvent('keydown', escape));
      card.dispatchEvent(new KeyboardEvent('keydown', escape));
      document.dispatchEvent(new KeyboardEvent('keydown', escape));
      hide.click();
      return true;
    },
    undefined,
  );
}

/** The page dispatches WXT's "a newer content script started" event, in both of its forms. */
async function forgeScriptStarted(page: BrowserPage, ids: readonly string[]): Promise<void> {
  await evaluateIn(
    page,
    (extensionIds) => {
      for (const id of extensionIds) {
        const type = `${id}:content:wxt:content-script-started`;
        const detail = { contentScriptName: 'content', messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, ...detail }, '*');
      }
    },
    [...ids],
  );
}

/** The page tries to load the guide module from the extension's fixed address. */
async function pageFetches(page: BrowserPage, url: string): Promise<string> {
  return evaluateIn<Promise<string>, string>(
    page,
    (address) =>
      fetch(address).then(
        (response) => `status ${response.status}`,
        () => 'refused',
      ),
    url,
  );
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 800));

/** The card is still drawn, and the highlight still on the first step. */
async function expectGuideOn(page: BrowserPage, step: string): Promise<void> {
  await expectHighlight(page, step);
  expect(await readMarked(page)).toMatchObject({ overlays: 1 });
}

describe('a page script plays against the guide, in Chromium', () => {
  let session: Session;
  let page: PlaywrightPage;
  let ids: string[];

  beforeAll(async () => {
    session = await openSession();
    ids = [session.browser.extensionId];
    page = await session.browser.context.newPage();
    await page.addInitScript((extensionIds) => {
      Object.assign(window, { __extensionIds: extensionIds });
    }, ids);
    await page.addInitScript(listenToEverything);
  });

  afterAll(async () => session?.close());

  /** A fresh load of the first step's page: a new content script, the guide on. */
  const reload = async () => {
    await page.goto('https://www.aliexpress.com/');
    await expectGuideOn(page, FIRST.id);
  };

  it('hears nothing from AliExit while the guide is idle', async () => {
    await page.goto('https://www.aliexpress.com/');
    await page.waitForSelector('[class*="my-account--menuItem--"]');
    await settle();
    expect(await readMarked(page)).toMatchObject({ count: 0, overlays: 0 });
    expect(await suspicious(page, ids)).toEqual([]);
  });

  it("cannot load the guide module from the extension's fixed address", async () => {
    const url = `chrome-extension://${session.browser.extensionId}${GUIDE_MODULE_PATH}`;
    expect(await pageFetches(page, url)).toBe('refused');
  });

  it('a forged "newer script started" while idle does not switch the guide off', async () => {
    await forgeScriptStarted(page, ids);
    await session.popup.click('[data-action="start"]');
    await page.bringToFront();
    await expectGuideOn(page, FIRST.id);
  });

  it('a forged "newer script started" while the guide runs changes nothing', async () => {
    await reload();
    await forgeScriptStarted(page, ids);
    await settle();
    await expectGuideOn(page, FIRST.id);
  });

  it('forged clicks on "I did this" and a forged Escape change nothing', async () => {
    await reload();
    expect(await forgeDidThis(page, ACTIONABLE_STEPS)).toBe(ACTIONABLE_STEPS);
    expect(await forgeHide(page)).toBe(true);
    await settle();
    await expectCurrentInPopup(session.popup, FIRST.id);
    expect(Object.values(await readChecklist(session.popup))).not.toContain('done');
    await expectGuideOn(page, FIRST.id);
    expect(await session.popup.isChecked('[data-action="toggle-highlights"]')).toBe(true);
  });

  it('the user\'s own click on "I did this" and own Escape still work', async () => {
    await session.popup.click('[data-action="reset"]');
    await session.popup.click('[data-action="start"]');
    await reload();
    await page.click('aliexit-overlay [data-action="did-this"]');
    await expectCurrentInPopup(session.popup, SECOND.id);
    expect((await readChecklist(session.popup))[FIRST.id]).toBe('done');
    await page.focus('aliexit-overlay [data-action="hide"]');
    await page.keyboard.press('Escape');
    await waitInPage(page, () => !document.querySelector('aliexit-overlay'), undefined, {
      what: 'the overlay to go',
    });
    await expect
      .poll(() => session.popup.isChecked('[data-action="toggle-highlights"]'))
      .toBe(false);
  });
});

describe('a page script plays against the guide, in Firefox', () => {
  let replica: Awaited<ReturnType<typeof startReplica>>;
  let firefox: FirefoxWithExtension;
  let page: PuppeteerPage;
  let popup: PuppeteerPage;
  let ids: string[];

  beforeAll(async () => {
    replica = await startReplica();
    firefox = await launchFirefox({ httpsPort: replica.httpsPort });
    ids = [geckoId()];
    popup = await firefox.openPopup();
    page = await firefox.newPage();
    await page.evaluateOnNewDocument((extensionIds: string[]) => {
      Object.assign(window, { __extensionIds: extensionIds });
    }, ids);
    await page.evaluateOnNewDocument(listenToEverything);
  });

  afterAll(async () => {
    await firefox?.close();
    await replica?.close();
  });

  const highlightsShown = () =>
    popup.$eval(
      '[data-action="toggle-highlights"]',
      (input) => (input as HTMLInputElement).checked,
    );

  const reload = async () => {
    await page.goto(`${firefox.origin}/`);
    await expectGuideOn(page, FIRST.id);
  };

  it('hears nothing from AliExit while the guide is idle', async () => {
    await page.goto(`${firefox.origin}/`);
    await page.waitForSelector('[class*="my-account--menuItem--"]', { timeout: 10_000 });
    await settle();
    expect(await readMarked(page)).toMatchObject({ count: 0, overlays: 0 });
    expect(await suspicious(page, ids)).toEqual([]);
  });

  it("cannot load the guide module, even knowing the add-on's UUID", async () => {
    const extensionOrigin = await popup.evaluate(() => location.origin);
    expect(extensionOrigin).toMatch(/^moz-extension:\/\//);
    expect(await pageFetches(page, `${extensionOrigin}${GUIDE_MODULE_PATH}`)).toBe('refused');
  });

  it('a forged "newer script started" while idle does not switch the guide off', async () => {
    await forgeScriptStarted(page, ids);
    await popup.bringToFront();
    await popup.click('[data-action="start"]');
    await page.bringToFront();
    await expectGuideOn(page, FIRST.id);
  });

  it('a forged "newer script started" while the guide runs changes nothing', async () => {
    await reload();
    await forgeScriptStarted(page, ids);
    await settle();
    await expectGuideOn(page, FIRST.id);
  });

  it('forged clicks on "I did this" and a forged Escape change nothing', async () => {
    await reload();
    expect(await forgeDidThis(page, ACTIONABLE_STEPS)).toBe(ACTIONABLE_STEPS);
    expect(await forgeHide(page)).toBe(true);
    await settle();
    await expectCurrentInPopup(popup, FIRST.id);
    expect(Object.values(await readChecklist(popup))).not.toContain('done');
    await expectGuideOn(page, FIRST.id);
    expect(await highlightsShown()).toBe(true);
  });

  it('the user\'s own click on "I did this" and own Escape still work', async () => {
    await popup.bringToFront();
    await popup.click('[data-action="reset"]');
    await popup.waitForSelector('[data-action="start"]');
    await popup.click('[data-action="start"]');
    await page.bringToFront();
    await reload();
    await page.click('pierce/[data-action="did-this"]');
    await expectCurrentInPopup(popup, SECOND.id);
    expect((await readChecklist(popup))[FIRST.id]).toBe('done');
    await page.focus('pierce/[data-action="hide"]');
    await page.keyboard.press('Escape');
    await waitInPage(page, () => !document.querySelector('aliexit-overlay'), undefined, {
      what: 'the overlay to go',
    });
    await expect.poll(highlightsShown).toBe(false);
  });
});
