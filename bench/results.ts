import type { Arm, ArmRun } from './arms';
import type { WindowMetrics } from './page-metrics';
import type { SizeReport } from './size';
import { pairedDifferences, pairedRatios, summarize, type Summary } from './stats';

/** The project's budgets (docs/performance.md). A ratio is against the same page without any extension. */
export const BUDGETS = {
  contentGzip: 16 * 1024,
  idleRatio: 1.01,
  activeRatio: 1.03,
  /** One frame: the highlight in the frame after the change (the budget in docs/performance.md). */
  reactionP95Ms: 17,
  popupPaintMs: 100,
  /** One evaluation on a 10,000-element page with 2,000 label-like texts . */
  lookAlikeEvaluationMs: 30,
} as const;

export interface Figure {
  readonly name: string;
  readonly unit: 'bytes' | 'ratio' | 'ms' | 'ms/s';
  readonly value: number;
  /** The spread behind the value; absent for a size (it does not vary). */
  readonly summary?: Summary;
  /** Which statistic the budget is held against. */
  readonly statistic?: 'median' | 'p95';
  readonly budget?: number;
  readonly pass?: boolean;
  readonly note?: string;
}

export interface Results {
  readonly date: string;
  readonly seconds: number;
  readonly config: { rounds: number; windowMs: number };
  readonly figures: readonly Figure[];
  readonly size: Record<'aliexit' | 'peer', SizeReport>;
  readonly runs: Record<Arm, ArmRun[]>;
}

interface Input {
  runs: Record<Arm, ArmRun[]>;
  size: Record<'aliexit' | 'peer', SizeReport>;
  config: { rounds: number; windowMs: number };
  seconds: number;
}

type WindowName = 'quiet' | 'searching' | 'scrolling';

function scriptOf(runs: readonly ArmRun[], window: WindowName): number[] {
  return runs.flatMap((run) => {
    const metrics: WindowMetrics | undefined = run[window];
    return metrics ? [metrics.script] : [];
  });
}

/** Script, layout and style together: a layout our script forces is counted once, wherever it runs. */
function workOf(runs: readonly ArmRun[], window: WindowName): number[] {
  return runs.flatMap((run) => {
    const metrics: WindowMetrics | undefined = run[window];
    return metrics ? [metrics.script + metrics.layout + metrics.style] : [];
  });
}

function ratio(
  name: string,
  base: number[],
  other: number[],
  budget: number | undefined,
  note: string,
): Figure {
  const summary = summarize(pairedRatios(base, other));
  return {
    name,
    unit: 'ratio',
    value: summary.median,
    summary,
    statistic: 'median',
    ...(budget === undefined ? {} : { budget, pass: summary.median <= budget }),
    note,
  };
}

/** Extra main-thread script time, per second of page time: what a ratio means in absolute terms. */
function extra(
  name: string,
  base: number[],
  other: number[],
  windowMs: number,
  note: string,
): Figure {
  const perSecond = pairedDifferences(base, other).map((ms) => ms / (windowMs / 1000));
  const summary = summarize(perSecond);
  return { name, unit: 'ms/s', value: summary.median, summary, statistic: 'median', note };
}

/** A measured figure without a budget: its median and spread. */
function measured(
  name: string,
  values: number[],
  note: string,
  unit: 'ms' | 'ms/s' = 'ms',
): Figure {
  const summary = summarize(values);
  return { name, unit, value: summary.median, summary, statistic: 'median', note };
}

/** A round's first insertion (its first look since the page's arrival), and the rest: two rows. */
const firstInsertion = (run: ArmRun) => run.insertion?.slice(0, 1);
const laterInsertions = (run: ArmRun) => run.insertion?.slice(1);

function timing(
  name: string,
  values: number[],
  statistic: 'median' | 'p95',
  budget: number,
  note: string,
): Figure {
  const summary = summarize(values);
  return {
    name,
    unit: 'ms',
    value: summary[statistic],
    summary,
    statistic,
    budget,
    pass: summary[statistic] <= budget,
    note,
  };
}

function size(name: string, bytes: number, budget?: number, note?: string): Figure {
  return {
    name,
    unit: 'bytes',
    value: bytes,
    ...(budget === undefined ? {} : { budget, pass: bytes <= budget }),
    ...(note === undefined ? {} : { note }),
  };
}

