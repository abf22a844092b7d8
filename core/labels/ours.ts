import type { Label, LabelKey, LabelSet } from './types';

type Phrases = readonly string[] | Pick<Label, 'phrases' | 'allWords' | 'seen'>;

const OURS_NOTE = 'our own translation: no localized capture of this screen is known';

/**
 * A label set we translated ourselves: every label is marked as ours; the few phrases seen on
 * the real site say so in their own `seen` entry, with its source.
 */
export function ours(phrases: Readonly<Record<LabelKey, Phrases>>): LabelSet {
  const entries = Object.entries(phrases) as [LabelKey, Phrases][];
  return Object.fromEntries(
    entries.map(([key, value]) => [
      key,
      'phrases' in value
        ? { ...value, source: 'ours' as const, note: OURS_NOTE }
        : { phrases: value, source: 'ours' as const, note: OURS_NOTE },
    ]),
  ) as Record<LabelKey, Label>;
}
