import { describe, expect, it } from 'vitest';
import { en } from '../../core/labels/en';
import { fitLabel, normalizeText } from '../../core/locate/text';

describe('normalizeText', () => {
  it('ignores case, spacing, accents and punctuation', () => {
    expect(normalizeText('  Sign in /\n Register ')).toBe('sign in register');
    expect(normalizeText('Paramètres')).toBe('parametres');
  });
});

describe('fitLabel', () => {
  it('is exact for the label with other spacing and case', () => {
    expect(fitLabel('delete YOUR   account', en.deleteYourAccount)).toBe(3);
  });

  it('is close when a short name contains the phrase', () => {
    expect(fitLabel('Settings >', en.settings)).toBe(3);
    expect(fitLabel('Welcome Account', en.account)).toBe(2);
  });

  it('does not take a paragraph that merely mentions the phrase', () => {
    const prose =
      'Before you press Delete Your Account, check your orders, refunds and coupons carefully';
    expect(fitLabel(prose, en.deleteYourAccount)).toBe(0);
  });

  it('matches the confirmation sentence on meaning when its wording differs', () => {
    expect(
      fitLabel('I understand and want to permanently delete my account', en.confirmSentence),
    ).toBe(2);
    expect(fitLabel('Remember this account', en.confirmSentence)).toBe(0);
  });

  it('does not confuse "Delete Account" with "Delete Your Account"', () => {
    expect(fitLabel('Delete Account', en.deleteYourAccount)).toBe(0);
  });
});
