import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFollower } from '../../core/guide/follow';

/**
 * A page, a counter of the overlay's re-placements, and one of the times the page called into
 * the follower: its scroll and scroll-end listeners run (a call into the content script's world
 * per event heard, what a self-scrolling page makes it pay).
 */
function setUp() {
  const dom = new JSDOM('<!doctype html><body><a href="/account/index.html">Account</a></body>');
  const win = dom.window as unknown as Window & typeof globalThis;
  const element = win.document.querySelector('a');
  if (!element) throw new Error('no element');
  let heard = 0;
  const counted = new Map<EventListenerOrEventListenerObject, EventListener>();
  const add = win.addEventListener.bind(win);
  const remove = win.removeEventListener.bind(win);
  type Options = boolean | AddEventListenerOptions | undefined;
  win.addEventListener = (
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: Options,
  ) => {
    let wrapped = counted.get(listener);
    if (!wrapped) {
      wrapped = (event) => {
        heard++;
        if (typeof listener === 'function') listener(event);
        else listener.handleEvent(event);
      };
      counted.set(listener, wrapped);
    }
    add(type, wrapped, options);
  };
  win.removeEventListener = (
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: Options,
  ) => remove(type, counted.get(listener) ?? listener, options);
  let repositions = 0;
  const follower = createFollower(win, () => repositions++);
  const scroll = () => win.dispatchEvent(new win.Event('scroll'));
  /** One frame of a page scrolling itself: a scroll, and (the browser's) the end of one. */
  const frame = () => {
    scroll();
    win.dispatchEvent(new win.Event('scrollend'));
  };
  return {
    win,
    element,
    follower,
    scroll,
    frame,
    repositions: () => repositions,
    heard: () => heard,
  };
}

afterEach(() => void vi.useRealTimers());

describe('following the highlighted element', () => {
  it('drawn by CSS, a scroll reads nothing; only when it rests is the card re-placed, once', () => {
    vi.useFakeTimers();
    const page = setUp();
    page.follower.follow(page.element, true);
    for (let i = 0; i < 20; i++) page.scroll();
    expect(page.repositions()).toBe(0);
    vi.runAllTimers();
    expect(page.repositions()).toBe(1);
    // A page scrolling itself every frame (and ending a scroll every frame): the card waits.
    for (let i = 0; i < 30; i++) {
      page.frame();
      vi.advanceTimersByTime(16);
    }
    expect(page.repositions()).toBe(1);
    // Never before the scroll has rested 150 ms; then once.
    vi.advanceTimersByTime(150 - 16 - 1);
    expect(page.repositions()).toBe(1);
    vi.runAllTimers();
    expect(page.repositions()).toBe(2);
    page.follower.stop();
  });

  it('of a page scrolling itself every frame, one scroll in 150 ms or so is heard', () => {
    vi.useFakeTimers();
    const page = setUp();
    page.follower.follow(page.element, true);
    // Timers that ran: each is a call into the content script's world too.
    let timers = 0;
    const fake = globalThis.setTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((run: () => void, ms?: number) =>
      fake(() => {
        timers++;
        run();
      }, ms)) as typeof setTimeout);
    const frames = 60;
    for (let i = 0; i < frames; i++) {
      page.frame();
      vi.advanceTimersByTime(16);
    }
    // About a second of frames: some 7 pauses of 150 ms, each one scroll heard and one timer.
    // Hearing every frame's scroll end was 60 calls, and 7 timers.
    expect(page.heard() + timers).toBeLessThanOrEqual(14);
    expect(page.repositions()).toBe(0);
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
