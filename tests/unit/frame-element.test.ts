import { describe, expect, it } from 'vitest';
import { frameElementFor } from '../../core/guide/controller';

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
});
