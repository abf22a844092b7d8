import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../core/labels';
import type { Label, LabelSet } from '../../core/labels/types';
import { labelSieve } from '../../core/locate/label-sieve';
import { gatherTexts, PageSnapshot, type TextHit } from '../../core/locate/snapshot';
import { normalizeText } from '../../core/locate/text';
import { SITE_LANGUAGE_CODES } from '../../core/site/languages';
import { seededRandom, type Random } from './fuzz/prng';
import { randomText } from './fuzz/random-page';
import { isVisibleWithoutLayout, watchedReplicaPage } from './replica-page';

/**
 * The running guide keeps the page's short texts between looks (TextIndex) and re-reads only
 * what changed. A look must see exactly what one walk of the whole page sees: the same
 * elements, the same texts, in the same order, after any change the page makes. Otherwise a
 * stale text could be taken as a label the page no longer shows.
 */

/** Hits as comparable values: the element's place among the document's elements, and its text. */
function described(doc: Document, hits: readonly TextHit[]): string[] {
  const place = new Map([...doc.getElementsByTagName('*')].map((element, at) => [element, at]));
  return hits.map(({ element, text }) => `${place.get(element)}:${element.localName}:${text}`);
}

const TAGS = ['div', 'span', 'a', 'button', 'p', 'li', 'script', 'svg', 'style', 'b'];
const WORDS = [
  'Sign in',
  'Account',
  'Konto',
  'Settings',
  'Delete account',
  'Verify',
  'Backlit',
  'US $3.99',
  // Texts kept raw until asked: their words joined by marks ("e mail" is a word of the set), a
  // text just short enough, one that normalises to too long a text (NFKD writes a ligature out).
  'Sign-In',
  'E-Mail',
  'x '.repeat(61),
  'Account '.repeat(15),
  '\ufdfa'.repeat(7),
  'Konto l\u00f6schen',
  '',
];

function someElement(random: Random, doc: Document): Element {
  const all = doc.body.getElementsByTagName('*');
  return all[random.int(all.length)] ?? doc.body;
}

function newSubtree(random: Random, doc: Document): Element {
  const element = doc.createElement(random.pick(TAGS));
  for (let i = random.int(4); i > 0; i--) {
    const child = element.appendChild(doc.createElement(random.pick(TAGS)));
    child.textContent = random.chance(0.5) ? random.pick(WORDS) : randomText(random, 30);
  }
  if (random.chance(0.5)) element.append(random.pick(WORDS));
  return element;
}

/** One change of the kinds a page makes: insert, remove, move, rewrite, re-attach after a change. */
function change(random: Random, doc: Document): void {
  const target = someElement(random, doc);
  switch (random.int(8)) {
    case 0:
      target.insertBefore(newSubtree(random, doc), target.firstChild);
      break;
    case 1:
      if (target !== doc.body) target.remove();
      break;
    case 2: {
      const place = someElement(random, doc);
      if (!target.contains(place) && target !== doc.body) place.append(target);
      break;
    }
    case 3:
      target.textContent = random.pick(WORDS);
      break;
    case 4: {
      const walker = doc.createTreeWalker(target, 4);
      const text = walker.nextNode();
      if (text) text.nodeValue = random.chance(0.5) ? random.pick(WORDS) : 'x'.repeat(300);
      break;
    }
    case 5: {
      // Taken out, changed while away (no observer hears a detached tree), put back elsewhere.
      if (target === doc.body) break;
      target.remove();
      target.append(newSubtree(random, doc));
      const inside = target.querySelector('*');
      if (inside) inside.textContent = random.pick(WORDS);
      someElement(random, doc).append(target);
      break;
    }
    case 6:
      target.append(' '.repeat(random.int(3)), random.pick(WORDS));
      break;
    default:
      target.after(newSubtree(random, doc));
  }
}

/** Two label sets' sieves: the texts each lets through differ ("Konto" is not "Account"). */
const SIEVES = [labelSieve(labelsFor('en')), labelSieve(labelsFor('de'))];

describe('a label sieve asked of a raw text', () => {
  it('answers as it does of the normalised text, in every language', () => {
    const random = seededRandom(4_099);
    const texts = [
      ...WORDS,
      'e.mail',
      'E\u2011Mail',
      'SIGN_IN',
      'Mon compte',
      'Param\u00e8tres',
      '\ufb01nd',
      ...Array.from({ length: 400 }, () => randomText(random, 60)),
    ];
    for (const language of SITE_LANGUAGE_CODES) {
      const sieve = labelSieve(labelsFor(language));
      const words = Object.values(labelsFor(language)).flatMap((label) => label.phrases);
      for (const text of [
        ...texts,
        ...words,
        ...words.map((w) => w.toUpperCase().replace(/ /g, '-')),
      ]) {
        const normalized = normalizeText(text);
        expect(sieve.siftRaw(text), `${language}: ${text}`).toBe(
          sieve.mayFit(normalized) ? normalized : undefined,
        );
      }
    }
  });

  it('answers the same where inert characters join and surround the words (a "★", an arrow)', () => {
    const inert = ['\u2605', '\u2192', '\u00a0', '\u2022', '\u20ac', '\u{1f525}'];
    for (const language of SITE_LANGUAGE_CODES) {
      const sieve = labelSieve(labelsFor(language));
      const phrases = Object.values(labelsFor(language)).flatMap((label) => label.phrases);
      for (const [index, phrase] of phrases.entries()) {
        const mark = inert[index % inert.length] ?? '';
        for (const text of [
          `${mark} ${phrase} ${mark}`,
          phrase.toUpperCase().replace(/ /g, mark),
          `4.8${mark}${phrase.slice(0, -1)}`,
        ]) {
          const normalized = normalizeText(text);
          expect(sieve.siftRaw(text), `${language}: ${text}`).toBe(
            sieve.mayFit(normalized) ? normalized : undefined,
          );
        }
      }
    }
  });

  it('of a set whose word is two (a meaning word "e mail"), however the text joins them', () => {
    const mail: Label = {
      phrases: ['Zq'],
      source: 'ours',
      meaning: {
        meanings: [{ groups: [['e mail']] }],
        functionWords: [],
        cancelWords: [],
        source: 'ours',
        note: 'a test label',
      },
    };
    const sieve = labelSieve({ mail } as unknown as LabelSet);
    for (const text of ['E-Mail', 'e\nmail', 'E.MAIL!', 'email', 'e - m a i l']) {
      const normalized = normalizeText(text);
      expect(sieve.siftRaw(text), text).toBe(sieve.mayFit(normalized) ? normalized : undefined);
    }
    expect(sieve.siftRaw('E-Mail')).toBe('e mail');
  });
});

