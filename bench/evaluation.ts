import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startReplica } from '../tests/replica/server';
import { REPLICA_HOST_NAMES } from '../tests/replica/hosts';
const out = await build({ entryPoints: ['bench/evaluation-page.ts'], bundle: true, write: false, format: 'iife', target: 'es2022' });
const code = out.outputFiles[0].text;
const replica = await startReplica();
const rules = REPLICA_HOST_NAMES.map((h) => `MAP ${h}:443 127.0.0.1:${replica.httpsPort}`).join(',');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'] });
const page = await browser.newPage({ ignoreHTTPSErrors: true });
for (const n of (process.env.NS ?? '500,1000,2000').split(',')) {
  for (const header of ['off', 'on']) {
    await page.goto(`https://www.aliexpress.com/p/bench/labels.html?n=${n}${header === 'off' ? '&header=off' : ''}`);
    await page.addScriptTag({ content: code });
    const els = await page.evaluate(() => document.getElementsByTagName('*').length);
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await page.evaluate(() => (window as any).__evalOnce()));
    const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
    console.log(`n=${n} header=${header} elements=${els} median ${ms[2].toFixed(1)} ms [${ms[0].toFixed(1)}–${ms[4].toFixed(1)}] ->`, runs[0].el);
  }
}
await browser.close(); await replica.close();
