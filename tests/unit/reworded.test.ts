import { describe, expect, it } from 'vitest';
import { evaluate, type Pointer } from '../../core/guide/evaluate';
import { labelsFor, pageLanguage } from '../../core/labels';
import { INITIAL_PROGRESS, complete, start, type Progress } from '../../core/progress/state';
import { ROUTE } from '../../core/steps/route';
import type { StepDef, StepId } from '../../core/steps/types';
import { replicaRewordedStates } from '../replica/views';
import { replicaSnapshot } from './replica-page';

/** Progress with the user on `id`: every step before it done. */
function at(id: StepId): Progress {
  const index = ROUTE.findIndex((step) => step.id === id);
  const previous = ROUTE[index - 1];
  return previous ? complete(start(INITIAL_PROGRESS), previous.id) : start(INITIAL_PROGRESS);
}

type Outcome = 'found' | 'explained' | 'wrong';

/**
 * Found: the replica's own mark for the step is on the element. Explained: the card stays on
 * the step and says in words what to look for. Anything else is wrong: another element, an
 * earlier step (a detour out of the deletion flow), another guide.
 */
function outcomeOf(step: StepDef, pointer: Pointer): Outcome {
  if (pointer.guide.id !== step.id || pointer.detour) return 'wrong';
  if (!pointer.element) return 'explained';
  const marks = pointer.element.getAttribute('data-replica-target')?.split(/\s+/) ?? [];
  return marks.includes(step.id) ? 'found' : 'wrong';
}

/** The steps that happen on a state's pages (those with something to point at). */
function stepsOn(kinds: readonly string[]): StepDef[] {
  return ROUTE.filter((step) =>
    step.placements.some((p) => p.phases.length > 0 && kinds.includes(p.page)),
  );
}

describe('the deletion pages in other words (?replica_wording=2)', () => {
  const outcomes = new Map<string, Outcome>();
  for (const state of replicaRewordedStates) {
    for (const step of stepsOn(state.pageKinds)) {
      it(`${step.id} on ${state.name}: found by meaning, never pointed wrongly`, () => {
        const snapshot = replicaSnapshot(state);
        const labels = labelsFor(pageLanguage(snapshot.doc, snapshot.url.hostname));
        const outcome = outcomeOf(step, evaluate(snapshot, labels, at(step.id)).pointer);
        outcomes.set(`${state.name} ${step.id}`, outcome);
        expect(outcome).toBe('found');
      });
    }
  }
  it('prints found / explained / wrong per page', () => {
    console.log([...outcomes].map(([key, outcome]) => `${key}: ${outcome}`).join('\n'));
  });
});
