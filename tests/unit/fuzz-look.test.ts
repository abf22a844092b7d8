import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { evaluate, type Decision } from '../../core/guide/evaluate';
import { labelsFor } from '../../core/labels';
import { accessibleName } from '../../core/locate/accessible-name';
import { gatherTexts, PageSnapshot } from '../../core/locate/snapshot';
import { fitNormalized, normalizeText } from '../../core/locate/text';
import { TextIndex } from '../../core/locate/text-index';
import { CODE_INPUTS } from '../../core/steps/targets';
import { ROUTE } from '../../core/steps/route';
import { loadReplicaPage, replicaStates, replicaUrl } from '../replica/views';
import { seededRandom, type Random } from './fuzz/prng';
import { isVisibleWithoutLayout, progressAt, watchedReplicaPage } from './replica-page';

/**
 * The running guide's look answers from the texts it kept between looks (TextIndex: re-read
 * only where a change was heard), and the guide now keeps them warm across a shown element's
 * leaving. That look must answer exactly as a fresh whole-page look: the same page kinds, the same proven steps,
 * the same element pointed at, for every step a user may be on, after any insertion. Insertions
 * are other replica pages' own controls (their headers, menus, buttons: decoys of every
 * target), put anywhere on the page, with removals and rewrites between them.
 */

const PAGES = ['home-signed-out', 'home-signed-in', 'settings', 'final-confirmation'];
/** Where the inserted controls come from: the route's pages, each with its own targets. */
const DONORS = [
  'home-signed-out-menu',
  'home-signed-in-menu',
  'account',
  'settings',
  'delete-explainer',
  'security-check',
  'code-entry',
  'final-confirmation',
  'deleted',
];
const ROUNDS = 30;
const STEPS_PER_ROUND = 3;

function stateNamed(name: string) {
  const spec = replicaStates.find((state) => state.name === name);
  if (!spec) throw new Error(`no replica state ${name}`);
  return spec;
}

/** Elements of the donor pages worth inserting: anything with a short text or a name. */
function donorElements(): Element[] {
  return DONORS.flatMap((name) => {
    const spec = stateNamed(name);
    const dom = new JSDOM('', { url: replicaUrl(spec) });
    loadReplicaPage(dom.window.document, spec);
    return [...dom.window.document.body.querySelectorAll('*')].filter((element) => {
      const text = element.textContent?.trim() ?? '';
      return (text.length > 0 && text.length < 400) || element.hasAttribute('aria-label');
    });
  });
}

function someElement(random: Random, doc: Document): Element {
  const all = doc.body.getElementsByTagName('*');
  return all[random.int(all.length)] ?? doc.body;
}

/** One change: mostly an insertion of a donor's control; sometimes a removal or a rewrite. */
function change(random: Random, doc: Document, donors: readonly Element[]): void {
  const target = someElement(random, doc);
  const kind = random.int(10);
  if (kind === 0 && target !== doc.body) return target.remove();
  if (kind === 1) {
    target.textContent = random.pick(['Sign in', 'Account', 'Settings', 'Delete account', '']);
    return;
  }
  const inserted = doc.importNode(random.pick(donors), true);
  if (kind === 2) target.after(inserted);
  else if (kind === 3) doc.body.prepend(inserted);
  else target.insertBefore(inserted, random.chance(0.5) ? target.firstChild : null);
}

/** What a user would notice of a decision: kinds, proven steps, what is pointed at and how. */
function noticed(doc: Document, decision: Decision): unknown {
  const place = new Map([...doc.getElementsByTagName('*')].map((element, at) => [element, at]));
  const { pointer } = decision;
  return {
    kinds: [...decision.pages].sort(),
    strong: [...decision.reading.strong].sort(),
    seen: decision.seen.map((step) => step.id),
    unchecked: decision.unchecked,
    guide: pointer.guide.id,
    instruction: pointer.instruction,
    element: pointer.element ? place.get(pointer.element) : null,
    confidence: pointer.confidence,
    detour: pointer.detour,
    alternatives: pointer.alternatives.map((element) => place.get(element)),
  };
}

