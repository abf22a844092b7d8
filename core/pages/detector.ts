import type { LabelSet } from '../labels/types';
import type { PageSnapshot } from '../locate/snapshot';
import type { PageKind } from './kinds';

export interface PageDetector {
  readonly kind: PageKind;
  /** Whether the page in the snapshot is of this kind. Reads the DOM; writes nothing. */
  matches(snapshot: PageSnapshot, labels: LabelSet): boolean;
}

/** URLs a detector must recognise; the detector test also proves no other detector's URL does. */
export interface UrlSamples {
  readonly kind: PageKind;
  readonly urls: readonly string[];
}

export function urlMatches(url: URL, patterns: readonly RegExp[]): boolean {
  const href = `${url.hostname}${url.pathname}`;
  return patterns.some((pattern) => pattern.test(href));
}
