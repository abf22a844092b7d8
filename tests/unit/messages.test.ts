import { describe, expect, it } from 'vitest';
import { isFromPopup, isMessage } from '../../core/messages';

const POPUP = 'chrome-extension://abc/popup.html';

describe('messages', () => {
  it('accepts only the known shape', () => {
    expect(isMessage({ type: 'aliexit/continue' })).toBe(true);
    expect(isMessage({ type: 'aliexit/continue', url: 'https://evil.example' })).toBe(false);
    expect(isMessage({ type: 'other' })).toBe(false);
    expect(isMessage('aliexit/continue')).toBe(false);
    expect(isMessage(null)).toBe(false);
  });

  it('accepts navigation requests only from our own popup', () => {
    expect(isFromPopup({ id: 'abc', url: POPUP }, 'abc', POPUP)).toBe(true);
    expect(isFromPopup({ id: 'other', url: POPUP }, 'abc', POPUP)).toBe(false);
    // Our own content script: same extension id, but the page's URL.
    expect(isFromPopup({ id: 'abc', url: 'https://www.aliexpress.com/' }, 'abc', POPUP)).toBe(
      false,
    );
    expect(isFromPopup({ id: 'abc', url: 'chrome-extension://abc/other.html' }, 'abc', POPUP)).toBe(
      false,
    );
  });
});
