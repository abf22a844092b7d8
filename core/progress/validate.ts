import { APP_STEP_IDS } from '../app-route';
import { CHECK_IDS } from '../before-you-delete';
import { ROUTE } from '../steps/route';
import { STEP_IDS, type StepId } from '../steps/types';
import { INITIAL_PROGRESS, type Outcome, type Progress } from './state';

export interface Parsed {
  readonly progress: Progress;
  /** The stored value was not a valid Progress and has been replaced by a safe one. */
  readonly repaired: boolean;
}

const OUTCOMES: ReadonlySet<unknown> = new Set<Outcome>(['done', 'skipped']);
const STEPS: ReadonlySet<unknown> = new Set<StepId>(STEP_IDS);

/**
 * Reads whatever storage holds into a valid Progress. Unknown steps and values are dropped;
 * anything that is not an object becomes the initial state. Never throws.
 */
export function parseProgress(raw: unknown): Parsed {
  if (raw === null || raw === undefined) return { progress: INITIAL_PROGRESS, repaired: false };
  if (!isRecord(raw)) return { progress: INITIAL_PROGRESS, repaired: true };
  let repaired = false;
  const flag = (value: unknown, fallback: boolean): boolean => {
    if (typeof value === 'boolean') return value;
    repaired = true;
    return fallback;
  };
  const running = flag(raw.running, INITIAL_PROGRESS.running);
  const visible = flag(raw.visible, INITIAL_PROGRESS.visible);
  const known: Partial<Record<StepId, Outcome>> = {};
  if (isRecord(raw.outcomes)) {
    for (const [id, outcome] of Object.entries(raw.outcomes)) {
      if (STEPS.has(id) && OUTCOMES.has(outcome)) known[id as StepId] = outcome as Outcome;
      else repaired = true;
    }
  } else {
    repaired = true;
  }
  const outcomes = routePrefix(known);
  if (Object.keys(outcomes).length !== Object.keys(known).length) repaired = true;
  const ticks = <T extends string>(value: unknown, known: readonly T[]): T[] => {
    if (!Array.isArray(value)) {
      repaired = true;
      return [];
    }
    const valid = new Set(value.filter((id): id is T => known.includes(id as T)));
    if (valid.size !== value.length) repaired = true;
    return known.filter((id) => valid.has(id));
  };
  const beforeYouDelete = ticks(raw.beforeYouDelete, CHECK_IDS);
  const appRoute = ticks(raw.appRoute, APP_STEP_IDS);
  return { progress: { running, visible, outcomes, beforeYouDelete, appRoute }, repaired };
}

/**
 * The outcomes as the transitions make them: a prefix of the route (a step gets one only once
 * every step before it has one). Anything past the first step without an outcome is dropped: a
 * lone "delete: done" would say the user deleted the account without any step before it.
 */
function routePrefix(outcomes: Partial<Record<StepId, Outcome>>): Partial<Record<StepId, Outcome>> {
  const prefix: Partial<Record<StepId, Outcome>> = {};
  for (const step of ROUTE) {
    const outcome = outcomes[step.id];
    if (!outcome) break;
    prefix[step.id] = outcome;
  }
  return prefix;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
