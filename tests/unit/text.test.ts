import { describe, expect, it } from 'vitest';
import { en } from '../../core/labels/en';
import { labelsFor } from '../../core/labels';
import { SITE_LANGUAGE_CODES } from '../../core/site/languages';
import type { Label } from '../../core/labels/types';
import {
  fitLabel,
  foldUnicode,
  labelWords,
  mayHold,
  normalizeText,
  wordsPattern,
} from '../../core/locate/text';

describe('normalizeText', () => {
  it('ignores case, spacing, accents and punctuation', () => {
    expect(normalizeText('  Sign in /\n Register ')).toBe('sign in register');
    expect(normalizeText('Paramètres')).toBe('parametres');
  });
});

describe('fitLabel', () => {
  it('is exact for the label with other spacing and case', () => {
    expect(fitLabel('delete YOUR   account', en.deleteYourAccount)).toBe(3);
  });

  it('is close when a short name contains the phrase', () => {
    expect(fitLabel('Settings >', en.settings)).toBe(3);
    // A greeting is one of the language's words beside a label (labels/meanings.ts).
    expect(fitLabel('Welcome Account', labelsFor('en').account)).toBe(2);
  });

  it('does not take a paragraph that merely mentions the phrase', () => {
    const prose =
      'Before you press Delete Your Account, check your orders, refunds and coupons carefully';
    expect(fitLabel(prose, en.deleteYourAccount)).toBe(0);
  });

  it('matches the confirmation sentence on meaning when its wording differs', () => {
    expect(
      fitLabel('I understand and want to permanently delete my account', en.confirmSentence),
    ).toBe(2);
    expect(fitLabel('Remember this account', en.confirmSentence)).toBe(0);
  });

  it('does not confuse "Delete Account" with "Delete Your Account"', () => {
    expect(fitLabel('Delete Account', en.deleteYourAccount)).toBe(0);
  });
});

describe('normalizeText on plain ASCII', () => {
  it('gives what the Unicode path gives', () => {
    for (const text of [
      '  Sign in /\n Register ',
      'US $8.99 -62%',
      'Delete_Your-Account!!',
      '\tA1 b2\r\nC3 ',
      '',
      '~`!@#$%^&*()+={}[]|\\:;"\'<>,.?/',
    ]) {
      expect(normalizeText(text)).toBe(foldUnicode(text));
    }
  });
});

describe('normalizeText on ASCII with symbols, punctuation and emoji', () => {
  it('gives what the Unicode path gives, for every character of those blocks', () => {
    // Latin-1 signs, punctuation to shapes and dingbats, emoji; letters and digits among them
    // (①, ™, ℃, ₨) must still fold as the Unicode path folds them.
    const blocks = [
      [0x00a0, 0x00bf],
      [0x2000, 0x2bff],
      [0x1f000, 0x1faff],
    ] as const;
    for (const [first, last] of blocks) {
      for (let code = first; code <= last; code++) {
        const char = String.fromCodePoint(code);
        for (const text of [`★ 4.8 Sign${char}In`, `${char}US $9.99${char}`, `${char}${char}`]) {
          expect(normalizeText(text), `U+${code.toString(16)}`).toBe(foldUnicode(text));
        }
      }
    }
    expect(normalizeText('Free shipping ✈ 🔥 Sign In →')).toBe('free shipping sign in');
  });
});

describe('the words a label cannot fit without (labelWords)', () => {
  const words = (label: Label) => wordsPattern(labelWords(label));

  it('are held by every phrase, close wording and meaning match of every label, in every language', () => {
    for (const language of SITE_LANGUAGE_CODES) {
      for (const label of Object.values(labelsFor(language))) {
        for (const phrase of [...label.phrases, ...(label.variants ?? [])]) {
          expect(mayHold(phrase, words(label))).toBe(true);
          // A close name may leave out a quarter of a longer phrase's words.
          const kept = phrase.split(' ').slice(1).join(' ');
          if (fitLabel(kept, label) > 0) expect(mayHold(kept, words(label))).toBe(true);
        }
        for (const groups of [label.allWords, label.alternativeWords]) {
          if (!groups) continue;
          // Any one word from each group makes a fitting name.
          const sentence = groups.map((group) => group[group.length - 1]).join(' ');
          expect(fitLabel(sentence, label)).toBe(2);
          expect(mayHold(sentence, words(label))).toBe(true);
        }
      }
    }
  });

  it('are found inside a longer text, accents and case aside', () => {
    expect(mayHold('1DELETE YOUR ACCOUNT', words(en.deleteYourAccount))).toBe(true);
    expect(mayHold('Paramètres du compte', wordsPattern(['parametres']))).toBe(true);
  });

  it('rule out the texts of a product feed', () => {
    for (const text of ['US $8.99', '5,000+ sold', 'Free shipping', 'Ceramic Mug with Handle']) {
      for (const label of Object.values(en)) expect(mayHold(text, words(label))).toBe(false);
    }
  });
});

describe('mayHold', () => {
  it('reads a star or a currency sign as no letter, and an accent as its letter', () => {
    const settings = wordsPattern(['settings', 'parametres']);
    expect(mayHold('★ 4.8 · Settings €', settings)).toBe(true);
    expect(mayHold('★ 4.8 · 5,000+ sold', settings)).toBe(false);
    expect(mayHold('PARAMÈTRES', settings)).toBe(true);
  });
});
