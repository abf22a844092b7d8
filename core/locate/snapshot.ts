import type { Label } from '../labels/types';
import { accessibleName } from './accessible-name';
import { sieveCovering, type LabelSieve } from './label-sieve';
import type { Located } from './locate';
import { fitNormalized, normalizeText, type TextFit } from './text';
import type { TextIndex } from './text-index';

/** Text longer than this is prose, not a control's label: it is never a candidate. */
export const MAX_LABEL_CHARS = 120;
/** How far above a text node a label may still be gathered ("Sign in" + " / " + "Register"). */
export const ANCESTOR_LEVELS = 3;
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

export interface TextFitHit {
  readonly element: Element;
  readonly fit: TextFit;
}

/** `[class*="module--name--"]`: its module's own prefix (`module--`). */
const MODULE_SELECTOR = /^\[class\*="([\w-]+?--)[\w-]+--"\]$/;
/** A module with more elements than this (a feed's cards) is not filtered: each asked alone. */
const FAMILY_MAX = 64;

/** Node.DOCUMENT_POSITION_FOLLOWING (a constant: no frame's own Node needed). */
const FOLLOWING = 4;

/** Decides whether an element is shown to the user; layout is read only through this. */
export type VisibilityCheck = (element: Element) => boolean;

/**
 * One look at the page, shared by the page detectors and the locator within one evaluation:
 * the short texts of the page are gathered once, on first use, in a single tree walk, and each
 * label is compared with them once. It also notes every element the evaluation's answer rests
 * on (`watched`), so that a later change elsewhere on the page can be told apart.
 */
export class PageSnapshot {
  #texts: readonly TextHit[] | undefined;
  /** The texts a sieve lets through (one sieve per label set: in practice one). */
  readonly #sifted = new Map<LabelSieve, readonly TextHit[]>();
  readonly #visible = new Map<Element, boolean>();
  readonly #fits = new Map<Label, TextFitHit[]>();
  readonly #located = new Map<object, Located | null>();
  readonly #names = new Map<Element, string>();
  /** Per sieve: whether an element's name holds a word of it (asked once, not once per label). */
  readonly #namesSifted = new Map<LabelSieve, Map<Element, boolean>>();
  readonly #judged = new Map<object, Map<Element, unknown>>();
  readonly #queries = new Map<ParentNode, Map<string, readonly Element[]>>();
  /** Candidates, text hits and regions seen: what a change must touch to alter the answer. */
  readonly watched = new Set<Element>();
  /**
   * The look's work, counted (not timed): each text a label was fitted to (a kept answer or a
   * new one), each control name fitted. Tests show with these what a look costs on a large page.
   */
  readonly work = { textsFitted: 0, namesFitted: 0 };

  constructor(
    readonly doc: Document,
    readonly url: URL,
    private readonly visibility: VisibilityCheck,
    /** The page's texts as kept between looks (the running guide's; see TextIndex). */
    private readonly index?: TextIndex,
  ) {}

  /** Every element whose own text is short enough to be a label, outermost last. */
  texts(): readonly TextHit[] {
    const body = this.doc.body;
    this.#texts ??= !body ? [] : this.index?.live ? this.index.texts(body) : gatherTexts(body);
    return this.#texts;
  }

  /**
   * The short texts that may fit a label of the sieve's set: a text that holds none of the set's
   * words fits none of its labels. From the kept texts when they are live: only the subtrees that
   * changed are sifted again.
   */
  sifted(sieve: LabelSieve): readonly TextHit[] {
    let hits = this.#sifted.get(sieve);
    if (!hits) {
      const body = this.doc.body;
      hits = !body
        ? []
        : this.index?.live
          ? this.index.sifted(body, sieve)
          : this.texts().filter(({ text }) => sieve.mayFit(text));
      this.#sifted.set(sieve, hits);
    }
    return hits;
  }

  /** The short texts that fit the label (in page order), compared once per snapshot. */
  fits(label: Label): readonly TextFitHit[] {
    let hits = this.#fits.get(label);
    if (!hits) {
      hits = [];
      const sieve = sieveCovering(label);
      for (const { element, text } of sieve ? this.sifted(sieve) : this.texts()) {
        this.work.textsFitted++;
        const fit = knownFit(text, label);
        if (fit) hits.push({ element, fit });
      }
      this.#fits.set(label, hits);
    }
    return hits;
  }

