import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { Figure, Results } from './results';

function show(value: number, unit: Figure['unit']): string {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'bytes') return `${(value / 1024).toFixed(1)} KB`;
  if (unit === 'ratio') return value.toFixed(3);
  if (unit === 'ms/s') return `${value.toFixed(1)} ms/s`;
  return `${value.toFixed(1)} ms`;
}

function spread(figure: Figure): string {
  const s = figure.summary;
  if (!s) return '';
  const range = `${show(s.min, figure.unit)} – ${show(s.max, figure.unit)}`;
  const p95 = figure.unit === 'ms' ? `, median ${show(s.median, 'ms')}` : '';
  return `n=${s.n}, ${range}${p95}`;
}

function verdict(figure: Figure): string {
  if (figure.pass === undefined) return '';
  return figure.pass ? 'ok' : 'OVER';
}

function rows(results: Results): string[][] {
  return results.figures.map((figure) => [
    figure.name,
    `${figure.statistic === 'p95' ? 'p95 ' : ''}${show(figure.value, figure.unit)}`,
    spread(figure),
    figure.budget === undefined ? '' : `≤ ${show(figure.budget, figure.unit)}`,
    verdict(figure),
  ]);
}

const HEADER = ['figure', 'value', 'spread (min – max)', 'budget', ''];

function table(results: Results): string {
  const all = [HEADER, ...rows(results)];
  const widths = HEADER.map((_, column) =>
    Math.max(...all.map((row) => (row[column] ?? '').length)),
  );
  return all
    .map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '))
    .join('\n');
}

function markdown(results: Results): string {
  const lines = [
    '# Performance',
    '',
    `Measured by \`npm run bench\` on ${results.date.slice(0, 10)} (${results.config.rounds} rounds, ` +
      `${results.config.windowMs / 1000} s windows, ${results.seconds} s in all). Raw figures: ` +
      '`bench/results.json`.',
    '',
    "Ratios are ScriptDuration (main-thread script time, from Chromium's own `Performance.getMetrics`) " +
      "of the replica's heavy feed page (`/p/bench/feed.html`: ~500 product cards, some 6,000 elements, " +
      'rewritten every frame) with the extension against the same page in a browser without it, ' +
      'each pair taken in the same round in fresh profiles, after a discarded warm-up, the arm order ' +
      'alternating between rounds. A value is the median of the paired ratios; the spread is their ' +
      'range. The "noise" row compares two windows of the same browser without any extension: a ' +
      'ratio inside its range cannot be told from no cost. Reaction times are measured inside the ' +
      'page (a MutationObserver timestamp), not from the test process.',
    '',
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map(() => '---').join(' | ')} |`,
    ...rows(results).map((row) => `| ${row.join(' | ')} |`),
    '',
    'Peer: DuckDuckGo autoconsent (npm `@duckduckgo/autoconsent`, its `dist/addon-mv3/`), loaded ' +
      'alone on the same page in the same rounds.',
    '',
    ...results.figures
      .filter((figure) => figure.note)
      .map((figure) => `- **${figure.name}**: ${figure.note ?? ''}`),
    '',
    '## Reading the figures',
    '',
    '- The feed page is an extreme: its own script is lean (a few dozen microseconds per card it ' +
      'rewrites), so any work per change looks large beside it. The "extra script" rows give the ' +
      'same cost in milliseconds per second; a React page spends far more of its own script per change, ' +
      'and the same cost is a smaller ratio there.',
    '- The floor row is the least a guide that notices targets appearing anywhere can cost on this ' +
      'page: an observer of the whole document that ignores what it hears. The running guide adds ' +
      'to it the look at each change (does it bring a label, a link, a stable selector?) and, ' +
      'while a target is shown, the highlight following it. The active budget (1.03) sits below ' +
      'that floor on this page: no guide that watches the whole document can meet it here.',
    '- Where the browser anchors by CSS (Debian Chromium 156 and Firefox ESR 153 both do), the ' +
      'ring is drawn on the element by the browser itself: scrolling runs no script of ours and ' +
      'reads no position; the card is placed again when the scroll ends. Elsewhere (or with ' +
      'other ways outlined) the ring is redrawn from a position read once per frame, a layout ' +
      'counted as script time though the browser then has it done before it paints: the ' +
      '"script + layout + style" rows count it once.',
    "- While a step's element is shown with confidence, the guide watches only around it (its " +
      'neighbourhood and its ancestors), not the whole page: it can sit below the floor row while ' +
      'highlighting, not while searching (a target may then appear anywhere).',
    '- While the guide is not started the content script is a small loader that holds no observer, ' +
      'no timer and no listener on the page: the idle row should sit inside the noise row. The ' +
      'guide module (engine, overlay, labels) is imported only once the user starts the guide.',
    '- The "own script" and "page load" rows come from a Chromium trace: the script entries ' +
      "(evaluations, calls from the browser) of the extension's own content scripts. They leave out " +
      'what the browser does on our behalf outside script (mutation records, layout, paint), which ' +
      "the ratios include; but the page's own work and the machine's noise do not move them.",
    '- A busy machine widens every spread; re-run on a quiet one before comparing runs.',
    '',
    ...history(),
  ];
  return lines.join('\n');
}

/** Hand-written: earlier runs and what each change bought (kept across reruns of the bench). */
const HISTORY = resolve('bench/history.md');

function history(): string[] {
  return existsSync(HISTORY) ? ['', readFileSync(HISTORY, 'utf8').trim(), ''] : [];
}

export async function writeReports(results: Results): Promise<void> {
  console.log(`\n${table(results)}\n`);
  const json = resolve('bench/results.json');
  const md = resolve('docs/performance.md');
  mkdirSync(dirname(md), { recursive: true });
  // Formatted as the project's Prettier settings want it: `npm run check` stays clean.
  const options = async (file: string) => ({ ...(await resolveConfig(file)), filepath: file });
  writeFileSync(json, await format(JSON.stringify(results), await options(json)));
  writeFileSync(md, await format(markdown(results), await options(md)));
  console.log(`written: ${json}, ${md}`);
}
