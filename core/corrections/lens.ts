import type { LabelSet } from '../labels/types';
import { locate, locateNear, type Located } from '../locate/locate';
import type { PageSnapshot } from '../locate/snapshot';
import type { TargetSpec } from '../locate/spec';
import type { PageKind } from '../pages/kinds';

/** One step's (or side guide's) phase on one page kind: where a correction applies. */
export interface Slot {
  readonly guide: string;
  readonly page: PageKind;
  readonly phase: number;
}

/** What the user's corrections say about one look at the page (built by session.ts). */
export interface CorrectionsLens {
  /** The control the user showed for this slot, when it is on the page and shown. */
  showed(slot: Slot): Element | null;
  /** Whether the user said this element is not the slot's one. */
  rejected(slot: Slot): ((element: Element) => boolean) | undefined;
}

/** A user's own pick outranks every signal of the step model: it is what their site shows. */
export const CORRECTION_SCORE = 10;

const lenses = new WeakMap<PageSnapshot, CorrectionsLens>();

/** The controller hands one evaluation its lens; evaluations without one see no corrections. */
export function attachLens(snapshot: PageSnapshot, lens: CorrectionsLens): void {
  lenses.set(snapshot, lens);
}

/**
 * The locator for a step's phase, with the user's corrections: their pick first, then the
 * ranked signals without the elements they rejected; near `anchor` first when a later phase
 * follows an earlier one (Verify under the code boxes). (evaluate.ts calls this where it locates.)
 */
export function locateCorrected(
  snapshot: PageSnapshot,
  spec: TargetSpec,
  labels: LabelSet,
  slot: Slot,
  anchor?: Element,
): Located | null {
  const find = (exclude?: (element: Element) => boolean) =>
    anchor
      ? locateNear(snapshot, spec, labels, anchor, exclude)
      : locate(snapshot, spec, labels, exclude);
  const lens = lenses.get(snapshot);
  if (!lens) return find();
  const showed = lens.showed(slot);
  if (showed && snapshot.isVisible(showed)) {
    return {
      element: showed,
      score: CORRECTION_SCORE,
      confidence: 'high',
      signals: ['correction'],
    };
  }
  return find(lens.rejected(slot));
}
