import { describe, expect, it } from 'vitest';
import { presetLaw } from '../../core/request/preset';

describe('where you live, first guess from the browser’s languages', () => {
  it.each([
    [['de-AT'], 'gdpr'],
    [['fr-FR'], 'gdpr'],
    [['nb-NO'], 'gdpr'], // Norway: EEA
    [['de-CH'], 'plain'], // Switzerland: not in the EEA, whatever the language
    [['en-GB'], 'uk-gdpr'],
    [['pt-BR'], 'lgpd'],
    [['pt_PT'], 'gdpr'], // Chrome's folder spelling
    [['pt'], 'plain'], // Portugal or Brazil: unknown
    [['en-US'], 'plain'], // the US is not California
    [['fr-CA'], 'plain'],
    [['de'], 'gdpr'], // a language of the EU alone, no region
    [['en', 'pl'], 'gdpr'],
    [['ja', 'en-GB'], 'uk-gdpr'], // the first tag with a region decides
    [['not a tag', 'en-GB'], 'uk-gdpr'],
    [[], 'plain'],
  ] as const)('%j → %s', (tags, law) => {
    expect(presetLaw(tags)).toBe(law);
  });
});
