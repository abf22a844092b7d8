import type { Label, LabelSet } from '../labels/types';
import { labelSieve } from '../locate/label-sieve';
import type { PageSnapshot } from '../locate/snapshot';
import { readingOf, HOLDS, type PageDetector, type Reading } from './detector';
import type { PageKind } from './kinds';
import {
  botCheck,
  home,
  legacyAccount,
  orders,
  ORDERS_HEADING,
  privacyCenter,
  privacyRequest,
  privacySubmitted,
  product,
} from './other-pages';
import { routeMarks } from './route-marks';
import {
  account,
  codeEntry,
  deleted,
  deleteExplainer,
  finalConfirmation,
  login,
  securityCheck,
  settings,
} from './route-pages';
import { accountMenu, header, signedOut } from './surroundings';

export const DETECTORS: readonly PageDetector[] = [
  signedOut,
  header,
  accountMenu,
  login,
  account,
  settings,
  deleteExplainer,
  securityCheck,
  codeEntry,
  finalConfirmation,
  deleted,
  botCheck,
  legacyAccount,
  privacyCenter,
  privacyRequest,
  privacySubmitted,
  home,
  product,
  orders,
];

/** The labels detectors fit besides the page's label set's. */
const DETECTOR_LABELS: readonly Label[] = [ORDERS_HEADING];

/** What the page is, on evidence: one main kind (or none), the kinds around it, and why. */
export interface PageReading {
  /** The main content's kind: the strongest reading that holds; none on a tie or when none holds. */
  readonly main?: Reading;
  /** Surrounding kinds that hold (the header, the open menu). */
  readonly around: readonly Reading[];
  /** The main kind and the surrounding ones: where a step's placements may apply. */
  readonly kinds: ReadonlySet<PageKind>;
  /** Kinds proven strongly enough for progress to rest on. */
  readonly strong: ReadonlySet<PageKind>;
  /** No main kind, but the main content carries the route's marks (a deletion page reworded). */
  readonly routeMarks: boolean;
  /** Every reading with some evidence, those that hold first (for the tester view). */
  readonly readings: readonly Reading[];
}

export function readPage(snapshot: PageSnapshot, labels: LabelSet): PageReading {
  // The words of the set's labels and of the detectors' own sift the page's texts and names
  // before any label is fitted to them.
  labelSieve(labels, DETECTOR_LABELS);
  const readings = DETECTORS.map((detector) => ({
    detector,
    evidence: detector.read(snapshot, labels),
  }));
  const candidates = readings
    .filter(({ detector, evidence }) => detector.sort === 'main' && evidence.length > 0)
    .map(({ detector, evidence }) => readingOf(detector, evidence));
  // Alone (no other kind holds), a kind also has every other page's marks absent: one more sort
  // of evidence. A stray weak sign of another kind (one close label) does not count as its marks.
  const holding = candidates.filter((reading) => reading.strength >= HOLDS);
  const mains = candidates
    .map((reading) =>
      holding.every((other) => other === reading) ? withAbsence(reading, readings) : reading,
    )
    .filter((reading) => reading.strength >= HOLDS)
    .sort((a, b) => b.strength - a.strength);
  const [first, second] = mains;
  // One at a time: the strongest wins; a tie is unknown.
  const main = first && (!second || second.strength < first.strength) ? first : undefined;
  const around = readings
    .filter(({ detector, evidence }) => detector.sort === 'surrounding' && evidence.length > 0)
    .map(({ detector, evidence }) => readingOf(detector, evidence))
    .filter((reading) => reading.strength >= HOLDS);
  const present = [...(main ? [main] : []), ...around];
  return {
    ...(main ? { main } : {}),
    around,
    kinds: new Set(present.map((reading) => reading.kind)),
    strong: new Set(present.filter((reading) => reading.strong).map((reading) => reading.kind)),
    routeMarks: !main && routeMarks(snapshot, labels),
    readings: [
      ...mains,
      ...candidates.filter((c) => !mains.some((m) => m.kind === c.kind)),
      ...around,
    ],
  };
}

function withAbsence(
  reading: Reading,
  all: readonly { detector: PageDetector; evidence: readonly unknown[] }[],
): Reading {
  const detector = all.find((item) => item.detector.kind === reading.kind)?.detector;
  if (!detector) return reading;
  return readingOf(detector, [
    ...reading.evidence,
    { sort: 'absence', weight: 1, what: "no other page's marks" },
  ]);
}

/** Every kind the page is of right now: its main kind and the surrounding ones. */
export function detectPages(snapshot: PageSnapshot, labels: LabelSet): ReadonlySet<PageKind> {
  return readPage(snapshot, labels).kinds;
}
