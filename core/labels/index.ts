import { hostLanguage } from '../site/hosts';
import { isSiteLanguage, type SiteLanguageCode } from '../site/languages';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { he } from './he';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import { th } from './th';
import { tr } from './tr';
import type { Label, LabelKey, LabelSet } from './types';
import { vi } from './vi';

/** Label sets by site language (core/site/languages.ts): typed so that none can be missing. */
export const LABEL_SETS: Readonly<Record<SiteLanguageCode, LabelSet>> = {
  en,
  es,
  fr,
  de,
  it,
  nl,
  pt,
  ru,
  pl,
  tr,
  ar,
  he,
  ja,
  ko,
  th,
  vi,
  id,
};

/** The site's own locale codes that differ from ISO 639-1 (iw_IL, in_ID) [src:locale-codes]. */
const SITE_CODES: Readonly<Record<string, string>> = { iw: 'he', in: 'id' };

/**
 * The site language of a page: `<html lang>` first ("es-ES", "iw_IL" → "es", "he"), then the
 * language host (fr.aliexpress.com), then English.
 */
export function pageLanguage(doc: Document, hostname = doc.location?.hostname ?? ''): string {
  const declared = (doc.documentElement.lang || '').toLowerCase().split(/[-_]/)[0] ?? '';
  const lang = SITE_CODES[declared] ?? declared;
  if (isSiteLanguage(lang)) return lang;
  return hostLanguage(hostname) ?? 'en';
}

const merged = new Map<string, LabelSet>();

/**
 * The labels to recognise a page in `language` by: its own words first, then English, which
 * localized AliExpress pages often keep in places.
 */
export function labelsFor(language: string): LabelSet {
  if (!isSiteLanguage(language)) return en;
  const own = LABEL_SETS[language];
  if (own === en) return en;
  let set = merged.get(language);
  if (!set) {
    const keys = Object.keys(en) as LabelKey[];
    set = Object.fromEntries(keys.map((key) => [key, withEnglish(own[key], en[key])])) as Record<
      LabelKey,
      Label
    >;
    merged.set(language, set);
  }
  return set;
}

function withEnglish(own: Label, english: Label): Label {
  return {
    ...own,
    phrases: [...own.phrases, ...english.phrases],
    variants: [...(own.variants ?? []), ...(english.variants ?? [])],
    allWords: own.allWords ?? english.allWords,
    alternativeWords: english.allWords,
  };
}
