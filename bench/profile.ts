/**
 * Where AliExit's time goes on the feed page: attributes, rather than times, the running guide's
 * cost: `npm run bench:profile` (`npm run bench`'s ratios say how much, not where). One fresh browser
 * with the built extension, the guide started, then for each scenario:
 *   - a CPU profile (CDP Profiler) over a window: the self time of the content script's own
 *     functions (the DOM calls they make included) against the page's, in ms per second;
 *   - a call-count window (precise coverage, taken apart from the profile, which it would slow):
 *     mutation callbacks, evaluations and re-positions per second;
 * and the reaction to the header being inserted into the churning feed (as the bench measures it).
 *
 *   npm run bench:profile         (builds first; or npx tsx bench/profile.ts on a build)
 *   PROFILE_EXTENSION  the unpacked build to load (default .output/chrome-mv3; an unminified
 *                      build names the functions)
 *   PROFILE_WINDOW_MS  length of each window (default 3000)
 *   PROFILE_TRIALS     insertion trials (default 20)
 *   PROFILE_PARTS      replay,live,reaction,settled (default all of them). settled: the scrolling
 *                      page past the arrival's whole-page watch (AFTER_ACTION_MS, as the bench's
 *                      settled row): a profile, then every function of ours called, per second
 *   PROFILE_REPLAY_FRAMES, PROFILE_REPLAY_ROUNDS  replay length (150) and rounds (3)
 *   PROFILE_REACTION=1 profile the insertion trials; PROFILE_LINES=1, PROFILE_TOP=1 more detail
 *   PROFILE_INCLUSIVE  more functions of ours to give the inclusive time of (comma-separated)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { startReplica } from '../tests/replica/server';
import { AFTER_ACTION_MS } from '../core/guide/page-watch';
import { BARE_FEED, open, RUNNING, SCROLLING_FEED, setProgress } from './arms';
import { summarize } from './stats';
import { insertionTrials } from './trials';

const extensionDir = resolve(process.env.PROFILE_EXTENSION ?? '.output/chrome-mv3');
const windowMs = Number(process.env.PROFILE_WINDOW_MS ?? 3000);
const trials = Number(process.env.PROFILE_TRIALS ?? 20);
/** Which measurements to take: replay, live, reaction, settled (all by default). */
const parts = new Set((process.env.PROFILE_PARTS ?? 'replay,live,reaction,settled').split(','));
const replayFrames = Number(process.env.PROFILE_REPLAY_FRAMES ?? 150);
const replayRounds = Number(process.env.PROFILE_REPLAY_ROUNDS ?? 3);
const REPLAY_FEED = `${BARE_FEED}&churn=manual`;
const REPLAY_SCROLLING_FEED = `${SCROLLING_FEED}&churn=manual`;
/** Functions whose calls are counted (names of the unminified build). */
const COUNTED = ['onRecords', 'mayMatter', 'runEvaluation', 'position', 'layoutBoxes'];
/** Functions whose inclusive time is given: the counted ones, and PROFILE_INCLUSIVE's (a,b,c). */
const INCLUSIVE = [...COUNTED, ...(process.env.PROFILE_INCLUSIVE?.split(',') ?? [])];

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
  hitCount?: number;
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  /** The feed's own animation frames during the profile. */
  frames?: number;
}

async function frames(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __feed?: { frames: number } }).__feed?.frames ?? 0,
  );
}

async function cpuProfile(
  cdp: CDPSession,
  page: Page,
  during: () => Promise<unknown> = () => page.waitForTimeout(windowMs),
): Promise<Profile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const before = await frames(page);
  await cdp.send('Profiler.start');
  await during();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const after = await frames(page);
  await cdp.send('Profiler.disable');
  return { ...profile, frames: after - before };
}

