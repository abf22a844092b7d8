import { afterAll, describe, expect, it } from 'vitest';
import { evaluate, type Pointer } from '../../core/guide/evaluate';
import { labelsFor } from '../../core/labels';
import { ROUTE } from '../../core/steps/route';
import type { StepDef } from '../../core/steps/types';
import { replicaRewordedStates, replicaStates, replicaVariantStates } from '../replica/views';
import { pageLabels, progressAt, replicaMarks, replicaSnapshot } from './replica-page';

type Outcome = 'found' | 'explained' | 'wrong';

/**
 * Found: the replica's own mark for the step is on the element. Explained: the card stays on
 * the step and says in words what to look for. Anything else is wrong: another element, an
 * earlier step (a detour out of the deletion flow), another guide.
 */
function outcomeOf(step: StepDef, pointer: Pointer): Outcome {
  if (pointer.guide.id !== step.id || pointer.detour) return 'wrong';
  if (!pointer.element) return 'explained';
  const marks = replicaMarks(pointer.element);
  return marks.includes(step.id) ? 'found' : 'wrong';
}

/** The deletion steps that happen on a state's pages (the header's Account is not reworded). */
function stepsOn(kinds: readonly string[]): StepDef[] {
  const pages = kinds.filter((kind) => kind !== 'header');
  return ROUTE.filter((step) =>
    step.placements.some((p) => p.phases.length > 0 && pages.includes(p.page)),
  );
}

/** The code typed: every box holds a digit (only emptiness is ever read by the guide). */
function typeCode(doc: Document): void {
  for (const box of doc.querySelectorAll('input.verify-code-input')) {
    (box as HTMLInputElement).value = '7';
  }
}

describe('the deletion pages in other words (?replica_wording=2)', () => {
  const outcomes = new Map<string, string>();
  for (const state of replicaRewordedStates) {
    for (const step of stepsOn(state.pageKinds)) {
      it(`${step.id} on ${state.name}: found by meaning, never pointed wrongly`, () => {
        const snapshot = replicaSnapshot(state);
        const labels = pageLabels(snapshot);
        const { pointer } = evaluate(snapshot, labels, progressAt(step.id));
        const outcome = outcomeOf(step, pointer);
        outcomes.set(`${state.name} ${step.id}`, `${outcome} (${pointer.confidence ?? '-'})`);
        expect(outcome).toBe('found');
      });
    }
    if (state.pageKinds.includes('code-entry')) {
      it(`Verify (in other words) on ${state.name} once the code is typed`, () => {
        const snapshot = replicaSnapshot(state);
        typeCode(snapshot.doc);
        const labels = pageLabels(snapshot);
        const { pointer } = evaluate(snapshot, labels, progressAt('verification-code'));
        const marks = replicaMarks(pointer.element);
        const outcome = marks.includes('verification-code:verify')
          ? 'found'
          : pointer.element || pointer.detour
            ? 'wrong'
            : 'explained';
        outcomes.set(`${state.name} verify`, `${outcome} (${pointer.confidence ?? '-'})`);
        expect(outcome).toBe('found');
      });
    }
  }
  // The table of found / explained / wrong per page, for the closing note: printed, not a test.
  afterAll(() => {
    console.log([...outcomes].map(([key, outcome]) => `${key}: ${outcome}`).join('\n'));
  });
});

describe('a meaning alone never lands on another role, outside the main content or off the way forward', () => {
  const explainer = replicaRewordedStates.find((s) => s.name === 'delete-explainer+reworded');
  if (!explainer) throw new Error('no reworded explainer');

  /**
   * Where the guide points once the button is changed. Unfound, the page is not known as the
   * explainer and the guide may lead back to an earlier step: that is the evidence helper's
   * detour rule ("detours only from a known page"); here only the button matters.
   */
  function pointerAfter(change: (button: Element) => void): { pointer: Pointer; button: Element } {
    const snapshot = replicaSnapshot(explainer as NonNullable<typeof explainer>);
    const button = snapshot.doc.querySelector('[data-replica-target="delete-your-account"]');
    if (!button) throw new Error('no button');
    change(button);
    return {
      pointer: evaluate(snapshot, labelsFor('en'), progressAt('delete-your-account')).pointer,
      button,
    };
  }

  it('is found, and says "probably", as the page draws it', () => {
    const { pointer, button } = pointerAfter(() => {});
    expect(pointer.element).toBe(button);
    expect(pointer.confidence).toBe('low');
  });

  it('not on a control of another role (the same words on a checkbox)', () => {
    const { pointer, button } = pointerAfter((control) => control.setAttribute('role', 'checkbox'));
    expect(pointer.element).not.toBe(button);
    expect(pointer.guide.id === 'delete-your-account' && pointer.element !== null).toBe(false);
  });

  it('not in a banner (the same button moved into a <header>)', () => {
    const { pointer, button } = pointerAfter((control) => {
      const header = control.ownerDocument.createElement('header');
      control.ownerDocument.body.prepend(header);
      header.append(control);
    });
    expect(pointer.element).not.toBe(button);
    expect(pointer.guide.id === 'delete-your-account' && pointer.element !== null).toBe(false);
  });

  it('not off the way forward (no Cancel beside it, not the primary action)', () => {
    const { pointer, button } = pointerAfter((control) => {
      control.className = 'comet-v2-btn';
      control.parentElement?.querySelector('button')?.remove();
    });
    expect(pointer.element).not.toBe(button);
    expect(pointer.guide.id === 'delete-your-account' && pointer.element !== null).toBe(false);
  });
});

describe('the running-text rule keeps every language of the first wording whole', () => {
  // Each state of the security check in every translated language (and English). The German,
  // Portuguese and Japanese replica word these two options beyond our guesses and miss one of
  // them on main already (an option drawn without a role gets no meaning match): not here.
  const ALREADY_MISSED = ['de', 'pt', 'ja'];
  const checks = [...replicaStates, ...replicaVariantStates].filter(
    (state) =>
      state.pageKinds.includes('security-check') &&
      !state.flags &&
      !state.viewport &&
      !ALREADY_MISSED.includes(state.lang ?? 'en'),
  );
  for (const state of checks) {
    it(`the other ways to prove it is you are still outlined on ${state.name}`, () => {
      const snapshot = replicaSnapshot(state);
      const labels = pageLabels(snapshot);
      const { pointer } = evaluate(snapshot, labels, progressAt('verification-method'));
      const marks = pointer.alternatives.map((element) =>
        element.getAttribute('data-replica-target'),
      );
      expect(marks.sort()).toEqual(['verification-method:order', 'verification-method:service']);
    });
  }
});
