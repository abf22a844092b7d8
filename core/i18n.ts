import { browser } from 'wxt/browser';
import type { MessageKey } from './steps/types';

/** UI text in the browser's language (public/_locales), English where a locale has no entry. */
export function t(key: MessageKey, substitutions: readonly string[] = []): string {
  return browser.i18n.getMessage(key, [...substitutions]) || key;
}

/** Right to left for Arabic and Hebrew: the browser answers from the chosen locale. */
export function uiDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** The language the UI text is in (for `lang`, so screen readers pronounce it right). */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
