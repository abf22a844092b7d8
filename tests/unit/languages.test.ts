import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABEL_SETS } from '../../core/labels';
import { ALIEXPRESS_HOSTS, hostLanguage } from '../../core/site/hosts';
import { SITE_LANGUAGES } from '../../core/site/languages';

/**
 * The README's "Add a language" recipe: one entry in core/site/languages.ts, then the places it
 * names. Each failure says which place is missing, so the recipe cannot silently go stale.
 */
describe.each(SITE_LANGUAGES)('site language $code', (language) => {
  it('has a label set registered in core/labels/index.ts', () => {
    expect(
      Object.keys(LABEL_SETS),
      `add core/labels/${language.code}.ts and list it in LABEL_SETS (core/labels/index.ts)`,
    ).toContain(language.code);
  });

  it('has a UI catalogue in public/_locales', () => {
    const file = `public/_locales/${language.folder}/messages.json`;
    expect(existsSync(file), `add ${file} (a copy of en with every message translated)`).toBe(true);
  });

  it('is served on its language host and recognised there', () => {
    if (!language.host) return expect(hostLanguage('www.aliexpress.com')).toBeUndefined();
    const host = `${language.code}.aliexpress.com`;
    expect(ALIEXPRESS_HOSTS, `${host} is missing from core/site/hosts.ts`).toContain(host);
    expect(ALIEXPRESS_HOSTS).toContain(`m.${host}`);
    expect(hostLanguage(host)).toBe(language.code);
    expect(hostLanguage(`m.${host}`)).toBe(language.code);
  });
});

describe('the label sets', () => {
  it('hold no language that core/site/languages.ts does not list', () => {
    const listed = SITE_LANGUAGES.map((language) => language.code);
    for (const code of Object.keys(LABEL_SETS)) {
      expect(listed, `add ${code} to core/site/languages.ts`).toContain(code);
    }
  });
});
