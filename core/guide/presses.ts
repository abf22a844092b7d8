import { ROUTE } from '../steps/route';
import type { Guide, StepDef, StepId } from '../steps/types';
import { isChecked, type Pointer } from './evaluate';

/** A trusted event on the shown element, as the controller hears it (capture, on the document). */
export interface Press {
  readonly type: 'click' | 'keydown' | 'keyup' | 'change';
  readonly key?: string;
}

/** What the user's own press on the shown element does. */
export interface PressEffect {
  /** The step whose last phase the user pressed: evidence for the page that follows. */
  readonly pressed?: StepId;
  /** The step the press completes now. */
  readonly complete?: StepDef;
  /** A custom checkbox pressed: its state is read once the page's handler has run. */
  readonly readTick?: StepDef;
  /** Look at the page again now (a click or a change answers at once). */
  readonly evaluate: boolean;
}

const NOTHING: PressEffect = { evaluate: false };

/**
 * What a trusted event on the shown element means for the route. A click presses it. A custom
 * control fires no click for a key: Space or Enter on a role="button" presses it, heard as the
 * key goes down, before the page's own handler moves on (a native button's own click follows;
 * completing twice does nothing). A custom checkbox (role="checkbox") fires no change: Space or
 * Enter on it ticks it too, read as the key comes up. A native box says so with `change`.
 */
export function pressEffect(
  press: Press,
  guide: Guide,
  pointer: Pointer | null,
  element: Element,
): PressEffect {
  const step = asStep(guide);
  const byKey = press.key === ' ' || press.key === 'Enter';
  if (press.type === 'change') {
    const complete = step?.completion.checked && isChecked(element) ? step : undefined;
    return { ...(complete ? { complete } : {}), evaluate: true };
  }
  if (press.type === 'keyup') {
    return byKey && step?.completion.checked && isCustomCheckbox(element)
      ? { readTick: step, evaluate: false }
      : NOTHING;
  }
  if (press.type === 'keydown' && !byKey) return NOTHING;
  const click = press.type === 'click';
  return {
    ...(step && movesOn(step, pointer) ? { pressed: step.id } : {}),
    ...(step?.completion.click ? { complete: step } : {}),
    ...(click && step?.completion.checked && isCustomCheckbox(element) ? { readTick: step } : {}),
    evaluate: click,
  };
}

/**
 * Whether the element shown is the step's last phase on its page (Verify, not the code boxes
 * before it): only a press there moves the user on, and so counts as evidence of the next page.
 */
export function movesOn(step: StepDef, pointer: Pointer | null): boolean {
  const slot = pointer?.slot;
  if (!slot || slot.guide !== step.id) return false;
  const placement = step.placements.find((candidate) => candidate.page === slot.page);
  return placement !== undefined && slot.phase === placement.phases.length - 1;
}

/** A checkbox drawn by the page (role="checkbox", aria-checked), with no native box inside. */
export function isCustomCheckbox(element: Element): boolean {
  if (element.querySelector('input[type="checkbox"]') || element.matches('input')) return false;
  return (
    element.matches('[role="checkbox"]') || element.querySelector('[role="checkbox"]') !== null
  );
}

/** The route's step behind a guide; undefined for a side guide (nothing of it is stored). */
function asStep(guide: Guide): StepDef | undefined {
  return ROUTE.find((step) => step === guide);
}
