import type { Label, LabelSet } from '../labels/types';
import { normalizesAsAscii, labelWords, normalizeText, wordsPattern } from './text';

/**
 * A label set's words (labelWords) in one search: a normalised text that holds none of them fits
 * no label of the set (fitNormalized gives 0 for each), so it needs no fitting at all. Most of a
 * page's short texts (a feed's prices, "1200+ sold", product titles) hold none: a look fits the
 * few that do, and a text is tested once, not once per label.
 */
export interface LabelSieve {
  /** Whether a normalised text may fit some label the sieve was made of. */
  readonly mayFit: (normalized: string) => boolean;
  /**
   * A raw text's normalised text when it may fit (mayFit), else undefined: the same answer,
   * without normalising most texts that cannot.
   */
  readonly siftRaw: (raw: string) => string | undefined;
}

interface Made {
  readonly also: readonly Label[];
  readonly sieve: LabelSieve;
}

const sieves = new WeakMap<LabelSet, Made>();
/** The sieve each label was made into: the snapshot's fits(label) is told only the label. */
const sieveOfLabel = new WeakMap<Label, LabelSieve>();

/**
 * The sieve of the set's labels and of `also` (labels of the page detectors' own, outside any
 * set), made once; its labels are known from then on (see sieveCovering). One sieve per set:
 * the kept texts (TextIndex) sift with one at a time, and start again for another.
 */
export function labelSieve(labels: LabelSet, also: readonly Label[] = []): LabelSieve {
  const made = sieves.get(labels);
  if (made?.also === also) return made.sieve;
  const all = [...Object.values(labels), ...also];
  const words = all.flatMap(labelWords);
  const pattern = wordsPattern(words);
  const mayFit = (normalized: string) => pattern.test(normalized);
  const raw = rawPattern(words);
  const sieve: LabelSieve = {
    mayFit,
    siftRaw: (text) => {
      if (raw && normalizesAsAscii(text) && !raw.test(text.toLowerCase())) return undefined;
      const normalized = normalizeText(text);
      return mayFit(normalized) ? normalized : undefined;
    },
  };
  sieves.set(labels, { also, sieve });
  for (const label of all) sieveOfLabel.set(label, sieve);
  return sieve;
}

/** The sieve the label is part of, once a look made it (else: every text is fitted to it). */
export function sieveCovering(label: Label): LabelSieve | undefined {
  return sieveOfLabel.get(label);
}

/**
 * A search that a plain ASCII text's lowercase passes whenever its normalised text holds one of
 * the words: the longest run of letters and digits of each word. (Normalising an ASCII text
 * lowercases it and turns each run of other characters into one space: a run of letters and
 * digits of the normalised text is one of its lowercase, and a word, itself normalised, has
 * its runs in one of those.) Null when a word has no such run (no shortcut then).
 */
function rawPattern(words: readonly string[]): RegExp | null {
  const runs = words.map(
    (word) =>
      normalizeText(word)
        .split(' ')
        .sort((a, b) => b.length - a.length)[0] ?? '',
  );
  return runs.every(Boolean) ? wordsPattern(runs) : null;
}
