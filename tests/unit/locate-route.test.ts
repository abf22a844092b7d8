import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/guide/evaluate';
import { en } from '../../core/labels/en';
import { INITIAL_PROGRESS, complete, start } from '../../core/progress/state';
import { ROUTE } from '../../core/steps/route';
import { replicaState } from '../replica/views';
import {
  pageLabels,
  progressAt,
  replicaMarks,
  replicaSnapshot,
  statesPointingAt,
} from './replica-page';

describe('every step points at the right element on every replica page it happens on', () => {
  for (const step of ROUTE) {
    // Pages with a side guide (privacy center, legacy pages), a page without the element and
    // what an iframe shows are tested on their own (side-guides.test.ts).
    for (const state of statesPointingAt(step)) {
      {
        it(`${step.id} on ${state.name}`, () => {
          const snapshot = replicaSnapshot(state);
          const { pointer } = evaluate(snapshot, pageLabels(snapshot), progressAt(step.id));
          expect(pointer.guide.id).toBe(step.id);
          expect(pointer.detour).toBe(false);
          expect(replicaMarks(pointer.element)).toContain(step.id);
          // On English pages that look like the facts, the card never needs to hedge ("probably").
          if (!state.lang) expect(pointer.confidence).toBe('high');
        });
      }
    }
  }
});

describe('steps with more than one element', () => {
  it('points at Verify once every code box has something in it', () => {
    const snapshot = replicaSnapshot(replicaState('code-entry'));
    for (const box of snapshot.doc.querySelectorAll('input')) (box as HTMLInputElement).value = '7';
    const { pointer } = evaluate(snapshot, en, progressAt('verification-code'));
    expect(replicaMarks(pointer.element)).toContain('verification-code:verify');
    expect(pointer.instruction).toBe('verificationCodeVerifyDo');
  });

  it('stays on the code boxes while one is still empty', () => {
    const snapshot = replicaSnapshot(replicaState('code-entry'));
    const boxes = [...snapshot.doc.querySelectorAll('input')].slice(0, 5);
    for (const box of boxes) (box as HTMLInputElement).value = '7';
    const { pointer } = evaluate(snapshot, en, progressAt('verification-code'));
    expect(replicaMarks(pointer.element)).toContain('verification-code');
  });
});

describe('off the route', () => {
  it('leads back through the menu when the step belongs to another page', () => {
    const home = replicaState('home-signed-in');
    const { pointer } = evaluate(replicaSnapshot(home), en, progressAt('delete-account'));
    expect(pointer.guide.id).toBe('account');
    expect(pointer.detour).toBe(true);
    expect(replicaMarks(pointer.element)).toContain('account');
  });

  it('asks to sign in again when signed out mid-route, without losing progress', () => {
    const home = replicaState('home-signed-out');
    const decision = evaluate(replicaSnapshot(home), en, progressAt('settings'));
    expect(decision.pointer.guide.id).toBe('sign-in');
    expect(decision.pointer.detour).toBe(true);
    expect(decision.reached).toBeUndefined();
  });

  it('completes every step up to the page the user has reached', () => {
    const settings = replicaState('settings');
    const decision = evaluate(replicaSnapshot(settings), en, progressAt('account'));
    expect(decision.reached?.id).toBe('settings');
    expect(decision.seen.map((step) => step.id)).toEqual(['settings']);
  });

  it('counts a step as done, not passed over, when its own page is on screen too', () => {
    // Straight to the account page from the start: its signed-in header completes sign-in.
    const account = replicaState('account');
    const decision = evaluate(replicaSnapshot(account), en, progressAt('sign-in'));
    expect(decision.seen.map((step) => step.id)).toEqual(['sign-in', 'account']);
  });

  it('points at nothing once the route is done', () => {
    const deleted = replicaState('deleted');
    const { pointer } = evaluate(
      replicaSnapshot(deleted),
      en,
      complete(start(INITIAL_PROGRESS), 'delete'),
    );
    expect(pointer.guide.id).toBe('done');
    expect(pointer.element).toBeNull();
    expect(pointer.expected).toBe(false);
  });
});