export function buildResults({ runs, size: sizes, config, seconds }: Input): Results {
  const { none, aliexit, peer, floor, partitioned, baseline } = runs;
  const flat = (pick: (run: ArmRun) => number[] | undefined) =>
    aliexit.flatMap((run) => pick(run) ?? []);
  const figures: Figure[] = [
    size(
      'AliExit content script (gzip)',
      sizes.aliexit.parts.content ?? 0,
      BUDGETS.contentGzip,
      'what every AliExpress page runs: the loader',
    ),
    size(
      'AliExit guide module (gzip)',
      sizes.aliexit.parts.guide ?? 0,
      undefined,
      'imported by the loader only while the guide runs (or a tester asks)',
    ),
    size('AliExit popup (gzip)', sizes.aliexit.parts.popup ?? 0),
    size('AliExit background (gzip)', sizes.aliexit.parts.background ?? 0),
    size('AliExit whole zip', sizes.aliexit.zip),
    size('peer content script (gzip)', sizes.peer.parts.content ?? 0),
    size('peer whole zip', sizes.peer.zip),
    ratio(
      'noise: no extension vs itself',
      scriptOf(none, 'quiet'),
      scriptOf(none, 'searching'),
      undefined,
      'two windows of the same page in the same browser: how far equal runs differ',
    ),
    ratio(
      'idle: guide not started',
      scriptOf(none, 'quiet'),
      scriptOf(aliexit, 'quiet'),
      BUDGETS.idleRatio,
      'ScriptDuration, feed page, AliExit installed vs no extension',
    ),
    ratio(
      'peer idle: autoconsent',
      scriptOf(none, 'quiet'),
      scriptOf(peer, 'quiet'),
      undefined,
      'ScriptDuration, same page, autoconsent alone vs no extension',
    ),
    ratio(
      'floor: an observer that does nothing',
      scriptOf(none, 'quiet'),
      scriptOf(floor, 'quiet'),
      undefined,
      'no extension; the page watched for elements and texts as the running guide watches it, by an observer that ignores what it hears: the least any guide that notices targets appearing can cost',
    ),
    ratio(
      'floor: product cards unheard',
      scriptOf(none, 'quiet'),
      scriptOf(partitioned, 'quiet'),
      undefined,
      "no extension; the same observer, but watching an element that holds a product card (a review, a help bot: regions.ts's INTRUDING) only for its own children and a card not at all: the least a guide that never hears inside them can cost",
    ),
    ratio(
      'active: searching, target absent',
      scriptOf(none, 'searching'),
      scriptOf(aliexit, 'searching'),
      BUDGETS.activeRatio,
      'guide running, nothing on the page to point at',
    ),
    ratio(
      'active: highlighting while scrolling',
      scriptOf(none, 'scrolling'),
      scriptOf(aliexit, 'scrolling'),
      BUDGETS.activeRatio,
      "guide pointing at the header's sign-in item while the page scrolls",
    ),
    ratio(
      'active searching: script + layout + style',
      workOf(none, 'searching'),
      workOf(aliexit, 'searching'),
      undefined,
      'main-thread work beside script: the layout a script forces (reading where an element is) counts as script time, and the browser then has that much less layout to do before painting',
    ),
    ratio(
      'active scrolling: script + layout + style',
      workOf(none, 'scrolling'),
      workOf(aliexit, 'scrolling'),
      undefined,
      'the same while highlighting on the scrolling page (the ring is drawn by CSS anchored to the element: no position is read per frame where the browser anchors)',
    ),
    extra(
      'idle: extra script',
      scriptOf(none, 'quiet'),
      scriptOf(aliexit, 'quiet'),
      config.windowMs,
      'the idle ratio in absolute terms: ms of script per second of page time',
    ),
    extra(
      'peer idle: extra script',
      scriptOf(none, 'quiet'),
      scriptOf(peer, 'quiet'),
      config.windowMs,
      'the same for autoconsent',
    ),
    extra(
      'active searching: extra script',
      scriptOf(none, 'searching'),
      scriptOf(aliexit, 'searching'),
      config.windowMs,
      'the searching ratio in absolute terms (a page whose own script is heavier sees a smaller ratio for the same cost)',
    ),
    extra(
      'active scrolling: extra script',
      scriptOf(none, 'scrolling'),
      scriptOf(aliexit, 'scrolling'),
      config.windowMs,
      'the scrolling ratio in absolute terms',
    ),
    measured(
      'page load: content script',
      aliexit.flatMap((run) => run.load ?? []),
      "ms of the extension's own script per page load, guide not started, from navigation to a second after load (Chromium trace)",
    ),
    measured(
      'peer page load: content script',
      peer.flatMap((run) => run.load ?? []),
      'the same for autoconsent',
    ),
    measured(
      'own script: idle',
      aliexit.flatMap((run) => run.ownIdle ?? []),
      "ms per second of AliExit's own script (trace) on the feed page, guide not started",
      'ms/s',
    ),
    measured(
      'peer own script: idle',
      peer.flatMap((run) => run.ownIdle ?? []),
      'the same for autoconsent',
      'ms/s',
    ),
    measured(
      'own script: searching',
      aliexit.flatMap((run) => run.ownSearching ?? []),
      "ms per second of AliExit's own script (trace), guide running, target absent: beside the ratio, a figure the page's own work and the machine's noise do not move",
      'ms/s',
    ),
    measured(
      'own script: scrolling',
      aliexit.flatMap((run) => run.ownScrolling ?? []),
      "the same while highlighting on the scrolling page, within the 10 s after the page's arrival (the whole page is watched then)",
      'ms/s',
    ),
    measured(
      'own script: scrolling, settled',
      aliexit.flatMap((run) => run.ownScrollingSettled ?? []),
      "the same, past the arrival's whole-page watch: only around the highlighted element",
      'ms/s',
    ),
    timing(
      'reaction: target inserted',
      flat((run) => run.insertion),
      'p95',
      BUDGETS.reactionP95Ms,
      'header inserted into the churning feed → its item carries data-aliexit-target',
    ),
    timing(
      'reaction: target inserted, first of a round',
      flat(firstInsertion),
      'median',
      BUDGETS.reactionP95Ms,
      "the first of each round's insertions, the guide's first look since the page's arrival: the kept texts read whole every card the feed added since, and the code runs cold",
    ),
    timing(
      'reaction: target inserted, the others',
      flat(laterInsertions),
      'p95',
      BUDGETS.reactionP95Ms,
      'the rest of the insertions: the look before was the header taken away, a moment earlier',
    ),
    timing(
      'reaction: route changed',
      flat((run) => run.route),
      'p95',
      BUDGETS.reactionP95Ms,
      'pushState + re-render in the deletion app → the next element is marked',
    ),
    timing(
      'one look: 2,000 look-alike texts',
      flat((run) => run.labelsOwn),
      'median',
      BUDGETS.lookAlikeEvaluationMs,
      "ms of AliExit's own script (trace) from a header inserted into /p/bench/labels.html (10,000 elements, 2,000 short texts that fit the 'Account' label), guide at the account step, signed in: up to the header's account item marked: the evaluation, the mark, and drawing the overlay again (it was taken down when the header left)",
    ),
    measured(
      'reaction: 2,000 look-alike texts',
      flat((run) => run.labelsInsertion),
      'the same page: header inserted → its account item carries data-aliexit-target',
    ),
    timing(
      'popup first paint',
      flat((run) => run.popup),
      'median',
      BUDGETS.popupPaintMs,
      'first contentful paint of popup.html (the checklist)',
    ),
    ...(baseline.length > 0 ? beforeAndAfter(none, baseline, aliexit, config.windowMs) : []),
  ];
  return {
    date: new Date().toISOString(),
    seconds,
    config,
    figures,
    size: sizes,
    runs,
  };
}

