import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/guide/evaluate';
import { labelsFor, pageLanguage } from '../../core/labels';
import { INITIAL_PROGRESS, complete, start, type Progress } from '../../core/progress/state';
import { ROUTE } from '../../core/steps/route';
import { SIDE_GUIDES } from '../../core/steps/side-guides';
import type { StepId } from '../../core/steps/types';
import { replicaStates, replicaVariantStates } from '../replica/views';
import { mutatePage } from './fuzz/mutate';
import { seededRandom } from './fuzz/prng';
import { replicaSnapshot } from './replica-page';

const SIDE_PAGES: ReadonlySet<string> = new Set(
  SIDE_GUIDES.flatMap((guide) => guide.placements.map((placement) => placement.page)),
);

function at(id: StepId): Progress {
  const index = ROUTE.findIndex((step) => step.id === id);
  const previous = ROUTE[index - 1];
  return previous ? complete(start(INITIAL_PROGRESS), previous.id) : start(INITIAL_PROGRESS);
}

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
  const marks = element.getAttribute('data-replica-target')?.split(/\s+/) ?? [];
  return marks.some((mark) => mark.split(':')[0] === guideId);
}

const SEEDS_PER_PAGE = 3;

describe('fuzz: a changed replica page shows its own element or nothing, never another', () => {
  for (const step of ROUTE) {
    const pages = new Set(step.placements.filter((p) => p.phases.length > 0).map((p) => p.page));
    const states = [...replicaStates, ...replicaVariantStates].filter(
      (state) =>
        !state.frame &&
        !state.flags?.absent &&
        !state.pageKinds.some((kind) => SIDE_PAGES.has(kind)) &&
        state.pageKinds.some((kind) => pages.has(kind as never)),
    );
    for (const state of states) {
      it(`${step.id} on ${state.name}`, () => {
        for (let seed = 1; seed <= SEEDS_PER_PAGE; seed++) {
          const random = seededRandom(seed * 7919 + state.name.length);
          const snapshot = replicaSnapshot(state);
          mutatePage(random, snapshot.doc, 0.1 * seed);
          const labels = labelsFor(pageLanguage(snapshot.doc, snapshot.url.hostname));
          const { pointer } = evaluate(snapshot, labels, at(step.id));
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
