import { describe, expect, it } from 'vitest';
import { LABEL_SETS, labelsFor, pageLanguage } from '../../core/labels';
import type { LabelKey } from '../../core/labels/types';
import { fitLabel } from '../../core/locate/text';

const KEYS = Object.keys(LABEL_SETS.en ?? {}) as LabelKey[];

describe('label sets', () => {
  it('hold every label in every site language', () => {
    for (const [lang, set] of Object.entries(LABEL_SETS)) {
      for (const key of KEYS) expect(set[key]?.phrases.length, `${lang}.${key}`).toBeGreaterThan(0);
    }
  });

  it('mark every label that is not English as our own translation', () => {
    for (const [lang, set] of Object.entries(LABEL_SETS)) {
      if (lang === 'en') continue;
      for (const key of KEYS) expect(set[key].source, `${lang}.${key}`).toBe('ours');
    }
  });

  it('recognise each of their own phrases exactly, in any case and spacing', () => {
    for (const [lang, set] of Object.entries(LABEL_SETS)) {
      for (const key of KEYS) {
        for (const phrase of [...set[key].phrases, ...(set[key].variants ?? [])]) {
          expect(
            fitLabel(`  ${phrase.toUpperCase()} `, set[key]),
            `${lang}.${key}: ${phrase}`,
          ).toBe(3);
        }
      }
    }
  });

  it('never let the settings link pass for the explainer button, in any language', () => {
    // The explainer page is recognised by its button alone: the link must not look like it.
    for (const [lang, set] of Object.entries(LABEL_SETS)) {
      for (const link of set.deleteAccountLink.phrases) {
        expect(fitLabel(link, labelsFor(lang).deleteYourAccount), `${lang}: ${link}`).toBe(0);
      }
    }
  });

  it('match words inside longer ones in scripts that attach them', () => {
    const ar = labelsFor('ar');
    expect(fitLabel('نعم، أرغب في إغلاق حسابي وحذف بياناتي بشكل نهائي', ar.confirmSentence)).toBe(
      2,
    );
    const ja = labelsFor('ja');
    expect(
      fitLabel(
        'AliExpressアカウントを完全に削除し、すべてのデータを消去することに同意します',
        ja.confirmSentence,
      ),
    ).toBe(2);
  });

  it('keep English as a fallback on localized pages', () => {
    expect(fitLabel('Delete Your Account', labelsFor('es').deleteYourAccount)).toBe(3);
  });
});

describe('pageLanguage', () => {
  function page(lang: string, host: string): [Document, string] {
    document.documentElement.lang = lang;
    return [document, host];
  }

  it('reads <html lang>, the site codes iw and in included', () => {
    expect(pageLanguage(...page('es-ES', 'www.aliexpress.com'))).toBe('es');
    expect(pageLanguage(...page('iw_IL', 'www.aliexpress.com'))).toBe('he');
    expect(pageLanguage(...page('in_ID', 'www.aliexpress.com'))).toBe('id');
  });

  it('falls back to the language host, then English', () => {
    expect(pageLanguage(...page('', 'm.fr.aliexpress.com'))).toBe('fr');
    expect(pageLanguage(...page('xx', 'www.aliexpress.com'))).toBe('en');
  });
});
