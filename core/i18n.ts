import { browser } from 'wxt/browser';
import type { MessageKey } from './steps/types';

/** UI text in the browser's language (public/_locales), English where a locale has no entry. */
export function t(key: MessageKey, substitutions: readonly string[] = []): string {
  return browser.i18n.getMessage(key, [...substitutions]) || key;
}

/** The direction of the UI language (not the page's): the card's text is in the UI language. */
export function uiDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
