import { describe, expect, it } from 'vitest';
import {
  isFromOwnContentScript,
  isFromPopup,
  isMessage,
  isProgressMessage,
} from '../../core/messages';

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

  it('takes a step outcome only in its one shape, for a known step, from our content script', () => {
    expect(
      isProgressMessage({ type: 'aliexit/progress', change: 'complete', step: 'account' }),
    ).toBe(true);
    expect(isProgressMessage({ type: 'aliexit/progress', change: 'reopen', step: 'account' })).toBe(
      true,
    );
    expect(isProgressMessage({ type: 'aliexit/progress', change: 'reset', step: 'account' })).toBe(
      false,
    );
    expect(isProgressMessage({ type: 'aliexit/progress', change: 'complete', step: 'bogus' })).toBe(
      false,
    );
    expect(
      isProgressMessage({ type: 'aliexit/progress', change: 'complete', step: 'account', x: 1 }),
    ).toBe(false);
    // A tab may hide the guide (the card's Hide), never show it: that is the popup's.
    expect(isProgressMessage({ type: 'aliexit/progress', change: 'hide' })).toBe(true);
    expect(isProgressMessage({ type: 'aliexit/progress', change: 'hide', step: 'account' })).toBe(
      false,
    );
    expect(isProgressMessage({ type: 'aliexit/progress', change: 'show' })).toBe(false);
    expect(isFromOwnContentScript({ id: 'abc', tab: {} }, 'abc')).toBe(true);
    expect(isFromOwnContentScript({ id: 'abc', url: POPUP }, 'abc')).toBe(false);
    expect(isFromOwnContentScript({ id: 'other', tab: {} }, 'abc')).toBe(false);
  });
});
