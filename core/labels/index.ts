import { en } from './en';
import type { LabelSet } from './types';

/** Label sets by site language. Languages without a set fall back to English. */
const LABEL_SETS: Readonly<Record<string, LabelSet>> = { en };

export const SITE_LANGUAGES = Object.keys(LABEL_SETS);

/** The site language of a page: `<html lang>` first ("en-US", "iw_IL" → "en", "iw"). */
export function pageLanguage(doc: Document): string {
  const lang = doc.documentElement.lang || '';
  return lang.toLowerCase().split(/[-_]/)[0] || 'en';
}

export function labelsFor(language: string): LabelSet {
  return LABEL_SETS[language] ?? en;
}
