/**
 * What hearing the feed page costs a script in an isolated world (as a content script is), before
 * it sorts anything: `npm run bench:records`. No extension: each way of reading the
 * records is an observer over the whole document (elements and texts, as the guide's tree
 * observer) installed in an isolated world of its own through CDP, timing its own callback.
 * It bounds what any guide that reads the records can cost on this page: the records come
 * whatever the guide does with them, and each node it reads costs a wrapper of its own world.
 *   ignoring       the callback takes the records and reads none
 *   targets        each record's target (and a WeakMap lookup)
 *   leaf check     … and whether the target has an element child (the filter's leaf path)
 *   node lists     each record's added and removed nodes, their kinds and the added texts
 *   RECORD_COST_ROUNDS (default 3) fresh browsers per way, alternating; 4 s windows.
 */
import { launchChromium } from '../tests/e2e/harness/chromium';
import { startReplica } from '../tests/replica/server';
import { BARE_FEED, open } from './arms';
import { summarize } from './stats';

const READS = {
  ignoring: '',
  targets: 'for (const r of records) if (seen.get(r.target) === 1) n++;',
  'leaf check':
    'for (const r of records) { const t = r.target; if (t.nodeType === 1 && t.firstElementChild === null && seen.get(t) === 1) n++; }',
  'node lists': `for (const r of records) {
      const added = r.addedNodes;
      for (let i = 0; i < added.length; i++) { const a = added[i]; if (a.nodeType === 1 || (a.nodeValue ?? '').length > 5) n++; }
      const removed = r.removedNodes;
      for (let i = 0; i < removed.length; i++) if (removed[i].nodeType === 1) n++;
    }`,
} as const;

/** The observer, timing its own callback; its totals are told through a page attribute. */
const observerScript = (body: string) => `document.addEventListener('DOMContentLoaded', () => {
  const seen = new WeakMap(); let n = 0; const own = { ms: 0, records: 0 };
  document.addEventListener('record-cost-reset', () => { own.ms = 0; own.records = 0; });
  document.addEventListener('record-cost-report', () => {
    document.documentElement.dataset.recordCost = JSON.stringify(own);
  });
  new MutationObserver((records) => {
    const start = performance.now();
    ${body}
    own.ms += performance.now() - start; own.records += records.length;
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
});`;

const rounds = Number(process.env.RECORD_COST_ROUNDS ?? 3);
const windowMs = 4000;
const server = await startReplica();
const perRecord: Record<string, number[]> = {};
const perSecond: Record<string, number[]> = {};
try {
  for (let round = 0; round < rounds; round++) {
    const ways = Object.keys(READS) as (keyof typeof READS)[];
    if (round % 2) ways.reverse();
    for (const way of ways) {
      const browser = await launchChromium({
        httpPort: server.httpPort,
        httpsPort: server.httpsPort,
        withExtension: false,
      });
      try {
        const page = await browser.context.newPage();
        const cdp = await browser.context.newCDPSession(page);
        await cdp.send('Page.enable');
        await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
          source: observerScript(READS[way]),
          worldName: 'record-cost',
        });
        await open(page, BARE_FEED);
        await page.evaluate(() => document.dispatchEvent(new Event('record-cost-reset')));
        await page.waitForTimeout(windowMs);
        const own = await page.evaluate(() => {
          document.dispatchEvent(new Event('record-cost-report'));
          return JSON.parse(document.documentElement.dataset.recordCost ?? 'null') as {
            ms: number;
            records: number;
          } | null;
        });
        if (!own?.records) throw new Error(`${way}: the observer heard nothing`);
        (perRecord[way] ??= []).push((own.ms / own.records) * 1000);
        (perSecond[way] ??= []).push((own.ms / windowMs) * 1000);
      } finally {
        await browser.close();
      }
    }
  }
  for (const way of Object.keys(READS)) {
    const us = summarize(perRecord[way] ?? []);
    const ms = summarize(perSecond[way] ?? []);
    console.log(
      `${way.padEnd(12)} ${us.median.toFixed(2)} µs a record (${us.min.toFixed(2)}–${us.max.toFixed(2)}), ` +
        `${ms.median.toFixed(1)} ms/s`,
    );
  }
} finally {
  await server.close();
}
