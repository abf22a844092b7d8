/**
 * How the overlay keeps up with the highlighted element as the page scrolls and moves.
 *
 * Anchored (CSS anchor positioning: Debian's Chromium 156 and Firefox ESR 153 both have it,
 * checked by trying, see docs/performance.md): the browser draws the ring on the element itself (components/overlay/target-anchor.css), so a
 * scroll costs no script at all: no scroll listener is even registered. The card, placed in the
 * viewport, is re-placed only when the scroll has ended and rested (`scrollend`), when the element crosses the
 * viewport's middle or edges (an IntersectionObserver: the browser calls back only at those
 * crossings), or when the window is resized.
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
 * A scroll that has ended and stayed ended this long re-places the card. A page that scrolls
 * itself a little every frame ends a scroll every frame: the card waits until it rests.
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
  let settling: ReturnType<typeof setTimeout> | undefined;
  /** Our own scrollIntoView is under way: the card keeps up with it, then rests at its end. */
  let ownScroll = false;
  /** When the last scroll ended: a page scrolling itself ends one every frame. */
  let lastEnd = 0;
  const settled = () => {
    if (ownScroll) {
      ownScroll = false;
      listenToScroll(following !== null && !followingAnchored);
      reposition();
      return;
    }
    // Per frame only a time is noted: the one timer, once due, waits on if a scroll ended since.
    lastEnd = Date.now();
    settling ??= setTimeout(rest, SETTLE_MS);
  };
  const rest = () => {
    const quiet = Date.now() - lastEnd;
    if (quiet < SETTLE_MS) {
      settling = setTimeout(rest, SETTLE_MS - quiet);
      return;
    }
    settling = undefined;
    reposition();
  };
  // Both modes: the card is placed again when a scroll ends or the window changes size.
  win.addEventListener('scrollend', settled, on);
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
      win.removeEventListener('scrollend', settled, on);
      clearTimeout(settling);
      settling = undefined;
      win.removeEventListener('resize', reposition, on);
      following = null;
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
