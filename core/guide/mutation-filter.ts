import type { LabelSet } from '../labels/types';
import { classPrefixSelector, PROMOTE_LEVELS } from '../locate/locate';
import { ANCESTOR_LEVELS, gatherTexts, MAX_LABEL_CHARS, shortTextOf } from '../locate/snapshot';
import type { TargetSpec } from '../locate/spec';
import {
  fitNormalized,
  labelWords,
  mayFitInside,
  mayHold,
  normalizeText,
  wordsPattern,
} from '../locate/text';

/**
 * Tells the page's own churn (a live feed rewriting prices, adding cards) apart from changes that
 * can alter what the guide sees, so that only those pay for an evaluation. A change can matter
 * when it:
 *  - removes, or happens in or around, an element the last evaluation rested on (its candidates,
 *    text hits and regions, and their neighbourhood: what promotion and visibility read);
 *  - adds an element that would be evidence for some target (a fitting text or accessible name,
 *    a fitting link, a stable selector, class prefix or region), or a style sheet;
 *  - changes text into something that may fit a label (the texts around the change are re-read);
 *  - edits a style sheet.
 * Attributes are watched only around those elements (attributeScope): a class that gives an
 * element no text, link or name of a target a stable selector elsewhere on the page goes unseen
 * until the next change that matters, as does a CSS sibling selector or :has() far from it.
 * It errs on the side of "may matter": a false alarm costs one evaluation, a miss a stale card.
 */
export function createMutationFilter(specs: readonly TargetSpec[]) {
  const selector = stableSelector(specs);
  const hrefs = specs.flatMap((spec) => (spec.href ? [spec.href] : []));

  return {
    /** Whether any of the records can change the evaluation that noted `watched`. */
    mayMatter(
      records: readonly MutationRecord[],
      watched: ReadonlySet<Element>,
      labels: LabelSet,
    ): boolean {
      for (const element of watched) if (!element.isConnected) return true;
      const near = neighbourhoods(watched);
      const words = anyLabelWords(labels);
      const fitsAny = (text: string) =>
        Object.values(labels).some((label) => fitNormalized(text, label) > 0);
      const textChecked = new Set<Element>();

      for (const record of records) {
        const target = record.target;
        if (isNear(target, watched, near)) return true;
        if (record.type === 'attributes') {
          if (isElement(target) && bringsSelector(target, selector)) return true;
          continue;
        }
        const parent = isElement(target) ? target : target.parentElement;
        if (parent && isStyle(parent)) return true;
        // Indexed loops: a live feed sends many records, and a NodeList's iterator is not free.
        const { addedNodes, removedNodes } = record;
        for (let i = 0; i < addedNodes.length; i++) {
          const added = addedNodes[i];
          if (added && isElement(added)) {
            if (bringsEvidence(added, selector, hrefs, labels, words, fitsAny)) return true;
          }
        }
        for (let i = 0; i < removedNodes.length; i++) {
          const removed = removedNodes[i];
          if (removed && isElement(removed) && isStyle(removed)) return true;
        }
        if (parent && !textChecked.has(parent)) {
          if (textAroundMayFit(parent, labels, words, fitsAny, textChecked)) return true;
        }
      }
      return false;
    },
  };
}

/** Above an element, how far a change still counts as "around" it. */
const NEIGHBOURHOOD_LEVELS = PROMOTE_LEVELS + 1;

/** For each watched element, its ancestor a few levels up (never the body or the root). */
export function neighbourhoods(watched: ReadonlySet<Element>): Element[] {
  const roots = new Set<Element>();
  for (const element of watched) {
    let root = element;
    for (let level = 0; level < NEIGHBOURHOOD_LEVELS; level++) {
      const parent = root.parentElement;
      if (!parent || parent === root.ownerDocument.body || parent.localName === 'html') break;
      root = parent;
    }
    roots.add(root);
  }
  return [...roots];
}

/**
 * Where attribute changes can matter: in the neighbourhood of what the evaluation rested on
 * (subtree), and on every element above it (a class on an ancestor can hide or show it). The
 * rest of the page may toggle classes and styles at will without waking the guide.
 */
export function attributeScope(watched: ReadonlySet<Element>): Map<Element, boolean> {
  const scope = new Map<Element, boolean>();
  for (const root of neighbourhoods(watched)) {
    scope.set(root, true);
    for (let above = root.parentElement; above; above = above.parentElement) {
      if (!scope.has(above)) scope.set(above, false);
    }
  }
  return scope;
}

