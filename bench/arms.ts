import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { PROGRESS_KEY, PROGRESS_VERSION } from '../core/progress/key';
import { INITIAL_PROGRESS, start, type Progress } from '../core/progress/state';
import { AFTER_ACTION_MS } from '../core/guide/page-watch';
import { INTRUDING } from '../core/locate/regions';
import { traceExtensionScript } from './extension-trace';
import { measureWindow, type WindowMetrics } from './page-metrics';
import { insertionTrials, popupPaint, react, removeHeader, routeTrials } from './trials';

/**
 * Who is in the browser: nobody, AliExit, the peer (DuckDuckGo autoconsent), or the floor: no
 * extension, but the page watched as the guide once watched it (a MutationObserver over the
 * whole document for elements and texts) by an observer that does nothing with what it hears.
 * `partitioned`: the floor of the guide as it watches now, not hearing the insides of product
 * cards (core/guide/partition.ts); looser than the guide (every intrusion unheard, not only those
 * in a row holding no region), so a little below what the guide can reach.
 */
export type Arm = 'none' | 'aliexit' | 'peer' | 'floor' | 'partitioned' | 'baseline';

/** The arms with no extension in the browser. */
const isBare = (arm: Arm): boolean => arm === 'none' || arm === 'floor' || arm === 'partitioned';

/**
 * AliExit's own arms: the build under test and, when BENCH_BASELINE names another build (say,
 * main's), that one, measured the same way in the same rounds: a before/after pair on one run.
 */
export const isAliExit = (arm: Arm): boolean => arm === 'aliexit' || arm === 'baseline';

/** The floor's observer, installed in the page itself (main world) before its scripts run. */
const FLOOR_OBSERVER = `document.addEventListener('DOMContentLoaded', () => {
  new MutationObserver(() => {}).observe(document.documentElement, {
    childList: true, subtree: true, characterData: true,
  });
});`;

/**
 * The partitioned floor's observer (main world): every element that holds an intrusion is
 * watched for its own children only, each intrusion not at all, everything else whole; an
 * element added where only children are watched is placed the same way. It does nothing else.
 */
const PARTITIONED_OBSERVER = `document.addEventListener('DOMContentLoaded', () => {
  const intruding = ${JSON.stringify(INTRUDING)};
  const partial = new WeakSet();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type !== 'childList' || !partial.has(record.target)) continue;
      for (const node of record.addedNodes) if (node.nodeType === 1) place(node);
    }
  });
  const place = (element) => {
    if (element.matches(intruding)) return;
    if (!element.querySelector(intruding)) {
      observer.observe(element, { childList: true, subtree: true, characterData: true });
      return;
    }
    partial.add(element);
    observer.observe(element, { childList: true });
    for (const child of element.children) place(child);
  };
  place(document.documentElement);
});`;

export interface BenchConfig {
  readonly httpPort: number;
  readonly httpsPort: number;
  readonly windowMs: number;
  readonly warmupMs: number;
  readonly insertionTrials: number;
  readonly labelsTrials: number;
  readonly routeTrials: number;
  readonly popupTrials: number;
  readonly loadTrials: number;
  readonly peerDir: string;
  /** Another build of AliExit to measure beside this one (the 'baseline' arm). */
  readonly baselineDir?: string;
}

/**
 * What one fresh browser measured. Windows are taken in the same order in every arm, so that
 * window k of one arm pairs with window k of another in the same round:
 *   quiet     the feed without a header, guide not started (or no extension);
 *   searching the same page; AliExit's guide running with nothing to point at;
 *   scrolling the feed with its header, scrolling; AliExit highlighting the header's item.
 */
export interface ArmRun {
  readonly quiet: WindowMetrics;
  readonly searching?: WindowMetrics;
  readonly scrolling?: WindowMetrics;
  readonly insertion?: number[];
  readonly route?: number[];
  readonly popup?: number[];
  /** Per page load (guide not started): ms of the extension's own script, from a trace. */
  readonly load?: number[];
  /** The extension's own script, ms per second of page time, from a trace. Guide not started: */
  readonly ownIdle?: number;
  /** … and with the guide running. */
  readonly ownSearching?: number;
  readonly ownScrolling?: number;
  /**
   * … and highlighting on the scrolling page once the arrival's whole-page watch is over
   * (AFTER_ACTION_MS after the page opened): the settled state. ownScrolling is the arrival.
   */
  readonly ownScrollingSettled?: number;
  /** On the pathological page (LABELS_PAGE): header inserted → its account item marked. */
  readonly labelsInsertion?: number[];
  /** … and the extension's own script for each such insertion, up to the mark (trace), ms. */
  readonly labelsOwn?: number[];
}

