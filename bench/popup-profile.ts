/**
 * Where the popup's time to first paint goes: `npm run bench:popup`, a focused look. After
 * `npm run build` it also runs as
 *
 *   npx tsx bench/popup-profile.ts                       the current build
 *   POPUP_BUILDS=before=/tmp/a,after=.output/chrome-mv3 npx tsx bench/popup-profile.ts
 *
 * With several builds, each gets its own browser, all open at once, and the opens alternate
 * between them (A B, B A, …) so that a shared, noisy machine slows every build alike; the
 * differences of neighbouring opens (each build against the first) are printed at the end.
 *
 *   POPUP_OPENS (default 20)  measured opens per build, after 3 discarded ones
 *
 * Each open is the benchmark's own (bench/trials.ts popupPaint: the popup page in a tab, first
 * contentful paint). The page is watched from an init script (the extension is not changed for
 * it): when the bundle starts running, every extension API call it makes with when it was
 * answered, when the checklist enters the DOM.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from '../tests/e2e/harness/chromium';
import { summarize } from './stats';
import { popupPaint } from './trials';

/** Runs in the popup page before its scripts; records into window.__popupProfile. */
const WATCH = `(() => {
  const now = () => performance.now();
  const log = { calls: [], scriptStart: -1, render: -1 };
  window.__popupProfile = log;
  // The bundle's first statement creates an element (Vite's modulepreload check).
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function (...args) {
    if (log.scriptStart < 0) log.scriptStart = now();
    Document.prototype.createElement = create;
    return create.apply(this, args);
  };
  new MutationObserver((records, observer) => {
    if (!document.querySelector('[data-step-id]')) return;
    log.render = now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
  const api = globalThis.chrome;
  const wrap = (path) => {
    const parts = path.split('.');
    const name = parts.pop();
    const owner = parts.reduce((object, key) => object && object[key], api);
    const original = owner && owner[name];
    if (typeof original !== 'function') return;
    owner[name] = function (...args) {
      const call = { api: path, start: now(), end: -1 };
      log.calls.push(call);
      const last = args[args.length - 1];
      if (typeof last === 'function') {
        args[args.length - 1] = function (...answer) {
          call.end = now();
          return last.apply(this, answer);
        };
      }
      const result = original.apply(this, args);
      if (result && typeof result.then === 'function') {
        result.then(() => { if (call.end < 0) call.end = now(); }, () => { call.end = now(); });
      }
      return result;
    };
  };
  ['storage.local.get', 'storage.local.set', 'tabs.query', 'permissions.contains',
   'runtime.sendMessage', 'tabs.sendMessage'].forEach(wrap);
})();`;

interface ApiCall {
  readonly api: string;
  readonly start: number;
  readonly end: number;
}

interface Open {
  readonly fcp: number;
  /** The popup document has arrived. */
  readonly documentEnd: number;
  /** The bundle starts running. */
  readonly scriptStart: number;
  /** The bundle has run to its end (module scripts run before DOMContentLoaded). */
  readonly scriptEnd: number;
  /** The last storage read answered before the checklist was drawn. */
  readonly storageRead: number;
  /** The checklist is in the DOM. */
  readonly render: number;
  readonly calls: readonly ApiCall[];
}

async function measureOpen(page: Page, url: string): Promise<Open> {
  const fcp = await popupPaint(page, url);
  const profile = await page.evaluate(() => {
    const log = (window as unknown as { __popupProfile: Record<string, unknown> }).__popupProfile;
    const [navigation] = performance.getEntriesByType(
      'navigation',
    ) as PerformanceNavigationTiming[];
    return {
      ...(log as { calls: ApiCall[]; scriptStart: number; render: number }),
      documentEnd: navigation?.responseEnd ?? -1,
      scriptEnd: navigation?.domContentLoadedEventStart ?? -1,
    };
  });
  const readsBefore = profile.calls.filter(
    (call) => call.api === 'storage.local.get' && call.end >= 0 && call.end <= profile.render,
  );
  return {
    fcp,
    documentEnd: profile.documentEnd,
    scriptStart: profile.scriptStart,
    scriptEnd: profile.scriptEnd,
    storageRead: Math.max(-1, ...readsBefore.map((call) => call.end)),
    render: profile.render,
    calls: profile.calls,
  };
}

interface Build {
  readonly label: string;
  readonly dir: string;
  browser?: ExtensionBrowser;
  page?: Page;
  readonly opens: Open[];
}

