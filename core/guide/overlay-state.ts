import type { Box } from './geometry';
import type { Confidence } from '../locate/locate';
import type { MessageKey, StepDef } from '../steps/types';

/** What the on-page overlay draws. Written by the controller, rendered by components/overlay. */
export interface OverlayState {
  readonly step: StepDef;
  /** 1-based position of the user's current step, and the number of steps to act on. */
  readonly stepNumber: number;
  readonly total: number;
  /** Set when the element shown belongs to an earlier step that leads back to the route. */
  readonly detourTitle?: MessageKey;
  readonly instruction: MessageKey;
  /** The highlighted element's box in viewport coordinates; null: nothing highlighted. */
  readonly target: Box | null;
  /** The region around the target (an open menu) that the card should not cover. */
  readonly avoid: Box | null;
  readonly confidence?: Confidence;
  /** Still waiting for a late page to render the element. */
  readonly searching: boolean;
  /** The step belongs here but its element was not found: explain what to look for. */
  readonly missing: boolean;
  readonly finished: boolean;
}

export interface OverlayActions {
  didThis(): void;
  hide(): void;
}