function attribute(profile: Profile, spanMs = windowMs) {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const isOurs = (node: ProfileNode | undefined) =>
    node?.callFrame.url.startsWith('chrome-extension://') ?? false;
  const underOurs = new Map<number, boolean>();
  const inOurs = (id: number): boolean => {
    let known = underOurs.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      known = isOurs(byId.get(id)) || (up !== undefined && inOurs(up));
      underOurs.set(id, known);
    }
    return known;
  };
  // Inclusive time of a few entry points (a sample counts once per entry point on its stack).
  const entries = new Map<string, number>();
  const entryOf = new Map<number, string[]>();
  const entriesOn = (id: number): string[] => {
    let known = entryOf.get(id);
    if (!known) {
      const node = byId.get(id);
      const up = parent.get(id);
      const name = node?.callFrame.functionName ?? '';
      const above = up === undefined ? [] : entriesOn(up);
      known =
        isOurs(node) && INCLUSIVE.includes(name) && !above.includes(name)
          ? [...above, name]
          : above;
      entryOf.set(id, known);
    }
    return known;
  };
  let ours = 0;
  let oursInclusive = 0;
  let page = 0;
  let total = 0;
  const functions = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const name = node.callFrame.functionName || '(anonymous)';
    if (name === '(idle)' || name === '(program)') return;
    total += ms;
    if (inOurs(id)) oursInclusive += ms;
    if (inOurs(id) && !isOurs(node)) {
      // Named with the function of ours that called it: which query, which read of the layout.
      const caller = byId.get(parent.get(id) ?? -1);
      const from =
        caller && isOurs(caller)
          ? ` ← ${caller.callFrame.functionName}:${caller.callFrame.lineNumber + 1}`
          : '';
      const key = `[native] ${name}${from}`;
      functions.set(key, (functions.get(key) ?? 0) + ms);
    }
    for (const entry of entriesOn(id)) entries.set(entry, (entries.get(entry) ?? 0) + ms);
    if (isOurs(node)) {
      ours += ms;
      const key = `${name}:${node.callFrame.lineNumber + 1}`;
      functions.set(key, (functions.get(key) ?? 0) + ms);
    } else if (node.callFrame.url.startsWith('https://')) page += ms;
  });
  const perSecond = (ms: number) => Math.round((ms / spanMs) * 1000 * 10) / 10;
  // Source lines of the content script by samples (with PROFILE_LINES=1): where inside a function.
  const lines = new Map<number, number>();
  for (const node of profile.nodes) {
    if (!isOurs(node)) continue;
    for (const { line, ticks } of node.positionTicks ?? []) {
      lines.set(line, (lines.get(line) ?? 0) + ticks);
    }
  }
  const samples = profile.samples.length;
  return {
    ...(process.env.PROFILE_LINES
      ? {
          lines: [...lines.entries()]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 25)
            .map(
              ([line, ticks]) =>
                `${((ticks / samples) * 100).toFixed(2)}% of samples  line ${line}`,
            ),
        }
      : {}),
    'content script self ms/s': perSecond(ours),
    // The machine is shared: per frame of the page's own churn reads steadier than per second.
    'content script incl. ms per 100 frames': profile.frames
      ? Math.round((oursInclusive / profile.frames) * 100 * 10) / 10
      : NaN,
    'page frames/s': Math.round(((profile.frames ?? 0) / spanMs) * 1000),
    'content script incl. ms/s': perSecond(oursInclusive),
    'page self ms/s': perSecond(page),
    'all busy ms/s': perSecond(total),
    inclusive: Object.fromEntries([...entries].map(([name, ms]) => [name, perSecond(ms)])),
    top: [...functions.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, ms]) => `${perSecond(ms).toFixed(1).padStart(6)}  ${name}`),
  };
}

/** What precise coverage counted per script: each function's calls, by its first range. */
interface CoveredScript {
  url: string;
  functions: { functionName: string; ranges: { startOffset: number; count: number }[] }[];
}

/** Calls counted over one window (precise coverage, taken apart from the CPU profile). */
async function coverageWindow(cdp: CDPSession, page: Page): Promise<CoveredScript[]> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await cdp.send('Profiler.takePreciseCoverage');
  await page.waitForTimeout(windowMs);
  const { result } = (await cdp.send('Profiler.takePreciseCoverage')) as unknown as {
    result: CoveredScript[];
  };
  await cdp.send('Profiler.stopPreciseCoverage');
  await cdp.send('Profiler.disable');
  return result;
}

