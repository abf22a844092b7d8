/**
 * How the overlay keeps up with the highlighted element as the page scrolls and moves.
 *
 * Anchored (CSS anchor positioning: Debian's Chromium 156 and Firefox ESR 153 both have it,
 * checked by trying, see docs/performance.md): the browser draws the ring on the element itself
 * (components/overlay/target-anchor.css), so a scroll costs next to no script: nothing reads the
 * layout while it goes on, and of a scroll that goes on only one event in 150 ms or so is heard
 * (restWatch). The card, placed in the viewport, is re-placed only when the scroll has rested,
 * when the element crosses the viewport's middle or edges (an IntersectionObserver: the browser
 * calls back only at those crossings), or when the window is resized.
 *
 * Scripted (no anchor positioning, or a ring CSS cannot draw: other ways outlined beside it): the
 * element's box is read once per frame while anything scrolls, as before.
 */
export interface Follower {
  /**
   * Follow `element` (null: nothing to follow), anchored by CSS or by script. `scrolling`: the
   * guide is scrolling it into view itself; the card follows frame by frame until that ends.
   */
  follow(element: Element | null, anchored: boolean, scrolling?: boolean): void;
  stop(): void;
}

/**
 * A scroll followed by this long with no other re-places the card. A page that scrolls itself
 * a little every frame never rests: the card waits.
 */
const SETTLE_MS = 150;

/** Where the element may sit: a crossing of these lines may put it on the card's side. */
const HALVES = ['0px 0px -50% 0px', '-50% 0px 0px 0px'];
const CROSSINGS = [0, 1];

export function createFollower(win: Window, reposition: () => void): Follower {
  const Observer = (win as Window & typeof globalThis).IntersectionObserver as
    typeof IntersectionObserver | undefined;
  const on = { capture: true, passive: true } as const;
  let listeningToScroll = false;
  let crossings: IntersectionObserver[] = [];
  /** Our own scrollIntoView is under way: the card keeps up with it, then rests at its end. */
  let ownScroll = false;
  const ownScrollEnded = () => {
    if (!ownScroll) return;
    ownScroll = false;
    win.removeEventListener('scrollend', ownScrollEnded, on);
    listenToScroll(following !== null && !followingAnchored);
    reposition();
  };
  // Both modes: the card is placed again once a scroll rests, or when the window changes size.
  const rest = restWatch(win, reposition);
  win.addEventListener('resize', reposition, on);
  const listenToScroll = (wanted: boolean) => {
    if (wanted === listeningToScroll) return;
    listeningToScroll = wanted;
    if (wanted) win.addEventListener('scroll', reposition, on);
    else win.removeEventListener('scroll', reposition, on);
  };

  const unobserve = () => {
    for (const observer of crossings) observer.disconnect();
    crossings = [];
  };

  let following: Element | null = null;
  let followingAnchored = false;

  return {
    follow(element, anchored, scrolling = false) {
      // An evaluation that finds the same element again changes nothing here.
      if (element === following && anchored === followingAnchored && !scrolling) return;
      following = element;
      followingAnchored = anchored;
      ownScroll = scrolling && element !== null;
      if (ownScroll) win.addEventListener('scrollend', ownScrollEnded, on);
      else win.removeEventListener('scrollend', ownScrollEnded, on);
      unobserve();
      listenToScroll(element !== null && (!anchored || ownScroll));
      if (!element || !anchored || !Observer) return;
      // The first call of each observer reports where the element is now: nothing to redo.
      crossings = HALVES.map((rootMargin) => {
        let first = true;
        const observer = new Observer(
          () => {
            if (first) first = false;
            else reposition();
          },
          { rootMargin, threshold: CROSSINGS },
        );
        observer.observe(element);
        return observer;
      });
    },
    stop() {
      unobserve();
      listenToScroll(false);
      ownScroll = false;
      win.removeEventListener('scrollend', ownScrollEnded, on);
      rest.stop();
      win.removeEventListener('resize', reposition, on);
      following = null;
    },
  };
}

/**
 * Calls `rested` once a scroll (of the window or of any box in the page) has been followed by
 * SETTLE_MS with none, without hearing every frame of a scroll that goes on: after the first
 * scroll it stops listening for SETTLE_MS, then listens for SETTLE_MS more; a scroll heard then
 * starts the pause again, silence means rest. A page scrolling itself every frame costs one
 * scroll event and one timer per 150 ms or so, where a `scrollend` listener heard every frame
 * (such a page ends a scroll every frame). The card is re-placed SETTLE_MS to twice that after
 * the scroll stopped, never sooner.
 */
function restWatch(win: Window, rested: () => void) {
  const on = { capture: true, passive: true } as const;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listen = () => win.addEventListener('scroll', heard, on);
  function heard() {
    win.removeEventListener('scroll', heard, on);
    clearTimeout(timer);
    timer = setTimeout(watch, SETTLE_MS);
  }
  function watch() {
    listen();
    timer = setTimeout(done, SETTLE_MS);
  }
  function done() {
    timer = undefined;
    rested();
  }
  listen();
  return {
    stop(): void {
      win.removeEventListener('scroll', heard, on);
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

/** Whether this browser positions by CSS anchors (the ring then follows without script). */
export function supportsAnchoring(win: Window): boolean {
  const css = (win as Window & { CSS?: { supports?(text: string): boolean } }).CSS;
  return (
    typeof css?.supports === 'function' &&
    css.supports('anchor-name: --a') &&
    css.supports('position-anchor: --a') &&
    css.supports('top: anchor(top)')
  );
}
