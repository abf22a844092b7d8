import { describe, expect, it, vi } from 'vitest';
import {
  childShowing,
  createReporter,
  frameElementFor,
  withoutQuery,
} from '../../core/guide/child-frames';

const CODE_FRAME = 'https://render-accounts.aliexpress.com/verify/code.html';

describe('the iframe a child frame reports from', () => {
  it('is found past iframes whose src the page made unparsable, without throwing', () => {
    document.body.innerHTML = `
      <iframe src="http://["></iframe>
      <iframe src="https://exa mple.com/"></iframe>
      <iframe src="//[::1"></iframe>
      <iframe id="code" src="${CODE_FRAME}?lang=en"></iframe>`;
    expect(frameElementFor(document, `${CODE_FRAME}?lang=de`)).toBe(
      document.getElementById('code'),
    );
  });

  it('is none when the reported address does not parse', () => {
    document.body.innerHTML = `<iframe src="${CODE_FRAME}"></iframe>`;
    expect(frameElementFor(document, 'http://[')).toBeNull();
  });

  it('is the same address with its query and fragment aside, and no other path', () => {
    expect(withoutQuery(`${CODE_FRAME}?a=1#b`)).toBe(CODE_FRAME);
    expect(withoutQuery('/verify/code.html', 'https://render-accounts.aliexpress.com/x')).toBe(
      CODE_FRAME,
    );
    expect(withoutQuery(`${CODE_FRAME}/more`)).not.toBe(CODE_FRAME);
  });
});

describe("a child frame's reports", () => {
  it('are sent once per change, and never from the top frame', () => {
    const report = vi.fn();
    const send = createReporter({ isTop: false, report });
    send('verification-code', 'verificationCodeDo');
    send('verification-code', 'verificationCodeDo');
    send('verification-code', 'verificationCodeVerifyDo');
    send(null);
    send(null);
    expect(report.mock.calls).toEqual([
      ['verification-code', 'verificationCodeDo'],
      ['verification-code', 'verificationCodeVerifyDo'],
      [null, null],
    ]);
    const fromTop = vi.fn();
    createReporter({ isTop: true, report: fromTop })('verification-code', 'verificationCodeDo');
    expect(fromTop).not.toHaveBeenCalled();
  });

  it("are the top frame's to show for the guide shown or the user's current step only", () => {
    const code = { guide: 'verification-code', instruction: 'x', frameUrl: CODE_FRAME };
    expect(childShowing([code], 'verification-code', 'sign-in')).toBe(code);
    expect(childShowing([code], 'bot-check', 'verification-code')).toBe(code);
    expect(childShowing([code], 'sign-in', 'sign-in')).toBeUndefined();
    expect(childShowing(undefined, 'verification-code', 'verification-code')).toBeUndefined();
  });
});
