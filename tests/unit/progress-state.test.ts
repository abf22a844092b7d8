import { describe, expect, it } from 'vitest';
import {
  ACTIONABLE_STEPS,
  INITIAL_PROGRESS,
  complete,
  completedCount,
  currentStep,
  isFinished,
  reopen,
  start,
  statusOf,
  stepNumber,
} from '../../core/progress/state';
import { CLOSING_STEP, DELETING_STEP, ROUTE } from '../../core/steps/route';

/** The step that deletes, which the closing step waits for (the model names it). */
function deleting() {
  if (!DELETING_STEP) throw new Error('the route has no destructive step');
  return DELETING_STEP;
}

describe('progress', () => {
  it('starts at sign-in with nothing done', () => {
    const progress = start(INITIAL_PROGRESS);
    expect(progress.running).toBe(true);
    expect(currentStep(progress).id).toBe('sign-in');
    expect(statusOf(progress, 'sign-in')).toBe('current');
    expect(statusOf(progress, 'account')).toBe('pending');
    expect(completedCount(progress)).toBe(0);
  });

  it('moves to the next step when one is done', () => {
    const progress = complete(start(INITIAL_PROGRESS), 'sign-in');
    expect(statusOf(progress, 'sign-in')).toBe('done');
    expect(currentStep(progress).id).toBe('account');
    expect(completedCount(progress)).toBe(1);
  });

  it('marks steps the user went past as skipped, not done', () => {
    const index = ROUTE.findIndex((step) => step.id === 'settings');
    const progress = complete(start(INITIAL_PROGRESS), 'settings');
    for (const before of ROUTE.slice(0, index))
      expect(statusOf(progress, before.id)).toBe('skipped');
    expect(statusOf(progress, 'settings')).toBe('done');
    expect(currentStep(progress)).toBe(ROUTE[index + 1]);
  });

  it('never moves backwards by completing an earlier step again', () => {
    const later = complete(start(INITIAL_PROGRESS), 'delete-account');
    expect(complete(later, 'account')).toEqual(
      expect.objectContaining({ outcomes: expect.objectContaining({ account: 'done' }) }),
    );
    expect(currentStep(complete(later, 'account')).id).toBe('delete-your-account');
  });

  it('reopens a step and everything after it', () => {
    const progress = complete(complete(start(INITIAL_PROGRESS), 'confirm'), 'delete');
    const reopened = reopen(progress, 'confirm');
    expect(statusOf(reopened, 'confirm')).toBe('current');
    expect(statusOf(reopened, 'delete')).toBe('pending');
    expect(statusOf(reopened, 'verification-code')).toBe('skipped');
  });

  it('is not finished on the click on Delete Account alone: the deletion is not proven yet', () => {
    const progress = complete(start(INITIAL_PROGRESS), deleting().id);
    expect(isFinished(progress)).toBe(false);
    expect(currentStep(progress)).toBe(CLOSING_STEP);
    expect(completedCount(progress)).toBe(ACTIONABLE_STEPS);
  });

  it('is finished once the closing step is done too (the deleted page proven, or the user says so)', () => {
    const progress = complete(complete(start(INITIAL_PROGRESS), deleting().id), CLOSING_STEP.id);
    expect(isFinished(progress)).toBe(true);
    // The closing step stays where the route ends: current, proven or not.
    expect(statusOf(progress, CLOSING_STEP.id)).toBe('current');
  });

  it('counts "step k of n" over the steps to act on: the closing step is the last k, not one more', () => {
    expect(ACTIONABLE_STEPS).toBe(ROUTE.filter((step) => !step.closing).length);
    let progress = start(INITIAL_PROGRESS);
    for (const [index, step] of ROUTE.entries()) {
      expect(stepNumber(progress), step.id).toBe(Math.min(index + 1, ACTIONABLE_STEPS));
      progress = complete(progress, step.id);
    }
    expect(stepNumber(progress)).toBe(ACTIONABLE_STEPS);
  });
});
