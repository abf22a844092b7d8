import { browser } from 'wxt/browser';
import type { MessageKey } from './steps/types';

/** UI text in the browser's language (public/_locales), English where a locale has no entry. */
export function t(key: MessageKey, substitutions: readonly string[] = []): string {
  return browser.i18n.getMessage(key, [...substitutions]) || key;
}

/**
 * Right to left for Arabic and Hebrew. Read from our own catalogue, not `@@bidi_dir`: that one
 * follows the browser's UI language even when the text falls back to English (a Persian UI would
 * lay English out right to left), and headless Chromium without language packs always says ltr.
 */
export function uiDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('textDirection') === 'rtl' ? 'rtl' : 'ltr';
}

/** The language of the text actually shown (for `lang`, so screen readers pronounce it right). */
export function uiLanguage(): string {
  return browser.i18n.getMessage('textLanguage') || 'en';
}
