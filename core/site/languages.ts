/**
 * The languages AliExpress serves its site in: the one list every other place reads (the hosts
 * the content script runs on, the label sets, the UI catalogues and their tests). Source:
 * docs/sources.md#site-languages.
 *
 * To add a language: add it here, add `core/labels/<code>.ts` and register it in
 * `core/labels/index.ts`, add `public/_locales/<folder>/messages.json`. `tests/unit/languages.test.ts`
 * names whichever of these places is missing.
 */
export interface SiteLanguage {
  /** ISO 639-1 code, as the site's `<html lang>` and its language host use it (`fr.aliexpress.com`). */
  readonly code: string;
  /** The `_locales` folder both browsers pick for it (Chrome ignores `iw` and `in`; no bare `pt`). */
  readonly folder: string;
  /** Whether the site has a `{code}.aliexpress.com` host (English is served on `www.`). */
  readonly host: boolean;
  readonly direction: 'ltr' | 'rtl';
}

export const SITE_LANGUAGES = [
  { code: 'en', folder: 'en', host: false, direction: 'ltr' },
  { code: 'es', folder: 'es', host: true, direction: 'ltr' },
  { code: 'fr', folder: 'fr', host: true, direction: 'ltr' },
  { code: 'de', folder: 'de', host: true, direction: 'ltr' },
  { code: 'it', folder: 'it', host: true, direction: 'ltr' },
  { code: 'nl', folder: 'nl', host: true, direction: 'ltr' },
  // AliExpress's Portuguese site is Brazilian; pt_PT ships as a copy (see COPIED_FOLDERS).
  { code: 'pt', folder: 'pt_BR', host: true, direction: 'ltr' },
  { code: 'ru', folder: 'ru', host: true, direction: 'ltr' },
  { code: 'pl', folder: 'pl', host: true, direction: 'ltr' },
  { code: 'tr', folder: 'tr', host: true, direction: 'ltr' },
  { code: 'ar', folder: 'ar', host: true, direction: 'rtl' },
  { code: 'he', folder: 'he', host: true, direction: 'rtl' },
  { code: 'ja', folder: 'ja', host: true, direction: 'ltr' },
  { code: 'ko', folder: 'ko', host: true, direction: 'ltr' },
  { code: 'th', folder: 'th', host: true, direction: 'ltr' },
  { code: 'vi', folder: 'vi', host: true, direction: 'ltr' },
  { code: 'id', folder: 'id', host: true, direction: 'ltr' },
] as const satisfies readonly SiteLanguage[];

export type SiteLanguageCode = (typeof SITE_LANGUAGES)[number]['code'];

export const SITE_LANGUAGE_CODES: readonly SiteLanguageCode[] = SITE_LANGUAGES.map(
  (language) => language.code,
);

/** Locale folders that are byte-for-byte copies of another: Chrome never falls back from pt-PT to pt. */
export const COPIED_FOLDERS: Readonly<Record<string, string>> = { pt_PT: 'pt_BR' };

/** The language hosts besides www: `{code}.aliexpress.com`. */
export const LANGUAGE_SUBDOMAINS: readonly SiteLanguageCode[] = SITE_LANGUAGES.filter(
  (language) => language.host,
).map((language) => language.code);

export function isSiteLanguage(code: string): code is SiteLanguageCode {
  return (SITE_LANGUAGE_CODES as readonly string[]).includes(code);
}