async function callCounts(cdp: CDPSession, page: Page): Promise<Record<string, number>> {
  const result = await coverageWindow(cdp, page);
  const counts: Record<string, number> = {};
  for (const script of result) {
    if (!script.url.startsWith('chrome-extension://')) continue;
    for (const fn of script.functions) {
      if (!COUNTED.includes(fn.functionName)) continue;
      const count = fn.ranges[0]?.count ?? 0;
      counts[fn.functionName] = (counts[fn.functionName] ?? 0) + (count * 1000) / windowMs;
    }
  }
  return Object.fromEntries(
    Object.entries(counts).map(([name, perSecond]) => [`${name}/s`, Math.round(perSecond)]),
  );
}

/**
 * Every function of ours called during a window, with its calls per second, named by the
 * unminified build's source line where it has no name (an arrow passed as a callback).
 */
async function allCalls(cdp: CDPSession, page: Page): Promise<string[]> {
  const result = await coverageWindow(cdp, page);
  const rows: [number, string][] = [];
  for (const script of result) {
    if (!script.url.startsWith('chrome-extension://')) continue;
    const path = new URL(script.url).pathname;
    let source = '';
    try {
      source = readFileSync(resolve(extensionDir, `.${path}`), 'utf8');
    } catch {
      // A script not in the build's folder: offsets only.
    }
    for (const fn of script.functions) {
      const range = fn.ranges[0];
      if (!range || range.count === 0) continue;
      const line = source ? source.slice(0, range.startOffset).split('\n').length : 0;
      const perSecond = (range.count * 1000) / windowMs;
      rows.push([perSecond, `${fn.functionName || '(anonymous)'} ${path}:${line}`]);
    }
  }
  return rows
    .sort((a, b) => b[0] - a[0])
    .map(([perSecond, name]) => `${perSecond.toFixed(1).padStart(7)}/s  ${name}`);
}

/** The scrolling page once settled: past the arrival's whole-page watch, as the bench's row. */
async function settledCost(page: Page, cdp: CDPSession, context: BrowserContext): Promise<void> {
  await setProgress(context, RUNNING);
  await open(page, SCROLLING_FEED);
  const opened = Date.now();
  await page.waitForSelector('[data-aliexit-target="sign-in"]');
  await page.waitForTimeout(Math.max(0, opened + AFTER_ACTION_MS + 1000 - Date.now()));
  console.log('settled, highlighting while scrolling:', {
    ...attribute(await cpuProfile(cdp, page)),
    ...(await callCounts(cdp, page)),
  });
  console.log('settled, calls of ours:', await allCalls(cdp, page));
}

/**
 * Frame-rate free: the feed's churn replayed frame by frame (one frame's rewrites per animation
 * frame, a batch of cards every 15th), so that a run on a loaded machine does the same work as
 * one on a quiet machine. Main-thread script CPU time (thread ticks) of the replay with the guide
 * running, minus the same replay with the guide hidden (no observer, no listener), alternating.
 */
