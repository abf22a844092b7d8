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
import { normalizeText } from '../locate/text';
import { MEANINGS, MEANINGS_NOTE } from './meanings';
import type { Label, LabelKey, LabelSet, Meaning } from './types';
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

/** Words of the site's own name, in every language. */
const SITE_NAME_WORDS = ['aliexpress'];

/**
 * The labels to recognise a page in `language` by: its own words first, then English, which
 * localized AliExpress pages often keep in places; each with its meanings (meanings.ts).
 */
export function labelsFor(language: string): LabelSet {
  const code = isSiteLanguage(language) ? language : 'en';
  const own = LABEL_SETS[code];
  let set = merged.get(code);
  if (!set) {
    const keys = Object.keys(en) as LabelKey[];
    set = Object.fromEntries(
      keys.map((key) => [
        key,
        withMeaning(own === en ? en[key] : withEnglish(own[key], en[key]), key, code),
      ]),
    ) as Record<LabelKey, Label>;
    merged.set(code, set);
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

/** The label with its meanings in the language and in English (kept by localized pages). */
function withMeaning(label: Label, key: LabelKey, language: string): Label {
  const english = MEANINGS.en;
  const local = MEANINGS[language] ?? english;
  if (!english || !local) return label;
  const words = (list: readonly string[]) => [...new Set(list.map(normalizeText))];
  const meaning = (m: Meaning): Meaning => ({
    ...m,
    groups: m.groups.map(words),
    ...(m.fillers ? { fillers: words(m.fillers) } : {}),
  });
  const meanings = [
    ...(local.meanings[key] ?? []),
    ...(local === english ? [] : (english.meanings[key] ?? [])),
  ].map(meaning);
  return {
    ...label,
    meaning: {
      meanings,
      // The site's own name never changes what a control does ("Delete your AliExpress account").
      functionWords: words([
        ...SITE_NAME_WORDS,
        ...local.functionWords,
        ...(local === english ? [] : english.functionWords),
      ]),
      cancelWords: words([...local.cancelWords, ...(local === english ? [] : english.cancelWords)]),
      source: 'ours',
      note: MEANINGS_NOTE,
    },
  };
}
