import type { Box } from './geometry';
import type { Confidence } from '../locate/locate';
import type { Reminder } from './reminder';
import type { MessageKey, StepDef } from '../steps/types';

/** A page's own guidance (a notice, or another way), shown instead of the route's step. */
export interface SideCard {
  readonly kind: 'notice' | 'alternative';
  readonly title: MessageKey;
  readonly lookFor: MessageKey;
  readonly link?: { readonly href: string; readonly text: MessageKey };
}

/** What the on-page overlay draws. Written by the controller, rendered by components/overlay. */
export interface OverlayState {
  /** The user's current step of the route. */
  readonly step: StepDef;
  /** 1-based position of the user's current step, and the number of steps to act on. */
  readonly stepNumber: number;
  readonly total: number;
  readonly side?: SideCard;
  /** Set when the element shown belongs to an earlier step that leads back to the route. */
  readonly detourTitle?: MessageKey;
  readonly instruction: MessageKey;
  /** The highlighted element's box in viewport coordinates; null: nothing highlighted. */
  readonly target: Box | null;
  /** The region around the target (an open menu) that the card should not cover. */
  readonly avoid: Box | null;
  /**
   * The ring is drawn by CSS anchored to the element (it follows the element with no script);
   * else from `target`, re-read as the page scrolls.
   */
  readonly ringAnchored?: boolean;
  /** The page's way forward the card never covers: the target's section's controls, its actions. */
  readonly obstacles: readonly Box[];
  /** What the card sits beside: the target, or the iframe that holds it. */
  readonly anchor: Box | null;
  /** False in a child frame: it draws the ring, the top frame draws the card. */
  readonly cardHere: boolean;
  /** Other ways to do the same, outlined with dashes. */
  readonly alternatives: readonly Box[];
  readonly confidence?: Confidence;
  /** Still waiting for a late page to render the element. */
  readonly searching: boolean;
  /** The step belongs here but its element was not found: explain what to look for. */
  readonly missing: boolean;
  readonly finished: boolean;
  /** Before a destructive step: what is left of "before you delete"; never blocks the user. */
  readonly reminder?: Reminder;
  /** "Show me where it is" and "That's not it" (core/corrections); absent: neither offered. */
  readonly correction?: CorrectionCard;
}

/** What the card offers for correcting the guide, and what pick mode draws. */
export interface CorrectionCard {
  /** The step belongs on this page: the user may show where its element is. */
  readonly canShow: boolean;
  /** Something is highlighted: the user may say it is not it. */
  readonly canReject: boolean;
  /** Pick mode is on. */
  readonly picking: boolean;
  /** The highlighted element is the one the user showed. */
  readonly showed: boolean;
  /** The step's element deletes: picking only marks it, the user presses it. */
  readonly destructive: boolean;
  /** Pick mode: the control under the pointer or focus, and the pointer. */
  readonly hover: Box | null;
  readonly pointer: { readonly x: number; readonly y: number } | null;
}

/**
 * The event behind an action. The page can reach the card's buttons through the open shadow
 * root and dispatch clicks and keys of its own; only the browser's own (trusted) events are the
 * user's. Every action takes the event, so that no path changes progress or visibility without it.
 */
export type UserEvent = Pick<Event, 'isTrusted'>;

export interface OverlayActions {
  didThis(event: UserEvent): void;
  hide(event: UserEvent): void;
  /** The card's correction buttons: each acts only for the user's own (trusted) click. */
  showMe(event: UserEvent): void;
  notIt(event: UserEvent): void;
  cancelPick(event: UserEvent): void;
}
