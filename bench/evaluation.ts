/**
 * One evaluation on the pathological page (/p/bench/labels.html: n texts that fit the "Account"
 * label), timed in the page itself (no extension: the evaluation bundled and injected), at several
 * sizes, to see whether it stays linear. Not part of `npm run bench`; a focused look.
 *
 *   npx tsx bench/evaluation.ts        EVAL_SIZES (default 500,1000,2000,4000), EVAL_RUNS (7)
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../tests/e2e/harness/chromium';
import { REPLICA_HOST_NAMES } from '../tests/replica/hosts';
import { startReplica } from '../tests/replica/server';
import { summarize } from './stats';

const sizes = (process.env.EVAL_SIZES ?? '500,1000,2000,4000').split(',').map(Number);
const runs = Number(process.env.EVAL_RUNS ?? 7);
const bundle = await build({
  entryPoints: ['bench/evaluation-page.ts'],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2022',
});
const code = bundle.outputFiles[0]?.text ?? '';
const replica = await startReplica();
const rules = REPLICA_HOST_NAMES.map((host) => `MAP ${host}:443 127.0.0.1:${replica.httpsPort}`);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [`--host-resolver-rules=${rules.join(',')}`, '--ignore-certificate-errors'],
});
try {
  const page = await browser.newPage({ ignoreHTTPSErrors: true });
  for (const n of sizes) {
    await page.goto(`https://www.aliexpress.com/p/bench/labels.html?n=${n}`);
    await page.addScriptTag({ content: code });
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const times: number[] = [];
    let found: string | null = null;
    for (let i = 0; i < runs; i++) {
      const result = await page.evaluate(() =>
        (window as unknown as { __evalOnce(): { ms: number; found: string | null } }).__evalOnce(),
      );
      times.push(result.ms);
      found = result.found;
    }
    const stats = summarize(times);
    console.log(
      `${n} texts, ${elements} elements: median ${stats.median.toFixed(1)} ms ` +
        `(${stats.min.toFixed(1)} – ${stats.max.toFixed(1)}), points at ${found ?? 'nothing'}`,
    );
  }
} finally {
  await browser.close();
  await replica.close();
}
