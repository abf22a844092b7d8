import type { PageKind } from '../pages/kinds';
import {
  ACTIONABLE_STEPS,
  currentStep,
  isFinished,
  stepNumber,
  type Progress,
} from '../progress/state';
import { DEFAULT_ORIGIN, shopOriginOf } from '../site/hosts';
import { childInstruction, childShowing, type ChildShowing } from './child-frames';
import type { Pointer } from './evaluate';
import type { CorrectionCard, OverlayState, SideCard } from './overlay-state';
import { reminderFor } from './reminder';

/**
 * What the card says and offers, from the evaluation's pointer, the user's progress and the
 * page's address: a function of its inputs, with no DOM, no layout and no timers. The controller
 * adds the boxes it reads from the layout (geometry.ts) and draws the result.
 */

/** How long a late page may take to render the step's element before the card says so. */
export const SEARCH_GRACE_MS = 2500;

/** The overlay state without the boxes, which only the layout knows. */
export type CardWords = Omit<
  OverlayState,
  'target' | 'avoid' | 'obstacles' | 'anchor' | 'alternatives'
>;

/** Whether anything is shown, and by whom: this frame, or beside the child frame that holds it. */
export type CardPlan =
  /** Nothing to show. `silent`: a child frame also tells the top frame it holds nothing. */
  | { readonly show: 'nothing'; readonly silent: boolean }
  | { readonly show: 'beside-child'; readonly child: ChildShowing }
  | { readonly show: 'pointer' };

export function planCard(
  pointer: Pointer,
  pages: ReadonlySet<PageKind>,
  progress: Progress,
  frame: { readonly isTop: boolean; readonly children?: readonly ChildShowing[] },
): CardPlan {
  // The route is over and proven: only the deleted page itself, or a page's own guidance, talks.
  if (isFinished(progress) && !pages.has('deleted') && !pointer.side) {
    return { show: 'nothing', silent: false };
  }
  const ownElement = pointer.element !== null && !pointer.detour;
  // A child frame speaks only when it holds the element itself.
  if (!frame.isTop) return ownElement ? { show: 'pointer' } : { show: 'nothing', silent: true };
  // A child frame holds the step's element: the top frame's own guesses (a way back through the
  // menu, "not found") would be wrong. It shows the card beside that iframe instead.
  const child = ownElement
    ? undefined
    : childShowing(frame.children, pointer.guide.id, currentStep(progress).id);
  return child ? { show: 'beside-child', child } : { show: 'pointer' };
}

/** Whether the card is still waiting for a late page, or says the element was not found. */
export interface Search {
  /** When the wait for this step's element began; undefined: not waiting. */
  readonly since: number | undefined;
  readonly searching: boolean;
  readonly missing: boolean;
}

/**
 * The wait for a step's element that belongs on this page but is not (yet) there: searching for
 * `SEARCH_GRACE_MS` from the first look that missed it, then "not found". Found, or not expected
 * here: no wait at all.
 */
export function searchFor(pointer: Pointer, since: number | undefined, now: number): Search {
  if (pointer.element || !pointer.expected) {
    return { since: undefined, searching: false, missing: false };
  }
  const began = since ?? now;
  const searching = now - began < SEARCH_GRACE_MS;
  return { since: began, searching, missing: !searching };
}

/** CSS draws the ring on the element itself when it can: scrolling then costs no script. */
export function ringAnchoredFor(pointer: Pointer, anchoring: boolean): boolean {
  return pointer.element !== null && pointer.alternatives.length === 0 && anchoring;
}

/** What every card says: where the user is on the route, and the page's own guidance. */
export function routeWords(pointer: Pointer, progress: Progress, url: URL) {
  const step = currentStep(progress);
  const side = sideCard(pointer, url);
  return {
    step,
    stepNumber: stepNumber(progress),
    total: ACTIONABLE_STEPS,
    ...(side ? { side } : {}),
    finished: isFinished(progress),
    ...reminderFor(step, progress),
  };
}

/** The card for the pointer shown in this frame (the ring here; the card too in the top frame). */
export function pointerCard(input: {
  readonly pointer: Pointer;
  readonly progress: Progress;
  readonly url: URL;
  readonly search: Search;
  readonly isTop: boolean;
  readonly ringAnchored: boolean;
  readonly correction?: CorrectionCard | undefined;
}): CardWords {
  const { pointer, correction, search } = input;
  return {
    ...routeWords(pointer, input.progress, input.url),
    ...(correction ? { correction } : {}),
    ...(pointer.detour ? { detourTitle: pointer.guide.text.title } : {}),
    instruction: pointer.instruction,
    ringAnchored: input.ringAnchored,
    // In a child frame the ring is drawn here, the card by the top frame (room to read it).
    cardHere: input.isTop,
    ...(pointer.confidence ? { confidence: pointer.confidence } : {}),
    searching: search.searching,
    missing: search.missing,
  };
}

/** The top frame's card beside the iframe whose child frame highlights the element. */
export function besideChildCard(
  child: ChildShowing,
  pointer: Pointer,
  progress: Progress,
  url: URL,
): CardWords {
  return {
    ...routeWords(pointer, progress, url),
    instruction: childInstruction(child, currentStep(progress).text.instruction),
    ringAnchored: false,
    searching: false,
    missing: false,
    cardHere: true,
  };
}

/** A page's own guidance (a notice, another way), with its link back to the route, if any. */
export function sideCard(pointer: Pointer, url: URL): SideCard | undefined {
  const side = pointer.side;
  if (!side) return undefined;
  return {
    kind: side.kind,
    title: side.text.title,
    lookFor: side.text.lookFor,
    ...(side.link
      ? { link: { href: new URL(side.link.path, shopOrigin(url)).href, text: side.link.text } }
      : {}),
  };
}

/** Links back to the route go to the shop's own host (www or a language host), not accounts. */
function shopOrigin(url: URL): string {
  return shopOriginOf(url) ?? DEFAULT_ORIGIN;
}