/**
 * With a baseline build in the same rounds (BENCH_BASELINE): its figures beside ours, paired
 * round by round, so that a before/after comparison shares the machine's load of the moment.
 */
function beforeAndAfter(
  none: readonly ArmRun[],
  baseline: readonly ArmRun[],
  aliexit: readonly ArmRun[],
  windowMs: number,
): Figure[] {
  const all = (runs: readonly ArmRun[], pick: (run: ArmRun) => number[] | undefined) =>
    runs.flatMap((run) => pick(run) ?? []);
  return [
    ratio(
      'before: active: searching, target absent',
      scriptOf([...none], 'searching'),
      scriptOf([...baseline], 'searching'),
      undefined,
      'the baseline build (BENCH_BASELINE), same rounds, same window',
    ),
    ratio(
      'after vs before: searching script',
      scriptOf([...baseline], 'searching'),
      scriptOf([...aliexit], 'searching'),
      undefined,
      'ScriptDuration of the searching window, this build against the baseline, paired by round',
    ),
    extra(
      'after vs before: searching extra script',
      scriptOf([...baseline], 'searching'),
      scriptOf([...aliexit], 'searching'),
      windowMs,
      'the same in ms per second (negative: this build costs less)',
    ),
    measured(
      'before: own script: searching',
      all(baseline, (run) => (run.ownSearching === undefined ? [] : [run.ownSearching])),
      'the baseline build, traced as above',
      'ms/s',
    ),
    measured(
      'before: own script: scrolling',
      all(baseline, (run) => (run.ownScrolling === undefined ? [] : [run.ownScrolling])),
      'the baseline build, traced as above',
      'ms/s',
    ),
    measured(
      'before: own script: scrolling, settled',
      all(baseline, (run) =>
        run.ownScrollingSettled === undefined ? [] : [run.ownScrollingSettled],
      ),
      'the baseline build, traced as above',
      'ms/s',
    ),
    timing(
      'before: reaction: target inserted',
      all(baseline, (run) => run.insertion),
      'p95',
      BUDGETS.reactionP95Ms,
      'the baseline build',
    ),
    timing(
      'before: reaction: target inserted, first of a round',
      all(baseline, firstInsertion),
      'median',
      BUDGETS.reactionP95Ms,
      'the baseline build',
    ),
    timing(
      'before: reaction: target inserted, the others',
      all(baseline, laterInsertions),
      'p95',
      BUDGETS.reactionP95Ms,
      'the baseline build',
    ),
    timing(
      'before: reaction: route changed',
      all(baseline, (run) => run.route),
      'p95',
      BUDGETS.reactionP95Ms,
      'the baseline build',
    ),
    timing(
      'before: one look: 2,000 look-alike texts',
      all(baseline, (run) => run.labelsOwn),
      'median',
      BUDGETS.lookAlikeEvaluationMs,
      'the baseline build',
    ),
    measured(
      'before: reaction: 2,000 look-alike texts',
      all(baseline, (run) => run.labelsInsertion),
      'the baseline build',
    ),
  ];
}
