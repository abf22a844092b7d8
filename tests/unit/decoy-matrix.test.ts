import { describe, expect, it } from 'vitest';
import { evaluate, type Decision } from '../../core/guide/evaluate';
import { labelsFor } from '../../core/labels';
import { complete, type Progress } from '../../core/progress/state';
import { ROUTE } from '../../core/steps/route';
import type { StepDef } from '../../core/steps/types';
import { PageSnapshot } from '../../core/locate/snapshot';
import { decoyStates, replicaState, type ReplicaSpec } from '../replica/views';
import {
  isVisibleWithoutLayout,
  pageLabels,
  progressAt,
  replicaMarks,
  replicaSnapshot,
} from './replica-page';

/**
 * The furthest step the page truly proves passed, from what the page really is (its replica
 * `pageKinds`, never what a guide detected): a step whose completion page it is, or any step
 * before the first step that happens on it.
 */
function furthestProvable(state: ReplicaSpec): number {
  return Math.max(
    -1,
    ...state.pageKinds.map((kind) => {
      const completes = ROUTE.findLastIndex((step) =>
        step.completion.pages?.some((page) => page === kind),
      );
      const placed = ROUTE.findIndex((step) => step.placements.some((p) => p.page === kind));
      return Math.max(completes, placed - 1);
    }),
  );
}

/** Whether the element is the one a correct guide highlights for this pointer. */
function isRight(decision: Decision, element: Element): boolean {
  const { guide, instruction } = decision.pointer;
  const marks = replicaMarks(element);
  // A later phase of a step (Verify after the code boxes) is marked `<step>:<phase>`.
  const laterPhase = instruction !== guide.text.instruction;
  return marks.some((mark) => mark === guide.id || (laterPhase && mark.startsWith(`${guide.id}:`)));
}

/** Steps the evaluation would complete or pass over, as the controller applies it. */
function advanced(before: Progress, decision: Decision): StepDef[] {
  let after = before;
  for (const step of decision.seen) after = complete(after, step.id);
  return ROUTE.filter((step) => !before.outcomes[step.id] && after.outcomes[step.id]);
}

function evaluateOn(state: ReplicaSpec, progress: Progress): Decision {
  return evaluateIn(replicaSnapshot(state), progress);
}

/** A fresh look at the same document: evaluation writes nothing, so one page serves every step. */
function evaluateIn(page: PageSnapshot, progress: Progress): Decision {
  const snapshot = new PageSnapshot(page.doc, page.url, isVisibleWithoutLayout);
  return evaluate(snapshot, pageLabels(snapshot), progress);
}

function wrongAdvances(state: ReplicaSpec, steps: readonly StepDef[]): string[] {
  const limit = furthestProvable(state);
  return steps
    .filter((step) => step.destructive === true || ROUTE.indexOf(step) > limit)
    .map((step) => step.id);
}

describe('decoy matrix: every step on every decoy page', () => {
  // One snapshot per (page, step): a page's evaluation is pure, nothing of it is shared.
  for (const state of decoyStates) {
    it(`${state.name}: no wrong highlight, no step advanced that the page does not prove`, () => {
      const failures: string[] = [];
      const page = replicaSnapshot(state);
      for (const step of ROUTE) {
        const progress = progressAt(step.id);
        const decision = evaluateIn(page, progress);
        const element = decision.pointer.element;
        if (element && !isRight(decision, element)) {
          failures.push(
            `${step.id}: highlights <${element.localName}> "${element.textContent?.trim().slice(0, 40)}" for ${decision.pointer.guide.id}`,
          );
        }
        const wrong = wrongAdvances(state, advanced(progress, decision));
        if (wrong.length > 0) failures.push(`${step.id}: advances ${wrong.join(', ')}`);
      }
      expect(failures).toEqual([]);
    }, 60_000);
  }
});

describe('the failures found on ordinary pages, each its own case', () => {
  it('a question "What if my account is deleted?" completes nothing but the sign-in it shows', () => {
    const page = replicaSnapshot(replicaState('product+decoys'));
    for (const step of ROUTE) {
      const progress = progressAt(step.id);
      const decision = evaluateIn(page, progress);
      expect(decision.pages.has('deleted'), step.id).toBe(false);
      // Signed in, the product page proves the sign-in; nothing else.
      const advancedIds = advanced(progress, decision).map((s) => s.id);
      expect(
        advancedIds.filter((id) => id !== 'sign-in'),
        step.id,
      ).toEqual([]);
    }
  });

  it('a review "With Your Email" is not the security check', () => {
    const progress = progressAt('delete-your-account');
    const decision = evaluateOn(replicaState('product+decoys'), progress);
    expect(decision.pages.has('security-check')).toBe(false);
    expect(advanced(progress, decision)).toEqual([]);
  });

  it('"Suscripciones por correo electrónico" on the Spanish settings page is not the email method', () => {
    const progress = progressAt('delete-account');
    const decision = evaluateOn(replicaState('settings@es'), progress);
    expect(decision.pages.has('security-check')).toBe(false);
    expect(advanced(progress, decision)).toEqual([]);
    expect(decision.pointer.guide.id).toBe('delete-account');
    expect(decision.pointer.element?.getAttribute('data-replica-target')).toBe('delete-account');
  });

  it("the coupon bar's Verify is not the Verify under the code boxes", () => {
    const state = replicaState('code-entry+decoys');
    const snapshot = replicaSnapshot(state);
    for (const box of snapshot.doc.querySelectorAll('input.verify-code-input')) {
      (box as HTMLInputElement).value = '7';
    }
    const { pointer } = evaluate(snapshot, labelsFor('en'), progressAt('verification-code'));
    expect(pointer.element?.getAttribute('data-replica-target')).toBe('verification-code:verify');
  });
});