async function replayCost(
  page: Page,
  cdp: CDPSession,
  context: BrowserContext,
  url: string,
  ready: string,
): Promise<Record<string, number | string>> {
  const replay = async () => {
    const { metrics: before } = await cdp.send('Performance.getMetrics');
    await page.evaluate(async (count) => {
      const feed = (window as unknown as { __feed: { step(): void; batch(): void } }).__feed;
      for (let i = 0; i < count; i++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        feed.step();
        if (i % 15 === 14) feed.batch();
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }, replayFrames);
    const { metrics: after } = await cdp.send('Performance.getMetrics');
    const delta = (name: string) =>
      (((after.find((m) => m.name === name)?.value ?? 0) -
        (before.find((m) => m.name === name)?.value ?? 0)) *
        1e6) /
      replayFrames;
    return {
      script: delta('ScriptDuration'),
      layout: delta('LayoutDuration') + delta('RecalcStyleDuration'),
    };
  };
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await setProgress(context, RUNNING);
  await open(page, url);
  await page.waitForSelector(ready, { state: 'attached' });
  await replay(); // warm-up
  const extra: number[] = [];
  const extraLayout: number[] = [];
  for (let round = 0; round < replayRounds; round++) {
    const running = await replay();
    await setProgress(context, { ...RUNNING, visible: false });
    await page.waitForSelector('aliexit-overlay', { state: 'detached' });
    const hidden = await replay();
    await setProgress(context, RUNNING);
    await page.waitForSelector(ready, { state: 'attached' });
    extra.push(running.script - hidden.script);
    extraLayout.push(running.layout - hidden.layout);
  }
  const profile = await cpuProfile(cdp, page, replay);
  const attributed = attribute(profile, 1000 * replayFrames);
  if (process.env.PROFILE_TOP) console.log(attributed.top, attributed.inclusive);
  const ours = attributed['content script incl. ms/s'];
  const summary = summarize(extra);
  return {
    extraUsPerFrame: Math.round(summary.median),
    extraLayoutUsPerFrame: Math.round(summarize(extraLayout).median),
    spread: `${Math.round(summary.min)}–${Math.round(summary.max)}`,
    // attribute() gives ms per replayFrames seconds here: ms per frame, as µs.
    ourProfileUsPerFrame: Math.round(ours * 1000),
  };
}

/** The feed's own churn at whatever frame rate the machine gives: attribution, call counts, reaction. */
async function liveWindows(page: Page, cdp: CDPSession, context: BrowserContext): Promise<void> {
  await setProgress(context, RUNNING);
  if (parts.has('live')) await liveCost(page, cdp);
  if (parts.has('reaction')) await reactionTimes(page, cdp);
}

async function liveCost(page: Page, cdp: CDPSession): Promise<void> {
  await open(page, BARE_FEED);
  await page.waitForSelector('aliexit-overlay', { state: 'attached' });
  const searching = { ...attribute(await cpuProfile(cdp, page)), ...(await callCounts(cdp, page)) };
  console.log('searching, target absent:', searching);

  await open(page, SCROLLING_FEED);
  await page.waitForSelector('[data-aliexit-target="sign-in"]');
  const scrolling = { ...attribute(await cpuProfile(cdp, page)), ...(await callCounts(cdp, page)) };
  console.log('highlighting while scrolling:', scrolling);
}

/** Reaction to the header inserted; with PROFILE_REACTION=1 under the profiler (slower). */
async function reactionTimes(page: Page, cdp: CDPSession): Promise<void> {
  await open(page, BARE_FEED);
  await page.waitForSelector('aliexit-overlay', { state: 'attached' });
  let times: number[] = [];
  if (process.env.PROFILE_REACTION) {
    const profile = await cpuProfile(cdp, page, async () => {
      times = await insertionTrials(page, trials);
    });
    // "per second" here reads "ms per trial" (an insertion and a removal, with their waits).
    console.log('insertion trials, ms per trial:', attribute(profile, trials * 1000));
  } else {
    times = await insertionTrials(page, trials);
  }
  const reaction = summarize(times);
  console.log('reaction, header inserted (ms):', {
    n: reaction.n,
    median: Math.round(reaction.median * 10) / 10,
    p95: Math.round(reaction.p95 * 10) / 10,
    min: Math.round(reaction.min * 10) / 10,
    max: Math.round(reaction.max * 10) / 10,
  });
}

const replica = await startReplica();
const browser = await launchChromium({
  httpPort: replica.httpPort,
  httpsPort: replica.httpsPort,
  extensionDir,
});
try {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await open(page, BARE_FEED);
  await page.waitForTimeout(1000);
  if (parts.has('replay')) {
    console.log(
      'replay, searching (µs of script per frame):',
      await replayCost(page, cdp, browser.context, REPLAY_FEED, 'aliexit-overlay'),
    );
    console.log(
      'replay, highlighting while scrolling (µs of script per frame):',
      await replayCost(
        page,
        cdp,
        browser.context,
        REPLAY_SCROLLING_FEED,
        '[data-aliexit-target="sign-in"]',
      ),
    );
  }
  await liveWindows(page, cdp, browser.context);
  if (parts.has('settled')) await settledCost(page, cdp, browser.context);
} finally {
  await browser.close();
  await replica.close();
}
