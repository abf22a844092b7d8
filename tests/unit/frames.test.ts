import { describe, expect, it, vi } from 'vitest';
import { createFrameLink, relayToTop } from '../../core/frames';

const ID = 'ext';
const CHILD = {
  id: ID,
  url: 'https://render-accounts.aliexpress.com/verify/code.html',
  frameId: 7,
  tab: { id: 3 },
};
const REPORT = {
  type: 'aliexit/frame-target',
  guide: 'verification-code',
  instruction: 'verificationCodeDo',
};

const childTarget = (guide: string | null) => ({
  type: 'aliexit/child-target',
  frameId: 7,
  frameUrl: CHILD.url,
  guide,
  instruction: guide ? 'verificationCodeDo' : null,
});

describe('frame reports', () => {
  it('are passed to the top frame of the same tab, with the frame address', () => {
    expect(relayToTop(REPORT, CHILD, ID)).toEqual({
      tabId: 3,
      message: childTarget('verification-code'),
    });
  });

  it('are ignored from the top frame, other extensions, other sites or in another shape', () => {
    expect(relayToTop(REPORT, { ...CHILD, frameId: 0 }, ID)).toBeNull();
    expect(relayToTop(REPORT, { ...CHILD, id: 'other' }, ID)).toBeNull();
    expect(relayToTop(REPORT, { ...CHILD, url: 'https://evil.example/' }, ID)).toBeNull();
    expect(relayToTop({ ...REPORT, extra: 1 }, CHILD, ID)).toBeNull();
    expect(relayToTop({ ...REPORT, guide: '<img src=x>' }, CHILD, ID)).toBeNull();
    expect(relayToTop({ ...REPORT, instruction: '<b>' }, CHILD, ID)).toBeNull();
  });

  it('tell the top frame what its children show, until they stop', () => {
    const top = createFrameLink(true, vi.fn());
    const fromBackground = { id: ID };
    top.receive(childTarget('verification-code'), fromBackground, ID);
    expect(top.children?.value).toEqual([
      { guide: 'verification-code', instruction: 'verificationCodeDo', frameUrl: CHILD.url },
    ]);
    top.receive(childTarget(null), fromBackground, ID);
    expect(top.children?.value).toEqual([]);
  });

  it('are not taken from a content script posing as the background', () => {
    const top = createFrameLink(true, vi.fn());
    top.receive(childTarget('verification-code'), { id: ID, tab: { id: 3 } }, ID);
    expect(top.children?.value).toEqual([]);
  });

  it('are sent by child frames only', () => {
    const send = vi.fn();
    const child = createFrameLink(false, send);
    child.report?.('verification-code', 'verificationCodeDo');
    expect(send).toHaveBeenCalledWith(REPORT);
    expect(createFrameLink(true, send).report).toBeUndefined();
  });
});
