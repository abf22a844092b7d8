import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COPIED_FOLDERS, SITE_LANGUAGES } from '../../core/site/languages';

interface Entry {
  readonly message: string;
  readonly placeholders?: Record<string, { readonly content: string }>;
}
type Catalogue = Record<string, Entry>;

const LOCALES_DIR = resolve('public/_locales');

/** Every site language's folder (core/site/languages.ts), and the copies some browsers need. */
const FOLDERS = [
  ...SITE_LANGUAGES.map((language) => language.folder),
  ...Object.keys(COPIED_FOLDERS),
].sort();
const DIRECTION: ReadonlyMap<string, string> = new Map(
  SITE_LANGUAGES.map((language) => [language.folder, language.direction]),
);

function catalogue(locale: string): Catalogue {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Catalogue;
}

/** Placeholders a message uses ($NAME$), lower-cased as they are declared. */
function used(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z_]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();
}

const english = catalogue('en');

describe('the UI text in every AliExpress site language', () => {
  it('ships exactly the site languages, under folder names both browsers accept', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(FOLDERS);
  });

  it.each(FOLDERS.filter((locale) => locale !== 'en'))(
    '%s has every key English has, and no other',
    (locale) => {
      expect(Object.keys(catalogue(locale)).sort()).toEqual(Object.keys(english).sort());
    },
  );

  it.each(FOLDERS)('%s uses and declares the same placeholders as English', (locale) => {
    for (const [key, entry] of Object.entries(catalogue(locale))) {
      const reference = english[key];
      const declared = Object.keys(reference?.placeholders ?? {}).sort();
      expect(used(entry.message), `${locale}: ${key}`).toEqual(declared);
      expect(Object.keys(entry.placeholders ?? {}).sort(), `${locale}: ${key}`).toEqual(declared);
      for (const name of declared) {
        expect(entry.placeholders?.[name]?.content, `${locale}: ${key}`).toBe(
          reference?.placeholders?.[name]?.content,
        );
      }
    }
  });

  it.each(FOLDERS)('%s has no empty message and fits the manifest limits', (locale) => {
    const messages = catalogue(locale);
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), `${locale}: ${key}`).not.toBe('');
    }
    // Chrome's limits for the manifest's name and description.
    expect(messages.extName?.message.length).toBeLessThanOrEqual(75);
    expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it.each(FOLDERS)('%s declares its own direction and language', (locale) => {
    const messages = catalogue(locale);
    const language = locale.split('_')[0] ?? '';
    const direction = DIRECTION.get(COPIED_FOLDERS[locale] ?? locale);
    expect(messages.textDirection?.message).toBe(direction);
    expect(messages.textLanguage?.message.split('-')[0]).toBe(language);
  });

  it.each(Object.entries(COPIED_FOLDERS))('keeps %s identical to %s', (copy, original) => {
    expect(catalogue(copy)).toEqual(catalogue(original));
  });
});
