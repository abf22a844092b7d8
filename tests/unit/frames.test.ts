import { describe, expect, it, vi } from 'vitest';
import { createFrameLink, relayToTop } from '../../core/frames';

const ID = 'ext';
const CHILD = {
  id: ID,
  url: 'https://render-accounts.aliexpress.com/verify/code.html',
  frameId: 7,
  tab: { id: 3 },
};

describe('frame reports', () => {
  it('are passed to the top frame of the same tab', () => {
    const relay = relayToTop(
      { type: 'aliexit/frame-target', guide: 'verification-code' },
      CHILD,
      ID,
    );
    expect(relay).toEqual({
      tabId: 3,
      message: { type: 'aliexit/child-target', frameId: 7, guide: 'verification-code' },
    });
  });

  it('are ignored from the top frame, other extensions, other sites or in another shape', () => {
    const message = { type: 'aliexit/frame-target', guide: 'verification-code' };
    expect(relayToTop(message, { ...CHILD, frameId: 0 }, ID)).toBeNull();
    expect(relayToTop(message, { ...CHILD, id: 'other' }, ID)).toBeNull();
    expect(relayToTop(message, { ...CHILD, url: 'https://evil.example/' }, ID)).toBeNull();
    expect(relayToTop({ ...message, extra: 1 }, CHILD, ID)).toBeNull();
    expect(
      relayToTop({ type: 'aliexit/frame-target', guide: '<img src=x>' }, CHILD, ID),
    ).toBeNull();
  });

  it('tell the top frame which guides its children show, until they stop', () => {
    const top = createFrameLink(true, vi.fn());
    const fromBackground = { id: ID };
    top.receive(
      { type: 'aliexit/child-target', frameId: 7, guide: 'verification-code' },
      fromBackground,
      ID,
    );
    expect([...(top.childGuides?.value ?? [])]).toEqual(['verification-code']);
    top.receive({ type: 'aliexit/child-target', frameId: 7, guide: null }, fromBackground, ID);
    expect(top.childGuides?.value.size).toBe(0);
  });

  it('are not taken from a content script posing as the background', () => {
    const top = createFrameLink(true, vi.fn());
    top.receive(
      { type: 'aliexit/child-target', frameId: 7, guide: 'verification-code' },
      { id: ID, tab: { id: 3 } },
      ID,
    );
    expect(top.childGuides?.value.size).toBe(0);
  });

  it('are sent by child frames only', () => {
    const send = vi.fn();
    const child = createFrameLink(false, send);
    child.report?.('verification-code');
    expect(send).toHaveBeenCalledWith({ type: 'aliexit/frame-target', guide: 'verification-code' });
    expect(createFrameLink(true, send).report).toBeUndefined();
  });
});
