/**
 * npm run bench: what AliExit costs a page, in headless Chromium, beside no extension and beside a
 * peer (DuckDuckGo autoconsent), on the replica's heavy feed page. Prints a table and writes
 * bench/results.json and docs/performance.md. Not a test: nothing here passes or fails a build.
 *
 *   BENCH_ROUNDS (default 4)  rounds of fresh browsers, arm order alternating between rounds
 *   BENCH_WINDOW_MS (4000)    length of each measured window
 *   BENCH_BASELINE (unset)    another AliExit build (a chrome-mv3 folder, say main's) measured
 *                             beside this one in every round: the "before:" rows
 */
import { resolve } from 'node:path';
import { startReplica } from '../tests/replica/server';
import { runArm, type Arm, type ArmRun, type BenchConfig } from './arms';
import { buildResults } from './results';
import { writeReports } from './report';
import { ourSize, peerSize } from './size';

const rounds = Number(process.env.BENCH_ROUNDS ?? 4);
const started = Date.now();
const replica = await startReplica();
const config: BenchConfig = {
  httpPort: replica.httpPort,
  httpsPort: replica.httpsPort,
  windowMs: Number(process.env.BENCH_WINDOW_MS ?? 4000),
  warmupMs: 1500,
  insertionTrials: 15,
  labelsTrials: 8,
  routeTrials: 10,
  popupTrials: 3,
  loadTrials: 3,
  peerDir: resolve('node_modules/@duckduckgo/autoconsent/dist/addon-mv3'),
  ...(process.env.BENCH_BASELINE ? { baselineDir: resolve(process.env.BENCH_BASELINE) } : {}),
};

const runs: Record<Arm, ArmRun[]> = {
  none: [],
  aliexit: [],
  peer: [],
  floor: [],
  partitioned: [],
  baseline: [],
};
try {
  for (let round = 0; round < rounds; round++) {
    const arms: Arm[] = ['none', 'aliexit', 'peer', 'floor', 'partitioned'];
    // The baseline beside ours: with the order reversed every other round, each goes first once.
    if (config.baselineDir) arms.splice(2, 0, 'baseline');
    const order = round % 2 === 0 ? arms : [...arms].reverse();
    for (const arm of order) {
      process.stdout.write(`round ${round + 1}/${rounds}: ${arm}… `);
      runs[arm].push(await runArm(arm, config));
      process.stdout.write('done\n');
    }
  }
} finally {
  await replica.close();
}

const results = buildResults({
  runs,
  size: { aliexit: ourSize(resolve('.output/chrome-mv3')), peer: peerSize(config.peerDir) },
  config: { rounds, windowMs: config.windowMs },
  seconds: Math.round((Date.now() - started) / 1000),
});
await writeReports(results);