describe('TextIndex: the page texts kept between looks', () => {
  const pages = ['home-signed-out', 'settings', 'delete-explainer', 'orders'];
  for (const name of pages) {
    it(`gives what one walk of ${name} gives, after each of 100 rounds of changes`, () => {
      const random = seededRandom(name.length * 7919);
      const { doc, index, hear, isOpaque } = watchedReplicaPage(name);
      expect(described(doc, index.texts(doc.body))).toEqual(
        described(doc, gatherTexts(doc.body, isOpaque)),
      );
      for (let round = 0; round < 100; round++) {
        for (let i = 1 + random.int(4); i > 0; i--) change(random, doc);
        hear();
        const all = gatherTexts(doc.body, isOpaque);
        // The texts kept for a look's labels: those of one walk that hold a word of theirs. The
        // look's label set changes now and then (the page's language): kept for the old one,
        // they would miss texts of the new one.
        const sieve = SIEVES[Math.floor(round / 10) % SIEVES.length] ?? labelSieve(labelsFor('en'));
        const sifted = all.filter(({ text }) => sieve.mayFit(text));
        expect(described(doc, index.sifted(doc.body, sieve)), `round ${round}`).toEqual(
          described(doc, sifted),
        );
        expect(described(doc, index.texts(doc.body)), `round ${round}`).toEqual(
          described(doc, all),
        );
      }
    }, 60_000);
  }

  it('gives what one walk gives where a row of product cards goes unheard, whatever comes and goes in it', () => {
    const random = seededRandom(6_151);
    const { doc, index, hear, isOpaque } = watchedReplicaPage('home-signed-out');
    const grid = doc.body.appendChild(doc.createElement('div'));
    const card = () => {
      const made = doc.createElement('a');
      made.className = 'product-card--card--3kq8Vn';
      made.append(newSubtree(random, doc), random.pick(WORDS));
      return made;
    };
    for (let i = 0; i < 40; i++) grid.append(card());
    hear();
    let unheard = 0;
    for (let round = 0; round < 100; round++) {
      for (let i = 1 + random.int(4); i > 0; i--) {
        const cards = grid.children;
        const inCard = cards[random.int(cards.length)];
        switch (random.int(4)) {
          case 0:
            // A card comes to the row, or one goes.
            if (random.chance(0.5)) grid.insertBefore(card(), inCard ?? null);
            else inCard?.remove();
            break;
          case 1:
            // A region or a short text inside a card, its class gone: never read while unheard.
            if (inCard && random.chance(0.5)) inCard.append(doc.createElement('h3'), 'Sign in');
            else inCard?.removeAttribute('class');
            break;
          case 2:
            // A card taken out to the page (heard again there), or a page element into a card.
            if (inCard && random.chance(0.5)) someElement(random, doc).append(inCard);
            else {
              const moved = someElement(random, doc);
              if (inCard && !moved.contains(inCard)) inCard.append(moved);
            }
            break;
          default:
            change(random, doc);
        }
      }
      hear();
      unheard += [...grid.children].filter(isOpaque).length;
      const all = gatherTexts(doc.body, isOpaque);
      // Another label set only now and then: a new one has every text read again.
      const sieve = SIEVES[Math.floor(round / 25) % SIEVES.length] ?? labelSieve(labelsFor('en'));
      expect(described(doc, index.sifted(doc.body, sieve)), `round ${round}`).toEqual(
        described(
          doc,
          all.filter(({ text }) => sieve.mayFit(text)),
        ),
      );
      expect(described(doc, index.texts(doc.body)), `round ${round}`).toEqual(described(doc, all));
    }
    // The rounds had cards left unheard to keep out (the oracle would pass with none).
    expect(unheard).toBeGreaterThan(100);
  }, 60_000);

  it('is not used by a look while it hears nothing, and starts again empty', () => {
    const { doc, index, isOpaque } = watchedReplicaPage('home-signed-out');
    const url = new URL(doc.URL);
    const look = () => new PageSnapshot(doc, url, isVisibleWithoutLayout, index).texts();
    const item = [...doc.body.querySelectorAll('*')].find(
      (element) => element.childElementCount === 0 && /sign in/i.test(element.textContent ?? ''),
    );
    if (!item) throw new Error('no sign-in text on the page');
    look();
    // The whole-page observer stops (a shown element watched only around it): a look, then the
    // page renames its "Sign in" item unheard, then another look.
    index.listening(false);
    look();
    item.textContent = 'Zqxv';
    expect(look().find(({ element }) => element === item)?.text).toBe('zqxv');
    index.listening(true);
    expect(described(doc, look())).toEqual(described(doc, gatherTexts(doc.body, isOpaque)));
  });
});