  /**
   * How the named control's name fits the label: a name that holds none of the label set's words
   * fits none of its labels (the feed's 500 images named by their product's title).
   */
  nameFit(element: Element, label: Label): TextFit {
    const sieve = sieveCovering(label);
    if (sieve && !this.#nameMayFit(element, sieve)) return 0;
    this.work.namesFitted++;
    return fitNormalized(this.nameOf(element), label);
  }

  /**
   * Whether the element's name may fit a label of the sieve: once per element and sieve in a
   * look (every label of a set asks the same of the body's 500 named images), from the raw name
   * (the feed's product titles are never normalised: most hold no word of the set).
   */
  #nameMayFit(element: Element, sieve: LabelSieve): boolean {
    let sifted = this.#namesSifted.get(sieve);
    if (!sifted) {
      sifted = new Map();
      this.#namesSifted.set(sieve, sifted);
    }
    let may = sifted.get(element);
    if (may === undefined) {
      const known = this.#names.get(element);
      if (known !== undefined) may = sieve.mayFit(known);
      else {
        const name = sieve.siftRaw(accessibleName(element));
        if (name !== undefined) this.#names.set(element, name);
        may = name !== undefined;
      }
      sifted.set(element, may);
    }
    return may;
  }

  /** The element's accessible name, normalised; computed once per snapshot. */
  nameOf(element: Element): string {
    let name = this.#names.get(element);
    if (name === undefined) {
      name = normalizeText(accessibleName(element));
      this.#names.set(element, name);
    }
    return name;
  }

  /** Locating is pure over one snapshot: a spec asked twice (by a detector, then the pointer) is found once. */
  memo(spec: object, find: () => Located | null): Located | null {
    if (this.#located.has(spec)) return this.#located.get(spec) ?? null;
    const found = find();
    this.#located.set(spec, found);
    return found;
  }

  /**
   * What the locator judged of an element (its controls, its children's classes), kept for the
   * rest of the evaluation: hits that share an ancestor (a list of 2,000 alike texts) judge it
   * once, not once each. `kind` names the judgement (one constant object per question).
   */
  remember<T>(kind: object, element: Element, judge: () => T): T {
    let table = this.#judged.get(kind);
    if (!table) {
      table = new Map();
      this.#judged.set(kind, table);
    }
    if (table.has(element)) return table.get(element) as T;
    const judged = judge();
    table.set(element, judged);
    return judged;
  }

  /**
   * `root.querySelectorAll(selector)`, asked once per snapshot: the page does not change within
   * one look, and the page's detectors and the locator ask the same few questions of the same
   * roots (the body's named controls, its links) spec after spec.
   */
  query(root: ParentNode, selector: string): readonly Element[] {
    let asked = this.#queries.get(root);
    if (!asked) {
      asked = new Map();
      this.#queries.set(root, asked);
    }
    let found = asked.get(selector);
    if (!found) {
      found = this.#fromFamily(root, selector) ?? [...root.querySelectorAll(selector)];
      asked.set(selector, found);
    }
    return found;
  }

  /**
   * A CSS-module class selector of the page (`[class*="my-account--menuBox--"]`) from its
   * module's (`[class*="my-account--"]`), when that finds few: every element the first matches
   * the second does. Asked of the whole page, each such substring selector is matched against
   * every element (the account popover's two regions: two walks of a feed's 6,000); a module's
   * few elements are filtered for any number of them at once.
   */
  #fromFamily(root: ParentNode, selector: string): Element[] | undefined {
    const module = MODULE_SELECTOR.exec(selector)?.[1];
    if (!module || (root !== this.doc && root !== this.doc.body)) return undefined;
    const family = this.query(this.doc, `[class*="${module}"]`);
    if (family.length > FAMILY_MAX) return undefined;
    return family.filter(
      (element) =>
        element.matches(selector) &&
        (root === this.doc || (element !== root && root.contains(element))),
    );
  }

  /**
   * The elements any of the selectors matches, in document order: what one query of them as a
   * selector list gives, from each one's own query (asked once per snapshot). A browser answers
   * a lone tag, id or class selector from its own tables; a list of them, by matching every
   * element of the page against each.
   */
  queryAny(root: ParentNode, selectors: readonly string[]): readonly Element[] {
    const lists = selectors.map((selector) => this.query(root, selector));
    const found = [...new Set(lists.flat())];
    if (lists.filter((list) => list.length > 0).length < 2) return found;
    return found.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  }

  watch(element: Element): void {
    this.watched.add(element);
  }

