import type { MessageKey } from './steps/types';
import { uiLanguage } from './i18n';

/** A message with one form per CLDR plural category; every locale carries all six keys. */
export interface PluralKeys {
  readonly zero: MessageKey;
  readonly one: MessageKey;
  readonly two: MessageKey;
  readonly few: MessageKey;
  readonly many: MessageKey;
  readonly other: MessageKey;
}

/** The key for `count` in the language of the text shown (its own plural rules). */
export function pluralKey(keys: PluralKeys, count: number, language = uiLanguage()): MessageKey {
  return keys[new Intl.PluralRules(language).select(count)];
}
