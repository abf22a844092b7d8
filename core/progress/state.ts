import type { AppStepId } from '../app-route';
import type { CheckId } from '../before-you-delete';
import { CLOSING_STEP, ROUTE } from '../steps/route';
import type { StepDef, StepId } from '../steps/types';

/** How a step ended: done by the user, or passed over (the user went straight to a later page). */
export type Outcome = 'done' | 'skipped';
export type StepStatus = Outcome | 'current' | 'pending';

/** Everything AliExit stores: where the user is on the route. Nothing personal. */
export interface Progress {
  /** The user pressed Start and has not reset. */
  readonly running: boolean;
  /** Highlights on the page are shown (the user may hide them and keep the route). */
  readonly visible: boolean;
  readonly outcomes: Readonly<Partial<Record<StepId, Outcome>>>;
  /** "Before you delete" items the user ticked (since storage version 2). */
  readonly beforeYouDelete: readonly CheckId[];
  /** Steps of the mobile app route the user ticked (since storage version 2). */
  readonly appRoute: readonly AppStepId[];
}

export const INITIAL_PROGRESS: Progress = {
  running: false,
  visible: true,
  outcomes: {},
  beforeYouDelete: [],
  appRoute: [],
};

/** The first step without an outcome; the closing step once every step has one. */
export function currentIndex(progress: Progress): number {
  const index = ROUTE.findIndex((step) => !progress.outcomes[step.id]);
  return index === -1 ? ROUTE.indexOf(CLOSING_STEP) : index;
}

export function currentStep(progress: Progress): StepDef {
  return ROUTE[currentIndex(progress)] ?? CLOSING_STEP;
}

export function statusOf(progress: Progress, id: StepId): StepStatus {
  const outcome = progress.outcomes[id];
  // The closing step is where the route ends: current once reached, proven or not.
  if (outcome && id !== CLOSING_STEP.id) return outcome;
  return ROUTE[currentIndex(progress)]?.id === id ? 'current' : 'pending';
}

/** The steps the user acts on: every step but the closing one. */
const ACTIONABLE: readonly StepDef[] = ROUTE.filter((step) => !step.closing);

/** How many steps the user acts on: the n of "step k of n". */
export const ACTIONABLE_STEPS = ACTIONABLE.length;

/** The current step's place on the route, as "step k of n" shows it (the closing step counts as n). */
export function stepNumber(progress: Progress): number {
  return Math.min(currentIndex(progress) + 1, ACTIONABLE_STEPS);
}

export function completedCount(progress: Progress): number {
  return ACTIONABLE.filter((step) => progress.outcomes[step.id]).length;
}

/**
 * Every step has an outcome and the deletion is proven: the closing step is done only once the
 * deleted page was seen with strong evidence after the user's own click on Delete Account (or
 * the user said so). Until then the popup and card ask rather than say it is deleted.
 */
export function isFinished(progress: Progress): boolean {
  return (
    completedCount(progress) === ACTIONABLE_STEPS && progress.outcomes[CLOSING_STEP.id] === 'done'
  );
}

export function start(progress: Progress): Progress {
  return { ...progress, running: true, visible: true };
}

export function reset(): Progress {
  return INITIAL_PROGRESS;
}

export function setVisible(progress: Progress, visible: boolean): Progress {
  return { ...progress, visible };
}

/**
 * Marks a step done. Steps before it that have no outcome were passed over: "skipped".
 * Never moves progress backwards.
 */
export function complete(progress: Progress, id: StepId): Progress {
  const index = ROUTE.findIndex((step) => step.id === id);
  if (index < 0 || progress.outcomes[id] === 'done') return progress;
  const outcomes: Partial<Record<StepId, Outcome>> = { ...progress.outcomes };
  for (const step of ROUTE.slice(0, index)) outcomes[step.id] ??= 'skipped';
  outcomes[id] = 'done';
  return { ...progress, outcomes };
}

/** Takes a step's outcome back (the user unticked the confirmation box). Later steps too. */
export function reopen(progress: Progress, id: StepId): Progress {
  const index = ROUTE.findIndex((step) => step.id === id);
  if (index < 0 || !progress.outcomes[id]) return progress;
  const reopened = new Set(ROUTE.slice(index).map((step) => step.id));
  const outcomes = Object.fromEntries(
    Object.entries(progress.outcomes).filter(([id]) => !reopened.has(id as StepId)),
  );
  return { ...progress, outcomes };
}