  isVisible(element: Element): boolean {
    let visible = this.#visible.get(element);
    if (visible === undefined) {
      this.watch(element);
      visible = element.isConnected && this.visibility(element);
      this.#visible.set(element, visible);
    }
    return visible;
  }
}

/**
 * How each label fits the texts already compared, across looks: fitNormalized depends on the
 * text and the label only, and a page's texts come back look after look (the header, a feed's
 * cards, a list of alike rows), so a later look mostly reads answers. Bounded per label: a page
 * that makes up new texts forever only starts the table again.
 */
const fitsKnown = new WeakMap<Label, Map<string, TextFit>>();
const KNOWN_FITS_PER_LABEL = 20_000;

function knownFit(text: string, label: Label): TextFit {
  let known = fitsKnown.get(label);
  if (!known) {
    known = new Map();
    fitsKnown.set(label, known);
  }
  let fit = known.get(text);
  if (fit === undefined) {
    fit = fitNormalized(text, label);
    if (known.size >= KNOWN_FITS_PER_LABEL) known.clear();
    known.set(text, fit);
  }
  return fit;
}

/** The short texts under root (root included), as one walk gathers them. */
export function gatherTexts(
  root: Element,
  /**
   * Elements whose insides the walk does not read (the running guide's unheard intrusions):
   * no text in one is a hit, and no element around one is short enough to be a hit.
   */
  isOpaque?: (element: Element) => boolean,
): TextHit[] {
  const doc = root.ownerDocument;
  const seen = new Set<Element>();
  const hits: TextHit[] = [];
  const walker = isOpaque
    ? doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
        acceptNode: (node) =>
          node.nodeType !== 1
            ? FILTER_ACCEPT
            : isOpaque(node as Element)
              ? FILTER_REJECT
              : FILTER_SKIP,
      })
    : doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    let element = node.parentElement;
    for (let level = 0; element && level <= ANCESTOR_LEVELS; level++) {
      if (isSkippedParent(element) || seen.has(element)) break;
      seen.add(element);
      const raw = isOpaque ? textAroundOpaque(element, isOpaque) : (element.textContent ?? '');
      if (raw === null || raw.length > MAX_LABEL_CHARS * 2) break;
      const text = normalizeText(raw);
      if (text.length > MAX_LABEL_CHARS) break;
      hits.push({ element, text });
      if (element === root) break;
      element = element.parentElement;
    }
  }
  return hits;
}

/** NodeFilter's answers (constants: no frame's own NodeFilter needed). */
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** The element's text, or null when an opaque element is inside it (see gatherTexts). */
function textAroundOpaque(element: Element, isOpaque: (element: Element) => boolean) {
  const inside = element.getElementsByTagName('*');
  for (let i = 0; i < inside.length; i++) {
    const child = inside[i];
    if (child && isOpaque(child)) return null;
  }
  return element.textContent ?? '';
}

/** An element whose text is never a label (a script, a style, an icon's drawing). */
export function isSkippedParent(element: Element): boolean {
  return SKIPPED_PARENTS.has(element.localName);
}

/**
 * The element's short text as gatherTexts would take it, or null when it would not: under a
 * skipped parent, or too long. Stops reading as soon as the text is too long, so asking about
 * a large container costs little.
 */
export function shortTextOf(element: Element): string | null {
  if (SKIPPED_PARENTS.has(element.localName)) return null;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let raw = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    raw += node.nodeValue ?? '';
    if (raw.length > MAX_LABEL_CHARS * 2) return null;
  }
  const text = normalizeText(raw);
  return text.length > MAX_LABEL_CHARS ? null : text;
}

/**
 * The element's text, trimmed, if it is at most `limit` characters long; else null. Reads text
 * nodes only until the text is too long (the trimmed text only grows as more is read), so asking
 * whether a large container says the same as a short label costs about the label's length.
 */
export function trimmedTextUpTo(element: Element, limit: number): string | null {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let raw = '';
  // Where the trimmed text starts and ends in `raw`: kept as it grows, never re-trimmed.
  let start = -1;
  let end = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    const first = value.search(NOT_SPACE);
    if (first >= 0) {
      if (start < 0) start = raw.length + first;
      end = raw.length + lastNotSpace(value) + 1;
      if (end - start > limit) return null;
    }
    raw += value;
  }
  return start < 0 ? '' : raw.slice(start, end);
}

/** What String.prototype.trim keeps. */
const NOT_SPACE = /\S/;

function lastNotSpace(value: string): number {
  let index = value.length - 1;
  while (index >= 0 && !NOT_SPACE.test(value.charAt(index))) index--;
  return index;
}