/** The extension's content scripts, by path: ours (the loader and the guide module), the peer's. */
const OUR_SCRIPTS = (path: string) => path.startsWith('/content-scripts/');
const PEER_SCRIPTS = (path: string) => path === '/content.bundle.js';

export const FEED = 'https://www.aliexpress.com/p/bench/feed.html';
export const BARE_FEED = `${FEED}?header=off`;
export const SCROLLING_FEED = `${FEED}?scroll=on`;
/** 10,000 elements, 2,000 short texts that fit the "Account" label; no churn. */
export const LABELS_PAGE = 'https://www.aliexpress.com/p/bench/labels.html?header=off';
const DELETION_APP = 'https://www.aliexpress.com/p/account-delete/index.html?replica_delay=0';

export const RUNNING = start(INITIAL_PROGRESS);
/** The replica's signed-in session (tests/replica/server.ts). */
const SESSION_COOKIE = {
  name: 'replica_session',
  value: '1',
  domain: '.aliexpress.com',
  path: '/',
};
/** At the second step: the header's account item, a target with no region to search in. */
const AT_ACCOUNT: Progress = { ...RUNNING, outcomes: { 'sign-in': 'done' } };
/**
 * Past the first destructive step (done by the user), at the security check: the app's route
 * changes between it (its method option lights up) and the explainer (the way back lights up).
 * At the explainer step itself, the route's move to the security check would not move the guide
 * on: a destructive step completes only on the user's own press.
 */
const AT_VERIFICATION_METHOD: Progress = {
  ...RUNNING,
  outcomes: {
    'sign-in': 'done',
    account: 'done',
    settings: 'done',
    'delete-account': 'done',
    'delete-your-account': 'done',
  },
};