describe('a look from the kept texts answers as a fresh whole-page look', () => {
  const donors = donorElements();
  const labels = labelsFor('en');
  for (const name of PAGES) {
    it(`on ${name}, after each of ${ROUNDS} rounds of inserted controls`, () => {
      const random = seededRandom(name.length * 104_729);
      const { doc, url, index, hear, isOpaque } = watchedReplicaPage(name);
      // A fresh look as the running guide takes it: a row of cards left unheard is opaque to it
      // (partition.ts), and nothing else is known before it reads the page.
      const freshLook = () => {
        const nothingKept = new TextIndex(isOpaque);
        nothingKept.listening(true);
        return new PageSnapshot(doc, url, isVisibleWithoutLayout, nothingKept);
      };
      // The guide's first look: from then on its label set's words sift the kept texts, and each
      // label is fitted only to the texts (and control names) that hold a word of the set.
      evaluate(
        new PageSnapshot(doc, url, isVisibleWithoutLayout, index),
        labels,
        progressAt('sign-in'),
      );
      for (let round = 0; round < ROUNDS; round++) {
        for (let i = 1 + random.int(3); i > 0; i--) change(random, doc, donors);
        hear();
        const kept = new PageSnapshot(doc, url, isVisibleWithoutLayout, index);
        // Each label's fitting texts: exactly those of one walk of the page, in its order.
        const walked = gatherTexts(doc.body, isOpaque);
        for (const label of Object.values(labels)) {
          const fresh = walked.flatMap(({ element, text }) => {
            const fit = fitNormalized(text, label);
            return fit ? [{ element, fit }] : [];
          });
          expect(kept.fits(label), `round ${round}`).toEqual(fresh);
        }
        for (let s = 0; s < STEPS_PER_ROUND; s++) {
          const step = random.pick(ROUTE);
          const progress = progressAt(step.id);
          const fresh = freshLook();
          const look = new PageSnapshot(doc, url, isVisibleWithoutLayout, index);
          const decision = evaluate(look, labels, progress);
          expect(noticed(doc, decision), `round ${round}, step ${step.id}`).toEqual(
            noticed(doc, evaluate(fresh, labels, progress)),
          );
          // Against a look that reads the unheard cards too (a control put inside one after it
          // was judged): the same element, or none (said in words), never another.
          const plain = new PageSnapshot(doc, url, isVisibleWithoutLayout);
          const pointed = decision.pointer.element;
          if (pointed) {
            expect(pointed, `round ${round}, step ${step.id}`).toBe(
              evaluate(plain, labels, progress).pointer.element,
            );
          }
        }
      }
    }, 120_000);
  }
});

describe('a look’s shortcuts answer as the plain reading', () => {
  const donors = donorElements();
  const labels = labelsFor('en');

  it('every control’s name fits each label as its whole name does (sifted raw, once per look)', () => {
    const random = seededRandom(31_337);
    const { doc, url } = watchedReplicaPage('home-signed-out');
    for (let round = 0; round < 12; round++) {
      for (let i = 0; i < 4; i++) change(random, doc, donors);
      const snapshot = new PageSnapshot(doc, url, isVisibleWithoutLayout);
      evaluate(snapshot, labels, progressAt(random.pick(ROUTE).id));
      for (const element of doc.querySelectorAll('[aria-label], img[alt], input, button, a')) {
        const name = normalizeText(accessibleName(element));
        for (const label of Object.values(labels)) {
          expect(snapshot.nameFit(element, label), `round ${round}: ${name}`).toBe(
            fitNormalized(name, label),
          );
        }
      }
    }
  });

  it('the code boxes, asked one selector at a time, are those of one query, in page order', () => {
    const random = seededRandom(8_191);
    const { doc, url } = watchedReplicaPage('code-entry');
    const box = (attributes: Record<string, string>) => {
      const input = doc.createElement('input');
      for (const [name, value] of Object.entries(attributes)) input.setAttribute(name, value);
      return input;
    };
    const kinds: Record<string, string>[] = [
      { class: 'verify-code-input' },
      { 'data-id': '1' },
      { autocomplete: 'one-time-code', 'data-id': '2' },
      { inputmode: 'numeric', maxlength: '1' },
      { inputmode: 'numeric' },
    ];
    for (let round = 0; round < 20; round++) {
      const inserted = box(random.pick(kinds));
      if (round % 7 === 6) doc.documentElement.append(inserted);
      else someElement(random, doc).append(inserted);
      if (random.chance(0.3)) someElement(random, doc).querySelector('input')?.remove();
      const snapshot = new PageSnapshot(doc, url, isVisibleWithoutLayout);
      expect(snapshot.queryAny(doc, CODE_INPUTS), `round ${round}`).toEqual([
        ...doc.querySelectorAll(CODE_INPUTS.join(',')),
      ]);
    }
  });

  it('a CSS module’s class, asked through its module’s few elements, finds what its own query finds', () => {
    const random = seededRandom(65_537);
    const { doc, url } = watchedReplicaPage('home-signed-in');
    const selectors = [
      '[class*="my-account--menuBox--"]',
      '[class*="my-account--popupCls--"]',
      '[class*="my-account--menuItem--"]',
      '[class*="pc-header--"]',
    ];
    const classes = [
      'my-account--menuBox--1x2Yz',
      'my-account--menuItem--3Qw',
      'my-account--other--9',
      'pc-header--top--2',
    ];
    for (let round = 0; round < 24; round++) {
      for (let i = round < 12 ? 1 : 8; i > 0; i--) {
        const element = doc.createElement(random.pick(['div', 'a', 'span']));
        element.className = random.pick(classes);
        (random.chance(0.1) ? doc.documentElement : someElement(random, doc)).append(element);
      }
      if (random.chance(0.3)) doc.querySelector('[class*="my-account--"]')?.remove();
      const snapshot = new PageSnapshot(doc, url, isVisibleWithoutLayout);
      for (const selector of selectors) {
        for (const root of [doc, doc.body]) {
          expect(snapshot.query(root, selector), `round ${round}: ${selector}`).toEqual([
            ...root.querySelectorAll(selector),
          ]);
        }
      }
    }
  });
});
