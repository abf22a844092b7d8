import type { Label } from '../labels/types';

/**
 * Text comparison that tolerates what differs between captures of the same label: case,
 * spacing, accents, punctuation and line breaks inside the element.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** How well a name fits a label: 3 exact, 2 close (contains the phrase or its meaning), 0 none. */
export type TextFit = 0 | 2 | 3;

/** Names much longer than the phrase are paragraphs that merely mention it. */
const MAX_EXTRA_CHARS = 24;

export function fitLabel(name: string, label: Label): TextFit {
  const normalized = normalizeText(name);
  if (!normalized) return 0;
  let best: TextFit = 0;
  for (const phrase of label.phrases) {
    const wanted = normalizeText(phrase);
    if (normalized === wanted) return 3;
    if (
      normalized.length <= wanted.length + MAX_EXTRA_CHARS &&
      ` ${normalized} `.includes(` ${wanted} `)
    ) {
      best = 2;
    }
  }
  if (best === 0 && label.allWords && hasAllWordGroups(normalized, label.allWords)) best = 2;
  return best;
}

function hasAllWordGroups(normalized: string, groups: readonly (readonly string[])[]): boolean {
  const words = new Set(normalized.split(' '));
  return groups.every((group) => group.some((word) => words.has(normalizeText(word))));
}
