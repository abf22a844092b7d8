import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/guide/evaluate';
import { ROUTE } from '../../core/steps/route';
import { mutatePage } from './fuzz/mutate';
import { seededRandom } from './fuzz/prng';
import {
  pageLabels,
  progressAt,
  replicaMarks,
  replicaSnapshot,
  statesPointingAt,
} from './replica-page';

/**
 * The element is the one marked for the guide, or a part of it (its label's text, once the
 * control's class is gone): a click there lands on the marked control all the same.
 * `verification-code:verify` belongs to the step `verification-code`.
 */
function markedFor(element: Element, guideId: string): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (isMarked(at, guideId)) return true;
  }
  // Or a wrapper that says nothing else (the <li> around a link that lost its href).
  const text = (node: Element) => node.textContent?.trim();
  return [...element.querySelectorAll('[data-replica-target]')].some(
    (inner) => isMarked(inner, guideId) && text(inner) === text(element),
  );
}

function isMarked(element: Element, guideId: string): boolean {
  return replicaMarks(element).some((mark) => mark.split(':')[0] === guideId);
}

const SEEDS_PER_PAGE = 3;

describe('fuzz: a changed replica page shows its own element or nothing, never another', () => {
  for (const step of ROUTE) {
    for (const state of statesPointingAt(step)) {
      it(`${step.id} on ${state.name}`, () => {
        for (let seed = 1; seed <= SEEDS_PER_PAGE; seed++) {
          const random = seededRandom(seed * 7919 + state.name.length);
          const snapshot = replicaSnapshot(state);
          mutatePage(random, snapshot.doc, 0.1 * seed);
          const { pointer } = evaluate(snapshot, pageLabels(snapshot), progressAt(step.id));
          const element = pointer.element;
          if (element === null) continue;
          expect(
            markedFor(element, pointer.guide.id),
            `seed ${seed}: ${pointer.guide.id} → ${element.outerHTML.slice(0, 200)}`,
          ).toBe(true);
        }
      });
    }
  }
});
