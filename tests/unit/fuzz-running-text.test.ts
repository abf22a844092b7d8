import { describe, expect, it } from 'vitest';
import { evaluate, type Decision } from '../../core/guide/evaluate';
import { labelsFor, pageLanguage } from '../../core/labels';
import { PageSnapshot } from '../../core/locate/snapshot';
import { ROUTE } from '../../core/steps/route';
import { allPhrases } from '../replica/decoys';
import { replicaStates, replicaVariantStates } from '../replica/views';
import { seededRandom, type Random } from './fuzz/prng';
import { isVisibleWithoutLayout, progressAt, replicaSnapshot } from './replica-page';

/** How a shopper's text may hold a phrase: alone in a paragraph, in a sentence, as a question. */
const SHAPES: readonly ((phrase: string) => string)[] = [
  (phrase) => phrase,
  (phrase) => `I read that ${phrase} was easy, but it was not.`,
  (phrase) => `${phrase}?`,
  (phrase) => `Seller said: "${phrase}". Shipping took 12 days.`,
];

/** Puts `count` random phrases of the page's label sets as running text into its main content. */
function insertRunningText(random: Random, doc: Document, lang: string, count: number): void {
  const phrases = allPhrases(lang);
  const hosts = [doc.getElementById('root'), doc.querySelector('main'), doc.body].filter(
    (host): host is HTMLElement => host !== null,
  );
  for (let i = 0; i < count; i++) {
    const host = random.pick(hosts);
    const paragraph = doc.createElement(random.pick(['p', 'span', 'li', 'div']));
    paragraph.textContent = random.pick(SHAPES)(random.pick(phrases));
    const siblings = [...host.children];
    host.insertBefore(paragraph, siblings.length > 0 ? random.pick(siblings) : null);
  }
}

function progressOf(decision: Decision): string[] {
  return decision.seen.map((step) => step.id);
}

const STEPS_PER_PAGE = 3;
const PHRASES_PER_PAGE = 12;

describe("fuzz: the route's phrases as running text never change progress", () => {
  const states = [...replicaStates, ...replicaVariantStates].filter((state) => !state.frame);
  for (const state of states) {
    it(
      state.name,
      () => {
        const random = seededRandom(state.name.length * 104729 + state.name.charCodeAt(0));
        for (let round = 0; round < STEPS_PER_PAGE; round++) {
          const progress = progressAt(random.pick(ROUTE).id);
          const page = replicaSnapshot(state);
          const lang = pageLanguage(page.doc, page.url.hostname);
          const labels = labelsFor(lang);
          const before = evaluate(page, labels, progress);
          insertRunningText(random, page.doc, lang, PHRASES_PER_PAGE);
          const after = evaluate(
            new PageSnapshot(page.doc, page.url, isVisibleWithoutLayout),
            labels,
            progress,
          );
          expect(progressOf(after), `round ${round}`).toEqual(progressOf(before));
          expect(after.reading.main?.kind, `round ${round}`).toBe(before.reading.main?.kind);
          expect(after.pointer.element, `round ${round}`).toBe(before.pointer.element);
        }
      },
      60_000,
    );
  }
});