/** Progress with the guide running, as the benchmark leaves it before opening the popup. */
const AT_DELETE_YOUR_ACCOUNT = {
  running: true,
  visible: true,
  outcomes: { 'sign-in': 'done', account: 'done', settings: 'done', 'delete-account': 'done' },
};

async function prepare(build: Build): Promise<void> {
  // No AliExpress page is opened: the replica is not needed, the ports only fill the mapping.
  const browser = await launchChromium({ httpPort: 9, httpsPort: 9, extensionDir: build.dir });
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error(`no service worker for ${build.label}`);
  await worker.evaluate((value) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set(items: object): Promise<void> } } };
    };
    return chrome.storage.local.set({ progress: value, progress$: { v: 2 } });
  }, AT_DELETE_YOUR_ACCOUNT);
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 640 });
  await page.addInitScript({ content: WATCH });
  build.browser = browser;
  build.page = page;
}

function popupUrl(build: Build): string {
  return `chrome-extension://${build.browser?.extensionId ?? ''}/popup.html`;
}

const builds: Build[] = (process.env.POPUP_BUILDS ?? `current=.output/chrome-mv3`)
  .split(',')
  .map((entry) => {
    const [label = '', dir = ''] = entry.split('=');
    return { label, dir: resolve(dir), opens: [] };
  });
const opens = Number(process.env.POPUP_OPENS ?? 20);
const warmUps = 3;

try {
  for (const build of builds) await prepare(build);
  for (let i = 0; i < warmUps + opens; i++) {
    const order = i % 2 === 0 ? builds : [...builds].reverse();
    for (const build of order) {
      if (!build.page) continue;
      const open = await measureOpen(build.page, popupUrl(build));
      if (i >= warmUps) build.opens.push(open);
    }
  }
} finally {
  for (const build of builds) await build.browser?.close();
}

const round = (value: number) => Math.round(value * 10) / 10;
for (const build of builds) {
  const figure = (pick: (open: Open) => number) => {
    const summary = summarize(build.opens.map(pick));
    return `${round(summary.median)} (p95 ${round(summary.p95)})`;
  };
  console.log(`\n${build.label}: ${build.dir}, ${build.opens.length} opens`);
  console.log(`  first contentful paint   ${figure((open) => open.fcp)}`);
  console.log(`  milestones from navigation start, median (p95):`);
  console.log(`    document received      ${figure((open) => open.documentEnd)}`);
  console.log(`    script starts          ${figure((open) => open.scriptStart)}`);
  console.log(`    script ran to its end  ${figure((open) => open.scriptEnd)}`);
  console.log(`    storage read answered  ${figure((open) => open.storageRead)}`);
  console.log(`    checklist in the DOM   ${figure((open) => open.render)}`);
  console.log(`    first contentful paint ${figure((open) => open.fcp)}`);
  console.log(`  steps, median (p95):`);
  console.log(
    `    document → script      ${figure((open) => open.scriptStart - open.documentEnd)}`,
  );
  console.log(`    script evaluation      ${figure((open) => open.scriptEnd - open.scriptStart)}`);
  console.log(`    script end → read      ${figure((open) => open.storageRead - open.scriptEnd)}`);
  console.log(`    read → checklist       ${figure((open) => open.render - open.storageRead)}`);
  console.log(`    checklist → paint      ${figure((open) => open.fcp - open.render)}`);
  console.log(`    script start → paint   ${figure((open) => open.fcp - open.scriptStart)}`);
  const sample = build.opens[Math.floor(build.opens.length / 2)];
  if (sample) {
    console.log(`  extension API calls in one open (start → answered, ms):`);
    for (const call of sample.calls) {
      console.log(`    ${call.api.padEnd(22)} ${round(call.start)} → ${round(call.end)}`);
    }
  }
}

// Opens i of two builds were neighbours in time: their differences cancel the machine's drift.
const [base, ...others] = builds;
for (const other of base ? others : []) {
  const paired = (pick: (open: Open) => number) => {
    const differences = other.opens.flatMap((open, i) => {
      const baseOpen = base?.opens[i];
      return baseOpen ? [pick(open) - pick(baseOpen)] : [];
    });
    const summary = summarize(differences);
    return `${round(summary.median)} [${round(summary.min)} … ${round(summary.max)}]`;
  };
  console.log(`\n${other.label} − ${base?.label ?? ''}, paired opens, median [min … max] (ms):`);
  console.log(`  first contentful paint   ${paired((open) => open.fcp)}`);
  console.log(`  script start → paint     ${paired((open) => open.fcp - open.scriptStart)}`);
  console.log(`  navigation → script      ${paired((open) => open.scriptStart)}`);
}
