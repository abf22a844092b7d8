import { evaluateIn, waitInPage, type BrowserPage } from './in-page';

/**
 * What the corrections tests read from a page, alike in Chromium and Firefox: the page's own
 * count of the pointer and mouse events it received, the card's buttons, pick mode's outline.
 */

/** The replica's settings page with its Delete account entry renamed, or a decoy before it. */
export const RELABELED = '/account/setting/index.html?replica_relabel=delete-account';
export const DECOY = '/account/setting/index.html?replica_decoy=delete-account';
export const DECOY_AND_RELABELED =
  '/account/setting/index.html?replica_decoy=delete-account&replica_relabel=delete-account';

/**
 * What the page itself heard on its own elements: its listeners on document (capture), as a
 * site's would be. (Clicks on AliExit's card reach the page as clicks on <aliexit-overlay>, as
 * any element's do; they are not counted: they are not on the page's controls.) Enter and Space
 * on a page control count too, the key coming up as well as going down: a site's own
 * role="button" may act on either (the ARIA practices' buttons act as Space comes up), so a
 * keyboard pick must keep its whole key press from the page.
 */
export async function listenAsThePage(page: BrowserPage): Promise<void> {
  await evaluateIn(
    page,
    () => {
      const heard = { count: 0, types: [] as string[] };
      (window as unknown as { pageHeard: typeof heard }).pageHeard = heard;
      for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click', 'auxclick']) {
        document.addEventListener(
          type,
          (event) => {
            const target = event.target as Element | null;
            if (!event.isTrusted || target?.closest?.('aliexit-overlay')) return;
            heard.count += 1;
            heard.types.push(type);
          },
          true,
        );
      }
      for (const type of ['keydown', 'keypress', 'keyup']) {
        document.addEventListener(
          type,
          (event) => {
            const { key, target } = event as KeyboardEvent;
            if (!event.isTrusted || (key !== 'Enter' && key !== ' ')) return;
            if (!(target instanceof Element) || target.closest('aliexit-overlay')) return;
            if (target === document.body || target === document.documentElement) return;
            heard.count += 1;
            heard.types.push(`${type} ${key === ' ' ? 'Space' : key}`);
          },
          true,
        );
      }
    },
    undefined,
  );
}

export async function pageHeard(page: BrowserPage): Promise<{ count: number; types: string[] }> {
  return evaluateIn(
    page,
    () => (window as unknown as { pageHeard: { count: number; types: string[] } }).pageHeard,
    undefined,
  );
}

/** The card's button for `action` is drawn. */
export async function waitForCardAction(page: BrowserPage, action: string): Promise<void> {
  await waitInPage(
    page,
    (wanted) =>
      document
        .querySelector('aliexit-overlay')
        ?.shadowRoot?.querySelector(`[data-action="${wanted}"]`) != null,
    action,
    { what: `the card's "${action}" button` },
  );
}

export async function cardText(page: BrowserPage): Promise<string> {
  return evaluateIn(
    page,
    () =>
      document.querySelector('aliexit-overlay')?.shadowRoot?.querySelector('.card')?.textContent ??
      '',
    undefined,
  );
}

export async function hasCardAction(page: BrowserPage, action: string): Promise<boolean> {
  return evaluateIn(
    page,
    (wanted) =>
      document
        .querySelector('aliexit-overlay')
        ?.shadowRoot?.querySelector(`[data-action="${wanted}"]`) != null,
    action,
  );
}

/** A page script presses the card's button (an untrusted click in the open shadow root). */
export async function scriptClicks(page: BrowserPage, action: string): Promise<void> {
  await evaluateIn(
    page,
    (wanted) => {
      const button = document
        .querySelector('aliexit-overlay')
        ?.shadowRoot?.querySelector<HTMLElement>(`[data-action="${wanted}"]`);
      button?.click();
      button?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    },
    action,
  );
}

export async function isPicking(page: BrowserPage): Promise<boolean> {
  return evaluateIn(
    page,
    () =>
      document.querySelector('aliexit-overlay')?.shadowRoot?.querySelector('[data-pick="on"]') !=
      null,
    undefined,
  );
}

/** Waits until pick mode is on (or off). */
export async function waitForPicking(page: BrowserPage, on: boolean): Promise<void> {
  await waitInPage(
    page,
    (wanted) =>
      (document.querySelector('aliexit-overlay')?.shadowRoot?.querySelector('[data-pick="on"]') !=
        null) ===
      wanted,
    on,
    { what: `pick mode to be ${on ? 'on' : 'off'}` },
  );
}

/**
 * Pick mode's outline is drawn around `selector`'s element: 3 px out on every side, within the
 * stroke's width (Firefox counts the stroke in an SVG shape's box, Chromium does not).
 */
export async function waitForOutlineOn(page: BrowserPage, selector: string): Promise<void> {
  await waitInPage(
    page,
    (wanted) => {
      const outline = document
        .querySelector('aliexit-overlay')
        ?.shadowRoot?.querySelector('.pick-outline');
      const element = document.querySelector(wanted);
      if (!outline || !element) return false;
      const a = outline.getBoundingClientRect();
      const b = element.getBoundingClientRect();
      return (
        Math.abs(a.left + 3 - b.left) <= 2 &&
        Math.abs(a.top + 3 - b.top) <= 2 &&
        Math.abs(a.width - 6 - b.width) <= 3 &&
        Math.abs(a.height - 6 - b.height) <= 3
      );
    },
    selector,
    { what: `pick mode's outline on ${selector}` },
  );
}

/** The marked element is the replica's decoy. */
export async function waitForDecoyMarked(page: BrowserPage): Promise<void> {
  await waitInPage(
    page,
    () => {
      const marked = document.querySelectorAll('[data-aliexit-target]');
      return marked.length === 1 && marked[0]?.hasAttribute('data-replica-decoy') === true;
    },
    undefined,
    { what: 'the highlight on the decoy' },
  );
}

/** The card says in words what to look for (nothing highlighted) and offers Show me. */
export async function waitForWordsAndShowMe(page: BrowserPage): Promise<void> {
  await waitInPage(
    page,
    () => {
      const root = document.querySelector('aliexit-overlay')?.shadowRoot;
      return (
        document.querySelectorAll('[data-aliexit-target]').length === 0 &&
        root?.querySelector('details.look-for[open]') != null &&
        root.querySelector('[data-action="show-me"]') != null
      );
    },
    undefined,
    { what: 'the card to fall back to words and offer Show me' },
  );
}

/**
 * Whether the card's element (a selector in the overlay's shadow root) is there for the eye:
 * drawn, and inside the card's own box (not scrolled or clipped out of a compact card).
 */
export async function seenOnTheCard(page: BrowserPage, selector: string): Promise<boolean> {
  return evaluateIn(
    page,
    (wanted) => {
      const root = document.querySelector('aliexit-overlay')?.shadowRoot;
      const card = root?.querySelector('.card')?.getBoundingClientRect();
      const element = root?.querySelector(wanted)?.getBoundingClientRect();
      if (!card || !element || element.width === 0 || element.height === 0) return false;
      return (
        element.top >= card.top - 1 &&
        element.bottom <= card.bottom + 1 &&
        element.left >= card.left - 1 &&
        element.right <= card.right + 1
      );
    },
    selector,
  );
}
