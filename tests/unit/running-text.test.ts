import { describe, expect, it } from 'vitest';
import { LABEL_SETS, labelsFor } from '../../core/labels';
import type { LabelKey } from '../../core/labels/types';
import { fitLabel, normalizeText, normalizedLabel } from '../../core/locate/text';

/** Scripts written without spaces: a longer sentence is the phrase inside more characters. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/u;

/**
 * A word of another meaning for `key` in `language`: the longest word of another label's
 * phrases that `key`'s own phrases, meanings and the language's function words never use
 * (what "Suscripciones" is to "Por correo electrónico").
 */
function otherMeaningWord(language: string, key: LabelKey): string | undefined {
  const labels = labelsFor(language);
  const own = normalizedLabel(labels[key]);
  const ownWords = new Set([
    ...own.besideWords,
    ...(own.allWords ?? []).flat(),
    ...(own.alternativeWords ?? []).flat(),
  ]);
  const candidates = (Object.keys(labels) as LabelKey[])
    .filter((other) => other !== key)
    .flatMap((other) => normalizedLabel(labels[other]).phrases)
    .flatMap((phrase) => phrase.split(' '))
    .filter(
      (word) =>
        word.length >= 5 && ![...ownWords].some((w) => w.includes(word) || word.includes(w)),
    );
  return candidates.sort((a, b) => b.length - a.length)[0];
}

describe('a label inside a longer sentence of another meaning is not a match', () => {
  it('the Spanish email-subscriptions entry is not the email method', () => {
    const es = labelsFor('es');
    expect(fitLabel('Por correo electrónico', es.emailMethod)).toBe(3);
    expect(fitLabel('Suscripciones por correo electrónico', es.emailMethod)).toBe(0);
  });

  it('a verify-your-email bar is not the Verify button', () => {
    const en = labelsFor('en');
    expect(fitLabel('Verify', en.verify)).toBe(3);
    expect(fitLabel('Verify your email address to get a coupon', en.verify)).toBe(0);
  });

  for (const language of Object.keys(LABEL_SETS)) {
    it(`every phrase of the ${language} label set, with a word of another meaning beside it`, () => {
      const labels = labelsFor(language);
      const matched: string[] = [];
      // The checkbox's sentence is running text by nature: it is matched on meaning, and only
      // on a checkbox (targets.confirmCheckbox requires the role).
      const controls = (Object.keys(labels) as LabelKey[]).filter((k) => k !== 'confirmSentence');
      for (const key of controls) {
        const label = labels[key];
        for (const phrase of [...label.phrases, ...(label.variants ?? [])]) {
          const normalized = normalizeText(phrase);
          if (UNSPACED.test(normalized)) {
            // No word to add: the phrase inside a longer sentence of another label.
            const other = (Object.keys(labels) as LabelKey[])
              .filter((k) => k !== key)
              .map((k) => labels[k].phrases[0] ?? '')
              .sort((a, b) => b.length - a.length)[0];
            const sentence = `${other}${other}${phrase}`;
            if (fitLabel(sentence, label) > 0 && !normalizeText(other ?? '').includes(normalized))
              matched.push(`${key}: ${sentence}`);
            continue;
          }
          const word = otherMeaningWord(language, key);
          if (!word) continue;
          for (const sentence of [`${word} ${phrase}`, `${phrase} ${word}`]) {
            if (fitLabel(sentence, label) > 0) matched.push(`${key}: ${sentence}`);
          }
        }
      }
      expect(matched).toEqual([]);
    });
  }
});
