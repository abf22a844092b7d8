import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/guide/evaluate';
import { labelsFor } from '../../core/labels';
import { SITE_LANGUAGE_CODES } from '../../core/site/languages';
import { PageSnapshot } from '../../core/locate/snapshot';
import { DETECTORS } from '../../core/pages';
import { INITIAL_PROGRESS, complete, start, type Progress } from '../../core/progress/state';
import { ROUTE } from '../../core/steps/route';
import { seededRandom, type Random } from './fuzz/prng';
import { growDeepChain, growRandomTree } from './fuzz/random-page';
import { isVisibleWithoutLayout } from './replica-page';

/** URLs every detector recognises, and some it must not. */
const URLS = [
  ...DETECTORS.flatMap((detector) => detector.samples.urls ?? []),
  'https://www.aliexpress.com/',
  'https://ar.aliexpress.com/p/\u200f%F0%9F%97%91/index.html',
  'https://m.aliexpress.us/?q=%D8%A7',
];

function progressAt(random: Random): Progress {
  const index = random.int(ROUTE.length);
  const previous = ROUTE[index - 1];
  return previous ? complete(start(INITIAL_PROGRESS), previous.id) : start(INITIAL_PROGRESS);
}

function pageFor(random: Random, build: (body: HTMLElement) => void): PageSnapshot {
  const url = random.pick(URLS);
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { url });
  const doc = dom.window.document;
  doc.documentElement.lang = random.pick([...SITE_LANGUAGE_CODES, '', 'x-\u202e', 'zz-ZZ']);
  if (random.chance(0.3)) doc.documentElement.dir = 'rtl';
  build(doc.body);
  return new PageSnapshot(doc, new URL(url), isVisibleWithoutLayout);
}

/**
 * Evaluates a page and returns what was pointed at, proving it did not throw. A hang ends in the
 * test's time limit; speed is the benchmark's job (no timing is asserted here: a shared machine's
 * load would make it fail on a page that is fine).
 */
function pointedAt(random: Random, snapshot: PageSnapshot): Element | null {
  const labels = labelsFor(random.pick(SITE_LANGUAGE_CODES));
  return evaluate(snapshot, labels, progressAt(random)).pointer.element;
}

describe('fuzz: pages that hold no right answer are never highlighted', () => {
  // Each seed is one page: a failure names its seed and reproduces exactly.
  for (let seed = 1; seed <= 60; seed++) {
    it(`random tree, seed ${seed}`, () => {
      const random = seededRandom(seed);
      const snapshot = pageFor(random, (body) =>
        growRandomTree(random, body, 50 + random.int(600)),
      );
      expect(pointedAt(random, snapshot)).toBeNull();
    });
  }

  for (const depth of [1000, 5000]) {
    it(`a chain ${depth} elements deep`, () => {
      const random = seededRandom(depth);
      const snapshot = pageFor(random, (body) => {
        growDeepChain(random, body, depth);
        growRandomTree(random, body, 100);
      });
      expect(pointedAt(random, snapshot)).toBeNull();
      // Building thousands of levels in jsdom is itself slow on a shared machine.
    }, 60_000);
  }

  it('an empty document, with no body at all', () => {
    const random = seededRandom(7);
    const snapshot = pageFor(random, (body) => body.remove());
    expect(pointedAt(random, snapshot)).toBeNull();
  });
});