export async function runArm(arm: Arm, config: BenchConfig): Promise<ArmRun> {
  const browser = await launchChromium({
    httpPort: config.httpPort,
    httpsPort: config.httpsPort,
    withExtension: !isBare(arm),
    ...(arm === 'peer' ? { extensionDir: config.peerDir } : {}),
    ...(arm === 'baseline' && config.baselineDir ? { extensionDir: config.baselineDir } : {}),
  });
  try {
    const page = await browser.context.newPage();
    if (arm === 'floor') await page.addInitScript({ content: FLOOR_OBSERVER });
    if (arm === 'partitioned') await page.addInitScript({ content: PARTITIONED_OBSERVER });
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    // Warm-up, discarded: first navigation, caches, the extension's first start.
    await open(page, BARE_FEED);
    await page.waitForTimeout(config.warmupMs);

    await open(page, BARE_FEED);
    const quiet = await measureWindow(page, cdp, config.windowMs);
    const scripts = arm === 'peer' ? PEER_SCRIPTS : OUR_SCRIPTS;
    const withExtension = !isBare(arm);
    const ownIdle = withExtension
      ? await ownScriptPerSecond(page, cdp, config.windowMs, scripts)
      : undefined;
    const load = withExtension
      ? await loadTrials(page, cdp, scripts, config.loadTrials)
      : undefined;
    const traced = {
      ...(ownIdle === undefined ? {} : { ownIdle }),
      ...(load ? { load } : {}),
    };
    if (arm === 'peer' || arm === 'floor' || arm === 'partitioned') return { quiet, ...traced };

    const ours = isAliExit(arm);
    if (ours) await setProgress(browser.context, RUNNING);
    await open(page, BARE_FEED);
    if (ours) await page.waitForSelector('aliexit-overlay', { state: 'attached' });
    const searching = await measureWindow(page, cdp, config.windowMs);
    const ownSearching = ours ? await ownScriptPerSecond(page, cdp, config.windowMs) : undefined;

    await open(page, SCROLLING_FEED);
    const opened = Date.now();
    if (ours) await page.waitForSelector('[data-aliexit-target="sign-in"]');
    // Both within the arrival's whole-page watch (a page answers its arrival anywhere).
    const scrolling = await measureWindow(page, cdp, config.windowMs);
    if (arm === 'none') return { quiet, searching, scrolling };
    const ownScrolling = await ownScriptPerSecond(page, cdp, config.windowMs);
    // Past it, with a margin for the look that lets the whole page go.
    await page.waitForTimeout(Math.max(0, opened + AFTER_ACTION_MS + 1000 - Date.now()));
    const ownScrollingSettled = await ownScriptPerSecond(page, cdp, config.windowMs);

    await open(page, BARE_FEED);
    await page.waitForSelector('aliexit-overlay', { state: 'attached' });
    const insertion = await insertionTrials(page, config.insertionTrials);

    // Signed in: the header's account item is the target, looked for among the 2,000 texts
    // that fit its label. (Signed out, the page's many "Account" texts are the route's marks:
    // the guide then says what to look for and leads back to sign-in through no detour.)
    await browser.context.addCookies([SESSION_COOKIE]);
    await setProgress(browser.context, AT_ACCOUNT);
    await page.goto(LABELS_PAGE);
    await page.waitForSelector('aliexit-overlay', { state: 'attached' });
    await page.waitForTimeout(500);
    // Each insertion traced alone, up to the mark (the header's removal between trials is not).
    const labelsInsertion: number[] = [];
    const labelsOwn: number[] = [];
    for (let i = 0; i < config.labelsTrials; i++) {
      labelsOwn.push(
        await traceExtensionScript(cdp, OUR_SCRIPTS, async () => {
          labelsInsertion.push(await react(page, 'insert-header', 'account'));
        }),
      );
      await page.waitForTimeout(60);
      await removeHeader(page);
      await page.waitForTimeout(60);
    }

    await setProgress(browser.context, AT_VERIFICATION_METHOD);
    await page.goto(DELETION_APP);
    await page.waitForSelector('[data-aliexit-target="delete-your-account"]');
    const route = await routeTrials(page, config.routeTrials);

    const popup: number[] = [];
    const popupPage = await browser.context.newPage();
    await popupPage.setViewportSize({ width: 360, height: 640 });
    for (let i = 0; i < config.popupTrials; i++) {
      popup.push(
        await popupPaint(popupPage, `chrome-extension://${browser.extensionId}/popup.html`),
      );
    }
    return {
      quiet,
      searching,
      scrolling,
      insertion,
      route,
      popup,
      ...traced,
      ...(ownSearching === undefined ? {} : { ownSearching }),
      ownScrolling,
      ownScrollingSettled,
      labelsInsertion,
      labelsOwn,
    };
  } finally {
    await browser.close();
  }
}

/**
 * Page loads with the guide not started: the extension's own script from navigation until a
 * second after load (what every AliExpress page the user shops on pays), one trace per load.
 */
async function loadTrials(
  page: Page,
  cdp: CDPSession,
  ours: (path: string) => boolean,
  trials: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < trials; i++) {
    times.push(
      await traceExtensionScript(cdp, ours, async () => {
        await page.goto(BARE_FEED, { waitUntil: 'load' });
        await page.waitForTimeout(1000);
      }),
    );
  }
  return times;
}

/** The extension's own script over a window of the page as it is, in ms per second. */
async function ownScriptPerSecond(
  page: Page,
  cdp: CDPSession,
  windowMs: number,
  scripts: (path: string) => boolean = OUR_SCRIPTS,
): Promise<number> {
  const ms = await traceExtensionScript(cdp, scripts, () => page.waitForTimeout(windowMs));
  return ms / (windowMs / 1000);
}

export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => 'frames' in ((window as { __feed?: object }).__feed ?? {}));
  await page.waitForTimeout(500);
}

/** Writes progress as the extension stores it (WXT storage item `local:progress`, this version). */
export async function setProgress(context: BrowserContext, progress: object): Promise<void> {
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('no extension service worker');
  const items = { [PROGRESS_KEY]: progress, [`${PROGRESS_KEY}$`]: { v: PROGRESS_VERSION } };
  await worker.evaluate((stored) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set(items: object): Promise<void> } } };
    };
    return chrome.storage.local.set(stored);
  }, items);
}
