import { browser } from 'wxt/browser';
import type { MessageKey } from './steps/types';

/**
 * Messages already read. The catalogue and the UI language do not change while a page lives,
 * and the overlay re-renders on every frame the highlight moves: one call to the browser each.
 */
const messages = new Map<string, string>();

function message(
  key: MessageKey | 'textDirection' | 'textLanguage',
  substitutions: readonly string[] = [],
): string {
  const id = substitutions.length === 0 ? key : [key, ...substitutions].join('\u0001');
  let text = messages.get(id);
  if (text === undefined) {
    text = browser.i18n.getMessage(key, [...substitutions]);
    messages.set(id, text);
  }
  return text;
}

/** UI text in the browser's language (public/_locales), English where a locale has no entry. */
export function t(key: MessageKey, substitutions: readonly string[] = []): string {
  return message(key, substitutions) || key;
}

/**
 * Right to left for Arabic and Hebrew. Read from our own catalogue, not `@@bidi_dir`: that one
 * follows the browser's UI language even when the text falls back to English (a Persian UI would
 * lay English out right to left), and headless Chromium without language packs always says ltr.
 */
export function uiDirection(): 'ltr' | 'rtl' {
  return message('textDirection') === 'rtl' ? 'rtl' : 'ltr';
}

/** The language of the text actually shown (for `lang`, so screen readers pronounce it right). */
export function uiLanguage(): string {
  return message('textLanguage') || 'en';
}
