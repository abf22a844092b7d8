import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFollower } from '../../core/guide/follow';

/** A page and a counter of the overlay's re-placements. */
function setUp() {
  const dom = new JSDOM('<!doctype html><body><a href="/account/index.html">Account</a></body>');
  const win = dom.window as unknown as Window & typeof globalThis;
  const element = win.document.querySelector('a');
  if (!element) throw new Error('no element');
  let repositions = 0;
  const follower = createFollower(win, () => repositions++);
  const scroll = () => win.dispatchEvent(new win.Event('scroll'));
  return { win, element, follower, scroll, repositions: () => repositions };
}

afterEach(() => void vi.useRealTimers());

describe('following the highlighted element', () => {
  it('drawn by CSS, a scroll runs nothing of ours; only its end, at rest, re-places the card', () => {
    vi.useFakeTimers();
    const page = setUp();
    page.follower.follow(page.element, true);
    for (let i = 0; i < 20; i++) page.scroll();
    expect(page.repositions()).toBe(0);
    // A page scrolling itself every frame ends a scroll every frame: the card waits for rest.
    for (let i = 0; i < 5; i++) page.win.dispatchEvent(new page.win.Event('scrollend'));
    expect(page.repositions()).toBe(0);
    vi.runAllTimers();
    expect(page.repositions()).toBe(1);
    // Ends a frame apart for a while: no re-placement until they stop, and then one.
    const timers = vi.spyOn(globalThis, 'setTimeout');
    for (let i = 0; i < 30; i++) {
      page.win.dispatchEvent(new page.win.Event('scrollend'));
      vi.advanceTimersByTime(16);
    }
    expect(page.repositions()).toBe(1);
    // A scroll end only notes the time: the pending timer waits on, not one set per end.
    expect(timers.mock.calls.length).toBeLessThan(30 / 3);
    vi.runAllTimers();
    expect(page.repositions()).toBe(2);
    page.follower.stop();
  });

  it('drawn by script, every scroll moves the ring, until it is drawn by CSS again', () => {
    const page = setUp();
    page.follower.follow(page.element, false);
    page.scroll();
    page.scroll();
    expect(page.repositions()).toBe(2);
    page.follower.follow(page.element, true);
    page.scroll();
    expect(page.repositions()).toBe(2);
    page.follower.stop();
  });

  it('while the guide scrolls the element into view itself, the card keeps up, then rests', () => {
    const page = setUp();
    page.follower.follow(page.element, true, true);
    page.scroll();
    page.scroll();
    expect(page.repositions()).toBe(2);
    page.win.dispatchEvent(new page.win.Event('scrollend'));
    expect(page.repositions()).toBe(3);
    page.scroll();
    expect(page.repositions()).toBe(3);
    page.follower.stop();
  });

  it('stopped, it hears nothing at all', () => {
    const page = setUp();
    page.follower.follow(page.element, false);
    page.follower.stop();
    page.scroll();
    page.win.dispatchEvent(new page.win.Event('scrollend'));
    page.win.dispatchEvent(new page.win.Event('resize'));
    expect(page.repositions()).toBe(0);
  });
});
