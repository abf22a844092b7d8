/**
 * What sits around a page's main content: the header and its menus, notice and cookie bars,
 * help widgets, reviews and questions, product cards, footers. A step's element belongs to the
 * main content of its page; a hit inside one of these is never it, unless the step's own spec
 * names the region it looks in (the header's Account, the menu's Settings). Semantic roles and
 * tags come first (they survive a redesign); the class and id words are the ones shops give
 * these parts [src:ordinary-page-content] [src:help-bot].
 */
const FRAME_OF_PAGE = [
  // Landmarks around the main content (not <nav>: a settings sidebar may hold a route link).
  'header',
  'footer',
  'aside',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  // The site's header and account popover (ids and class stems: [src:header-markup] [src:account-menu-markup]).
  '#_global_header_23_',
  '#_full_container_header_23_',
  '[class*="pc-header--"]',
  '.comet-v2-popover',
  '[class*="my-account--"]',
].join(',');

/** What intrudes anywhere, a header or a menu included: bars, dialogs, widgets, reviews, cards. */
const INTRUSIONS = [
  // Product cards first, then reviews: matches() stops at the first selector that matches, and
  // a live feed asks it of every card it adds (core/guide/partition.ts).
  // Product cards and recommendations; newsletter boxes.
  '[class*="product-card" i]',
  '[class*="rec-card" i]',
  '[class*="recommend" i]',
  '[class*="newsletter" i]',
  // A product link is a product, never a step of the route.
  'a[href*="/item/"]',
  // Reviews, questions and comments.
  '[itemprop="review"]',
  '[class*="review" i]',
  '[class*="product-qa" i]',
  '[class*="comment" i]',
  // Notice bars: status and alert regions, announcement and coupon bars.
  '[role="status"]',
  '[role="alert"]',
  '[class*="notice-bar" i]',
  '[class*="noticebar" i]',
  '[class*="announcement" i]',
  '[class*="top-banner" i]',
  '[class*="topbanner" i]',
  // Cookie and consent dialogs.
  '[class*="cookie" i]',
  '[id*="cookie" i]',
  '[class*="consent" i]',
  '[id*="consent" i]',
  '[class*="gdpr" i]',
  '[aria-label*="cookie" i]',
  // Help widgets and bots ([src:help-bot]: #J_xiaomi_dialog).
  '#J_xiaomi_dialog',
  '[id*="xiaomi" i]',
  '[class*="xiaomi" i]',
  '[class*="chatbot" i]',
  '[class*="help-bot" i]',
  '[class*="helpbot" i]',
  '[class*="help-article" i]',
  '[class*="helparticle" i]',
].join(',');

/** Social sign-in and QR codes: never the sign-in the guide points at. */
const NEVER_POINTED_AT = [
  '[class*="social" i]',
  '[class*="third-party" i]',
  '[class*="thirdparty" i]',
  '[href*="thirdparty"]',
  '[class*="qrcode" i]',
  '[class*="qr-code" i]',
  '[class*="qr-login" i]',
].join(',');

const AROUND_MAIN = `${FRAME_OF_PAGE},${INTRUSIONS},${NEVER_POINTED_AT}`;
/**
 * What a hit is never inside, whatever region its spec names (up to that region). Read also by
 * the guide's mutation filter, which does not sort changes deep inside one
 * (core/guide/intrusion-silence.ts), and by the privacy center's "submitted" evidence.
 */
export const INTRUDING = `${INTRUSIONS},${NEVER_POINTED_AT}`;

/**
 * The regions around the main content, judged once per element per look at the page: a hit's
 * walk up matches each ancestor against the selectors the first time it is reached, and only
 * looks it up after that. Usually only a few dozen ancestors are ever matched, not the whole
 * page: two whole-document queries of these ~50 substring selectors cost a 6,000-element feed
 * some 50 ms per look (a CPU profile of one evaluation: two thirds of it). Once half the page
 * has been judged (a chain thousands of levels deep, where some engines match an element in time
 * that grows with its depth) one whole-page query is run after all, and answers the rest.
 * Either way an element is in a region exactly when the page-wide query would return it.
 */
export class RegionCache {
  /** Per element: inside-the-frame-of-the-page (index 0) and intrusion (index 1) judgements. */
  readonly #judged = [new Map<Element, boolean>(), new Map<Element, boolean>()] as const;
  #whole: readonly [ReadonlySet<Element>, ReadonlySet<Element>] | undefined;
  #pageSize: number | undefined;

  constructor(private readonly doc: Document) {}

  /**
   * Whether a hit is outside the content a spec looks in: for a spec of the main content,
   * inside anything around it; for a spec that names its region (the header, the menu), inside
   * an intrusion below that region.
   */
  isOutOfContext(element: Element, scope: Element, ownRegion: boolean): boolean {
    const kind = ownRegion ? 1 : 0;
    for (let at: Element | null = element; at && at !== scope; at = at.parentElement) {
      if (this.#inRegion(at, kind)) return true;
    }
    return false;
  }

  #inRegion(element: Element, kind: 0 | 1): boolean {
    if (this.#whole) return this.#whole[kind].has(element);
    const judged = this.#judged[kind];
    let inRegion = judged.get(element);
    if (inRegion === undefined) {
      if (this.#pastOneByOne()) {
        // One query: every intrusion is around the main content too, and they are few.
        const around = new Set(this.doc.querySelectorAll(AROUND_MAIN));
        const intruding = new Set<Element>();
        for (const each of around) if (each.matches(INTRUDING)) intruding.add(each);
        this.#whole = [around, intruding];
        return this.#whole[kind].has(element);
      }
      inRegion = element.matches(kind === 1 ? INTRUDING : AROUND_MAIN);
      judged.set(element, inRegion);
    }
    return inRegion;
  }

  /**
   * Whether asking the whole page now costs less than going on one by one. A whole-page query
   * matches every element about as fast as matches() judges one, so it pays only once a share of
   * the page has been judged: a fixed few hundred made a 10,000-element page with 2,000
   * label-like texts ask it on every look, for half of that look's time.
   */
  #pastOneByOne(): boolean {
    const judged = this.#judged[0].size + this.#judged[1].size;
    if (judged < JUDGED_ONE_BY_ONE) return false;
    this.#pageSize ??= this.doc.getElementsByTagName('*').length;
    return judged >= this.#pageSize * SHARE_JUDGED_ONE_BY_ONE;
  }
}

/** How many elements one look judges one by one before it may ask the whole page at once. */
const JUDGED_ONE_BY_ONE = 256;
/**
 * … and how many judgements, as a share of the page's elements (see #pastOneByOne). Both kinds
 * count: an element judged for both is two judgements.
 */
const SHARE_JUDGED_ONE_BY_ONE = 0.5;

const caches = new WeakMap<object, RegionCache>();

/** The regions of one look at the page (a snapshot): the page does not change within it. */
export function regionsOf(snapshot: { readonly doc: Document }): RegionCache {
  let cache = caches.get(snapshot);
  if (!cache) {
    cache = new RegionCache(snapshot.doc);
    caches.set(snapshot, cache);
  }
  return cache;
}

/** Whether the element is a social sign-in or QR code control (or inside one). */
export function isNeverPointedAt(element: Element): boolean {
  return element.closest(NEVER_POINTED_AT) !== null;
}

/** A heading: of the main content when not around it. */
export const HEADING_SELECTOR = 'h1, h2, h3, [role="heading"]';

/** Questions are never a page's statement ("What if my account is deleted?"). */
export function isQuestion(text: string): boolean {
  return /[?？؟]\s*$/.test(text.trim());
}
