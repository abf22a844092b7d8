import type { Label } from '../labels/types';

/**
 * Text comparison that tolerates what differs between captures of the same label: case,
 * spacing, accents, punctuation and line breaks inside the element.
 */
export function normalizeText(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // German ß is written "ss" in capitals (and in Swiss German): one spelling for both.
      .replace(/ß/g, 'ss')
      // Turkish dotless ı loses its difference from i in capitals ("KAYIT"): fold it.
      .replace(/ı/g, 'i')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/** How well a name fits a label: 3 exact, 2 close (contains the phrase or its meaning), 0 none. */
export type TextFit = 0 | 2 | 3;

/** Names much longer than the phrase are paragraphs that merely mention it. */
const MAX_EXTRA_CHARS = 24;

/** Scripts written without spaces between words: matched by substring, not by whole words. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/u;
/** Share of a phrase's words a name must have to be close ("Delete my account" ~ "Delete account"). */
const CLOSE_WORD_SHARE = 0.75;

export function fitLabel(name: string, label: Label): TextFit {
  const normalized = normalizeText(name);
  if (!normalized) return 0;
  let best: TextFit = 0;
  for (const phrase of [...label.phrases, ...(label.variants ?? [])]) {
    const wanted = normalizeText(phrase);
    if (normalized === wanted) return 3;
    if (best === 0 && isClose(normalized, wanted)) best = 2;
  }
  if (best === 0 && hasAllWordGroups(normalized, label.allWords)) best = 2;
  if (best === 0 && hasAllWordGroups(normalized, label.alternativeWords)) best = 2;
  return best;
}

function isClose(name: string, phrase: string): boolean {
  if (name.length > phrase.length + MAX_EXTRA_CHARS) return false;
  if (UNSPACED.test(phrase)) return name.includes(phrase);
  if (` ${name} `.includes(` ${phrase} `)) return true;
  const nameWords = name.split(' ');
  const phraseWords = phrase.split(' ');
  if (phraseWords.length < 2 || nameWords.length > phraseWords.length + 2) return false;
  const present = phraseWords.filter((word) => nameWords.includes(word)).length;
  return present / phraseWords.length >= CLOSE_WORD_SHARE;
}

/**
 * Every group has a word in the name. A word also counts inside a longer one (Arabic and Hebrew
 * attach articles and prepositions, Turkish suffixes) when it is long enough not to be chance.
 */
function hasAllWordGroups(
  normalized: string,
  groups: readonly (readonly string[])[] | undefined,
): boolean {
  if (!groups) return false;
  const words = normalized.split(' ');
  const unspaced = UNSPACED.test(normalized);
  return groups.every((group) =>
    group.some((raw) => {
      const word = normalizeText(raw);
      if (unspaced) return normalized.includes(word);
      return words.some((w) => w === word || (word.length >= 4 && w.includes(word)));
    }),
  );
}
