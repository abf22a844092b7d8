import { normalizeText } from './text';

/** Text longer than this is prose, not a control's label: it is never a candidate. */
const MAX_LABEL_CHARS = 120;
/** How far above a text node a label may still be gathered ("Sign in" + " / " + "Register"). */
const ANCESTOR_LEVELS = 3;
const SKIPPED_PARENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
  'title',
]);

export interface TextHit {
  readonly element: Element;
  /** The element's whole visible text, normalised. */
  readonly text: string;
}

/** Decides whether an element is shown to the user; layout is read only through this. */
export type VisibilityCheck = (element: Element) => boolean;

/**
 * One look at the page, shared by the page detectors and the locator within one evaluation:
 * the short texts of the page are gathered once, on first use, in a single tree walk.
 */
export class PageSnapshot {
  #texts: TextHit[] | undefined;
  readonly #visible = new Map<Element, boolean>();

  constructor(
    readonly doc: Document,
    readonly url: URL,
    private readonly visibility: VisibilityCheck,
  ) {}

  /** Every element whose own text is short enough to be a label, outermost last. */
  texts(): readonly TextHit[] {
    this.#texts ??= gatherTexts(this.doc);
    return this.#texts;
  }

  isVisible(element: Element): boolean {
    let visible = this.#visible.get(element);
    if (visible === undefined) {
      visible = element.isConnected && this.visibility(element);
      this.#visible.set(element, visible);
    }
    return visible;
  }
}

function gatherTexts(doc: Document): TextHit[] {
  const root = doc.body;
  if (!root) return [];
  const seen = new Set<Element>();
  const hits: TextHit[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    let element = node.parentElement;
    for (let level = 0; element && level <= ANCESTOR_LEVELS; level++) {
      if (SKIPPED_PARENTS.has(element.localName) || seen.has(element)) break;
      seen.add(element);
      const raw = element.textContent ?? '';
      if (raw.length > MAX_LABEL_CHARS * 2) break;
      const text = normalizeText(raw);
      if (text.length > MAX_LABEL_CHARS) break;
      hits.push({ element, text });
      if (element === root) break;
      element = element.parentElement;
    }
  }
  return hits;
}