function isNear(node: Node, watched: ReadonlySet<Element>, near: readonly Element[]): boolean {
  for (const element of watched) if (node.contains(element)) return true;
  return near.some((root) => root.contains(node));
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function isStyle(element: Element): boolean {
  return (
    element.localName === 'style' ||
    (element.localName === 'link' && element.getAttribute('rel') === 'stylesheet')
  );
}

/** Stable selectors, class prefixes and regions of every spec, as one selector. */
function stableSelector(specs: readonly TargetSpec[]): string {
  const parts = specs.flatMap((spec) => [
    ...(spec.selectors ?? []),
    ...(spec.within ?? []),
    ...(spec.classPrefixes ?? []).map(classPrefixSelector),
  ]);
  return [...new Set(parts)].join(',');
}

function bringsSelector(element: Element, selector: string): boolean {
  return selector !== '' && (element.matches(selector) || element.querySelector(selector) !== null);
}

/** Every label's words (see labelWords) in one search. */
const wordPatterns = new WeakMap<LabelSet, RegExp>();

function anyLabelWords(labels: LabelSet): RegExp {
  let pattern = wordPatterns.get(labels);
  if (!pattern) {
    pattern = wordsPattern(Object.values(labels).flatMap(labelWords));
    wordPatterns.set(labels, pattern);
  }
  return pattern;
}

function mayHoldLabelWithin(normalized: string, labels: LabelSet): boolean {
  return Object.values(labels).some((label) => mayFitInside(normalized, label));
}

/** Whether an added subtree holds something the locator would take as evidence. */
function bringsEvidence(
  element: Element,
  selector: string,
  hrefs: readonly RegExp[],
  labels: LabelSet,
  words: RegExp,
  fitsAny: (text: string) => boolean,
): boolean {
  if (isStyle(element) || element.querySelector('style,link[rel="stylesheet"]')) return true;
  if (bringsSelector(element, selector)) return true;
  const within = (query: string) => [
    ...(element.matches(query) ? [element] : []),
    ...element.querySelectorAll(query),
  ];
  for (const link of within('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (hrefs.some((pattern) => pattern.test(href))) return true;
  }
  for (const named of within('[aria-label],[aria-labelledby],input,img[alt]')) {
    // Names from elsewhere (a <label>, an id) are not read here: such an element always may matter.
    if (named.hasAttribute('aria-labelledby') || named.localName === 'input') return true;
    const names = ['aria-label', 'alt', 'title'].map((name) => named.getAttribute(name) ?? '');
    if (names.some((name) => mayHold(name, words) && fitsAny(normalizeText(name)))) {
      return true;
    }
  }
  const text = element.textContent ?? '';
  if (!mayHold(text, words) || !mayHoldLabelWithin(normalizeText(text), labels)) return false;
  return gatherTexts(element).some(({ text: short }) => fitsAny(short));
}

/**
 * Whether a change of text under `element` can make one of the short texts that hold it fit a
 * label. The outermost short text holds all the others, so one look at it usually settles it.
 */
function textAroundMayFit(
  element: Element,
  labels: LabelSet,
  words: RegExp,
  fitsAny: (text: string) => boolean,
  checked: Set<Element>,
): boolean {
  // A change inside a long text (a grid of cards) is inside no label's element at all.
  if (checked.has(element)) return false;
  if (element.firstElementChild && boundedText(element) === null) return false;
  const levels: Element[] = [];
  for (
    let current: Element | null = element;
    current && levels.length <= ANCESTOR_LEVELS;
    current = current.parentElement
  ) {
    levels.push(current);
  }
  for (let top = levels.length - 1; top >= 0; top--) {
    const outer = levels[top];
    if (!outer) continue;
    if (checked.has(outer)) return false;
    const raw = boundedText(outer);
    if (raw === null) continue;
    if (!mayHold(raw, words) || !mayHoldLabelWithin(normalizeText(raw), labels)) {
      // Nothing under it can fit: other changes under it this round need no look either.
      checked.add(outer);
      return false;
    }
    return levels.slice(0, top + 1).some((level) => {
      const text = shortTextOf(level);
      return text !== null && fitsAny(text);
    });
  }
  return false;
}

/** Elements under one that a label's element may have: a card, a button, not a grid of cards. */
const SMALL_SUBTREE = 64;
const SMALL_CHILDREN = 16;

/** The element's text, or null once it is longer than any label's element can be. */
function boundedText(element: Element): string | null {
  // A small subtree is read in one native call; a large one is walked and left early.
  if (
    element.childElementCount <= SMALL_CHILDREN &&
    element.getElementsByTagName('*').length <= SMALL_SUBTREE
  ) {
    const text = element.textContent ?? '';
    return text.length > MAX_LABEL_CHARS * 2 ? null : text;
  }
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let raw = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    raw += node.nodeValue ?? '';
    if (raw.length > MAX_LABEL_CHARS * 2) return null;
  }
  return raw;
}
