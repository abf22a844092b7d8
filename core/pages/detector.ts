import type { LabelSet } from '../labels/types';
import type { PageSnapshot } from '../locate/snapshot';
import type { MainKind, PageKind, SurroundingKind } from './kinds';

/** The sorts of evidence a page kind rests on; a strong reading has two sorts at least. */
export type EvidenceSort =
  /** The page's address. */
  | 'url'
  /** A landmark or heading of the main content (or the region the kind is: the header). */
  | 'landmark'
  /** A control of the right role carrying the label of the step that happens there. */
  | 'control'
  /** Several distinct labels of that page. */
  | 'labels'
  /** No other page's marks in the main content (added by readPage). */
  | 'absence';

export interface Evidence {
  readonly sort: EvidenceSort;
  readonly weight: number;
  /** What was seen, for the tester view and the tests. */
  readonly what: string;
}

/** Sample pages a detector must recognise: replica state names, and its URLs. */
export interface DetectorSamples {
  readonly pages: readonly string[];
  readonly urls?: readonly string[];
}

interface DetectorBase {
  /** What the page shows of this kind. Reads the DOM; writes nothing. */
  read(snapshot: PageSnapshot, labels: LabelSet): readonly Evidence[];
  /** Address patterns, tested on their own against every detector's sample URLs. */
  readonly urls?: readonly RegExp[];
  readonly samples: DetectorSamples;
  /**
   * The strength that proves the kind (default STRONG): lower only for a page whose URL and
   * controls are unknown, where a heading and the absence of everything else is all there is.
   */
  readonly strongAt?: number;
}

export interface MainDetector extends DetectorBase {
  readonly kind: MainKind;
  readonly sort: 'main';
}

export interface SurroundingDetector extends DetectorBase {
  readonly kind: SurroundingKind;
  readonly sort: 'surrounding';
}

export type PageDetector = MainDetector | SurroundingDetector;

/** One kind's reading of a page. */
export interface Reading {
  readonly kind: PageKind;
  readonly strength: number;
  readonly evidence: readonly Evidence[];
  /** Strong enough to count as proof (progress may rest on it). */
  readonly strong: boolean;
}

/** The strength at which a kind is on the page at all (its placements apply). */
export const HOLDS = 2;
/** The strength that proves a kind, from at least two sorts of evidence. */
export const STRONG = 4;
const SORTS_FOR_PROOF = 2;

export function readingOf(
  detector: Pick<DetectorBase, 'strongAt'> & { kind: PageKind },
  evidence: readonly Evidence[],
): Reading {
  const strength = evidence.reduce((sum, item) => sum + item.weight, 0);
  const sorts = new Set(evidence.map((item) => item.sort)).size;
  return {
    kind: detector.kind,
    strength,
    evidence,
    strong: strength >= (detector.strongAt ?? STRONG) && sorts >= SORTS_FOR_PROOF,
  };
}

export function urlMatches(url: URL, patterns: readonly RegExp[]): boolean {
  const href = `${url.hostname}${url.pathname}`;
  return patterns.some((pattern) => pattern.test(href));
}
