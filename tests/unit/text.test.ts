import { describe, expect, it } from 'vitest';
import { en } from '../../core/labels/en';
import { labelsFor } from '../../core/labels';
import { SITE_LANGUAGE_CODES } from '../../core/site/languages';
import type { Label } from '../../core/labels/types';
import {
  fitLabel,
  foldUnicode,
  normalizesAsAscii,
  fitNormalized,
  labelWords,
  mayFitInside,
  mayFitInsideNodes,
  mayHold,
  normalizeText,
  textNodeWords,
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

  it('says which texts it folds as ASCII: those with only inert characters besides', () => {
    expect(normalizesAsAscii('\u2605 4.8 US $12.99 \u2192')).toBe(true);
    expect(normalizesAsAscii('Sign in')).toBe(true);
    // These fold into letters or digits (or lose a mark): the Unicode path is needed.
    for (const text of ['\u2605 4.8 \u2460', 'Caf\u00e9', '\u2122', '\ufb01nd', 'Konto\u00df']) {
      expect(normalizesAsAscii(text), text).toBe(false);
      expect(foldUnicode(text)).not.toBe(
        text
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, ' ')
          .trim(),
      );
    }
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

describe('mayFitInsideNodes: whole words, read per text node', () => {
  /** Node values: label phrases whole and cut, look-alikes, glue, separators, marks, nothing. */
  const PIECES = [
    'Back',
    'Ba',
    'ck',
    'lit',
    'Backlit',
    ' Back ',
    'Keyboard RGB ',
    'Sign in',
    ' / ',
    'Register',
    'Sign',
    ' in',
    'Acc',
    'ount',
    'Account',
    'My ',
    'Verify',
    'Ver',
    'ify',
    'Delete',
    ' Your ',
    'Account',
    '1',
    ' ',
    '',
    '\u0301',
    '\u00a0',
    '-',
    '★ 4.3',
    'US $1.00',
    'Zurück',
    'Zur',
    'ück',
    'Configuración',
    'Hesap',
    'Ayarlar',
    'hesabım',
    'Konto',
    'löschen',
    'Einstellungen',
  ];
  /** A small deterministic generator: the same cases on every run. */
  function random(seed: number) {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
  }
  const languages = ['en', 'de', 'es', 'tr', 'ar', 'ja'];

  it('never rules out a label that fits the text of some run of the nodes (an element inside)', () => {
    const next = random(14);
    let fitting = 0;
    for (let round = 0; round < 400; round++) {
      const values = Array.from(
        { length: 2 + Math.floor(next() * 6) },
        () => PIECES[Math.floor(next() * PIECES.length)] ?? '',
      );
      const whole = normalizeText(values.join(''));
      const words = () => textNodeWords(values);
      for (const code of languages) {
        for (const label of Object.values(labelsFor(code))) {
          for (let from = 0; from < values.length; from++) {
            for (let to = from + 1; to <= values.length; to++) {
              const inner = normalizeText(values.slice(from, to).join(''));
              if (fitNormalized(inner, label) === 0) continue;
              fitting++;
              expect(mayFitInsideNodes(whole, label, words), `${values.join('|')} ${inner}`).toBe(
                true,
              );
            }
          }
        }
      }
    }
    // The generator does make fitting runs, or the test would prove nothing.
    expect(fitting).toBeGreaterThan(100);
  });

  it('rules out a phrase-only label whose word sits inside a longer word of one node', () => {
    const values = ['Mechanical Keyboard RGB Backlit', 'US $1.00', '-12%'];
    const whole = normalizeText(values.join(''));
    expect(mayFitInside(whole, en.back)).toBe(true);
    expect(mayFitInsideNodes(whole, en.back, () => textNodeWords(values))).toBe(false);
    // Cut at a node's edge, or glued across nodes, the word may stand alone in an element.
    for (const cut of [
      ['Back', 'lit'],
      ['Keyboard Ba', 'ck'],
      ['Ba', 'ck', 'lit'],
    ]) {
      const text = normalizeText(cut.join(''));
      expect(
        mayFitInsideNodes(text, en.back, () => textNodeWords(cut)),
        cut.join('|'),
      ).toBe(true);
    }
  });
});
