import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGuide } from '../../core/guide/controller';
import { TARGET_ATTRIBUTE } from '../../core/guide/target-mark';
import { createProgressModel } from '../../core/progress/model';
import { INITIAL_PROGRESS, complete, start } from '../../core/progress/state';
import { progressItem } from '../../core/progress/storage';
import { ROUTE } from '../../core/steps/route';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** Each element's box, as a layout would give it (jsdom lays nothing out). */
const BOXES: Record<string, DOMRect> = {
  home: new DOMRect(380, 341, 249, 44),
  logo: new DOMRect(20, 16, 168, 36),
};

describe('a card with nothing to point at', () => {
  it('keeps clear of the page controls: the main content first, then the header', async () => {
    // A page the current step has no element on: the card speaks in words.
    document.body.innerHTML = `<header><a href="/" data-box="logo">AliExpress</a></header>
      <main><h1>Thank you for shopping with us</h1>
      <a href="https://www.aliexpress.com/" data-box="home">Back to AliExpress home</a></main>`;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      return BOXES[this.getAttribute('data-box') ?? ''] ?? new DOMRect(0, 0, 0, 0);
    });
    // The route's last step before the deleted page, every earlier one done.
    const last = ROUTE.findIndex((step) => step.id === 'delete');
    const progress = ROUTE.slice(0, last).reduce(
      (at, step) => complete(at, step.id),
      start(INITIAL_PROGRESS),
    );
    await progressItem.setValue(progress);
    const model = createProgressModel();
    const overlay = { mount: vi.fn(), remove: vi.fn() };
    const guide = createGuide({ win: window, model, overlay, isVisible: () => true });
    const unwatch = await model.connect();
    await vi.waitFor(() => expect(guide.state.value).not.toBeNull());
    const shown = guide.state.value;
    expect(document.querySelector(`[${TARGET_ATTRIBUTE}]`)).toBeNull();
    expect(shown?.target).toBeNull();
    expect(shown?.obstacles).toEqual([
      { x: 380, y: 341, width: 249, height: 44 },
      { x: 20, y: 16, width: 168, height: 36 },
    ]);
    guide.dispose();
    unwatch();
  });
});
