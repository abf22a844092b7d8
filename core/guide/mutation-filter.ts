import type { LabelSet } from '../labels/types';
import { classPrefixSelector } from '../locate/locate';
import { ANCESTOR_LEVELS, gatherTexts, MAX_LABEL_CHARS, shortTextOf } from '../locate/snapshot';
import type { TargetSpec } from '../locate/spec';
import { createSilence } from './intrusion-silence';
import { OVERLAY_HOST } from './target-mark';
import {
  fitNormalized,
  labelWords,
  mayFitInsideNodes,
  mayHold,
  normalizeText,
  textNodeWords,
  wordsPattern,
  type TextNodeWords,
} from '../locate/text';
import type { Label } from '../labels/types';

/**
 * Tells the page's own churn (a live feed rewriting prices, adding cards) apart from changes that
 * can alter what the guide sees, so that only those pay for an evaluation. It sorts what the tree
 * observer hears (elements and texts anywhere); changes around what the last evaluation rested on
 * are heard by the near observer, which needs no sorting (page-watch.ts). A change can matter
 * when it:
 *  - adds an element that would be evidence for some target (a fitting text or accessible name,
 *    a fitting link, a stable selector, class prefix or region), or a style sheet;
 *  - changes text into something that may fit a label (the texts around the change are re-read);
 *  - edits a style sheet.
 * A change deep inside a product card, a review or a help bot is not even read (see
 * intrusion-silence.ts): no step's element is ever there. Inside a row of them it is not even
 * heard (partition.ts): an element left unheard is passed over wherever it is added.
 * Attributes are watched only around the watched elements: a class that gives an element no
 * text, link or name of a target a stable selector elsewhere on the page goes unseen until the
 * next change that matters, as does a CSS sibling selector or :has() far from it.
 * It errs on the side of "may matter": a false alarm costs one evaluation, a miss a stale card.
 */
export function createMutationFilter(
  specs: readonly TargetSpec[],
  /** An element left unheard by the tree observer (partition.ts): nothing in it is ever read. */
  isUnheard: (element: Element) => boolean = () => false,
) {
  /** What may matter by being there: a sheet, a name read from elsewhere, a stable selector. */
  const always = [ALWAYS_MATTERS, stableSelector(specs)].filter(Boolean).join(',');
  const hrefs = specs.flatMap((spec) => (spec.href ? [spec.href] : []));
  const silence = createSilence(specs);

  /**
   * Across batches: the outermost element around a changed text (see textAroundMayFit) whose
   * text held no label word, or held one only inside a longer word of one text node ("back" in
   * "Backlit": no element's text has it as a word there), with the generation it was read in. A
   * later change under it that adds no element and no text with a label word cannot give it one
   * (a word split across two texts aside), so it needs no new read: a live feed rewrites the same cards' prices all the
   * time. A change that brings a label word (a text, or an added element holding one) forgets
   * only the marks it can make wrong: those above it, and inside such an added element (it may
   * have been edited while away from the page, unheard). A new generation (other labels, changes not sorted here)
   * forgets them all.
   */
  const quiet = new WeakMap<Element, number>();
  let generation = 0;
  let generationLabels: LabelSet | undefined;
  /** Each document's style sheets when its last batch was sorted, or since `forget`. */
  const sheetCounts = new WeakMap<Document, SheetCount>();
  /** Whether the page's own sheets are more or fewer than at the document's last batch. */
  const sheetsChanged = (records: readonly MutationRecord[]): boolean => {
    const doc = records[0]?.target.ownerDocument;
    if (!doc) return false;
    const before = sheetCounts.get(doc);
    // One native read a batch; the sheets are gone through only when their number moved.
    if (before && before.total === doc.styleSheets.length) return false;
    const now = countSheets(doc);
    sheetCounts.set(doc, now);
    return before !== undefined && before.page !== now.page;
  };

  /** Forgets the marks that the records can make wrong, without sorting them. */
  const forgetAround = (records: readonly MutationRecord[], from: number, words: RegExp) => {
    const texts = new Map<Element, string | null>();
    const tooLong = (element: Element) => boundedTextIn({ texts }, element) === null;
    for (let r = from; r < records.length; r++) {
      const record = records[r];
      if (!record) continue;
      if (isLeafChange(record)) {
        if (mayHold(record.target.textContent ?? '', words)) unquietAbove(record.target, quiet);
        continue;
      }
      if (record.type === 'characterData' && mayHold(record.target.nodeValue ?? '', words)) {
        unquietAbove(record.target, quiet);
      }
      const { addedNodes } = record;
      const parent = isElement(record.target) ? record.target : null;
      for (let i = 0; i < addedNodes.length; i++) {
        const added = addedNodes[i];
        if (!added) continue;
        if (isElement(added)) {
          if (isUnheard(added)) continue;
          // Unsorted, its intrusion's verdicts are still kept right (it may have come from one).
          if (parent) silence.added(added, parent, tooLong);
          unquietIfWords(added, added.textContent ?? '', words, quiet);
        } else if (mayHold(added.nodeValue ?? '', words)) unquietAbove(record.target, quiet);
      }
    }
  };

  return {
    /** Whether any of the tree observer's records can change what the guide would show. */
    mayMatter(records: readonly MutationRecord[], labels: LabelSet): boolean {
      if (labels !== generationLabels) {
        generationLabels = labels;
        generation++;
      }
      const words = anyLabelWords(labels);
      const textChecked = new Set<Element>();
      const look: TextLook = {
        labels,
        words,
        checked: textChecked,
        texts: new Map(),
        quiet,
        generation,
      };
      const tooLong = (element: Element) => boundedTextIn(look, element) === null;
      const matters = (index: number) => {
        // The rest of the batch goes unsorted: its marks must not outlive it.
        forgetAround(records, index, words);
        return true;
      };

      // A sheet taken away anywhere (a leaf's records are not read for it, below).
      if (sheetsChanged(records)) return matters(0);
      for (let r = 0; r < records.length; r++) {
        const record = records[r];
        if (!record) continue;
        const target = record.target;
        if (isLeafChange(record)) {
          // Only its text can have changed: its own text says whether that brings a word.
          const leaf = target as Element;
          // Deep in a product card (a live feed's price): whatever it says is never evidence.
          // (A sheet's own element never is: asked first, as it is asked of nearly every record.)
          if (silence.isSilent(leaf, tooLong)) continue;
          if (isStyle(leaf)) return matters(r);
          const bringsWords = mayHold(leaf.textContent ?? '', words);
          if (bringsWords) unquietAbove(leaf, quiet);
          if (textChecked.has(leaf)) continue;
          if (!bringsWords && isQuietAround(leaf, quiet, generation)) continue;
          if (textAroundMayFit(leaf, look)) return matters(r + 1);
          continue;
        }
        const parent = isElement(target) ? target : target.parentElement;
        if (parent && isStyle(parent)) return matters(r);
        // Its own texts changed where nothing is evidence: only what was added may matter.
        const silentTexts = parent !== null && silence.isSilent(parent, tooLong);
        let bringsWords =
          !silentTexts && record.type === 'characterData' && mayHold(target.nodeValue ?? '', words);
        let bringsElementOrWords = bringsWords;
        // Indexed loops: a live feed sends many records, and a NodeList's iterator is not free.
        const { addedNodes, removedNodes } = record;
        for (let i = 0; i < addedNodes.length; i++) {
          const added = addedNodes[i];
          if (!added) continue;
          if (isElement(added)) {
            // The overlay's own host (and the style it carries for the ring) is never a target.
            if (added.localName === OVERLAY_HOST) continue;
            // A card come to a feed, left unheard: no reader of texts looks inside it.
            if (isUnheard(added)) continue;
            // A card come to a feed: nothing in it can be a step's element or its evidence.
            if (isElement(target) && silence.added(added, target, tooLong)) continue;
            bringsElementOrWords = true;
            if (bringsEvidence(added, always, hrefs, look)) return matters(r);
          } else if (!silentTexts && !bringsWords && mayHold(added.nodeValue ?? '', words)) {
            bringsWords = bringsElementOrWords = true;
          }
        }
        for (let i = 0; i < removedNodes.length; i++) {
          const removed = removedNodes[i];
          if (removed && isElement(removed) && isStyle(removed)) return matters(r);
        }
        // What is above now holds a word: no longer quiet (an added element saw to its own).
        if (bringsWords) unquietAbove(target, quiet);
        if (!parent || silentTexts || textChecked.has(parent)) continue;
        if (!bringsElementOrWords && isQuietAround(parent, quiet, generation)) continue;
        if (textAroundMayFit(parent, look)) return matters(r + 1);
      }
      return false;
    },
    /**
     * Changes the tree observer heard but did not sort (an evaluation was already due): the
     * marks they can make wrong are forgotten, the rest kept.
     */
    unsorted(records: readonly MutationRecord[], labels: LabelSet): void {
      // Sheets changed or not, an evaluation is due: the count is only brought up to date.
      sheetsChanged(records);
      forgetAround(records, 0, anyLabelWords(labels));
    },
    /**
     * Changes went unheard (the tree observer let go, or starts listening): no mark can be
     * trusted. The document's sheets are counted from now on.
     */
    forget(doc: Document): void {
      generation++;
      silence.forget();
      sheetCounts.set(doc, countSheets(doc));
    },
  };
}

interface SheetCount {
  /** All of the document's sheets. */
  readonly total: number;
  /** Those of the page: the overlay's own (its host's light DOM carries the ring's) left out. */
  readonly page: number;
}

function countSheets(doc: Document): SheetCount {
  const sheets = doc.styleSheets;
  let page = 0;
  for (let i = 0; i < sheets.length; i++) {
    const owner = sheets[i]?.ownerNode as Element | null | undefined;
    if (owner?.parentElement?.localName !== OVERLAY_HOST) page++;
  }
  return { total: sheets.length, page };
}

/** What the text checks of one batch share. */
interface TextLook {
  readonly labels: LabelSet;
  readonly words: RegExp;
  /** Elements looked at in this batch whose text no label can fit. */
  readonly checked: Set<Element>;
  /**
   * Texts read in this batch (null: too long). The page does not change while a batch is
   * sorted: a long ancestor shared by thousands of records (a grid of cards) is read once.
   */
  readonly texts: Map<Element, string | null>;
  readonly quiet: WeakMap<Element, number>;
  readonly generation: number;
}

/** The element and its ancestors as far as a label's text is gathered from a text in it. */
function levelsAbove(element: Element): Element[] {
  const levels: Element[] = [];
  for (
    let current: Element | null = element;
    current && levels.length <= ANCESTOR_LEVELS;
    current = current.parentElement
  ) {
    levels.push(current);
  }
  return levels;
}

/** Forgets the marks of the node's ancestors (and its own): a change under them may give them a word. */
function unquietAbove(node: Node, quiet: WeakMap<Element, number>): void {
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (isElement(current)) quiet.delete(current);
  }
}

/** An element come to the page holding a label word: forgets the marks it can make wrong. */
function unquietIfWords(
  element: Element,
  text: string,
  words: RegExp,
  quiet: WeakMap<Element, number>,
): boolean {
  if (!mayHold(text, words)) return false;
  unquietWithin(element, quiet);
  if (element.parentNode) unquietAbove(element.parentNode, quiet);
  return true;
}

/** Forgets the marks of an element and everything in it. */
function unquietWithin(element: Element, quiet: WeakMap<Element, number>): void {
  quiet.delete(element);
  const inside = element.getElementsByTagName('*');
  for (let i = 0; i < inside.length; i++) {
    const child = inside[i];
    if (child) quiet.delete(child);
  }
}

/** Whether the outermost element around the element was read, wordless, in this generation. */
function isQuietAround(element: Element, quiet: WeakMap<Element, number>, generation: number) {
  // Asked of nearly every record of a live feed: walked up in place, no list of levels built.
  let top = element;
  for (let level = 0; level < ANCESTOR_LEVELS; level++) {
    const parent = top.parentElement;
    if (!parent) return false;
    top = parent;
  }
  return quiet.get(top) === generation;
}

/**
 * A change of an element's children after which it has none that is an element: only its text
 * changed (a live feed's textContent writes). Its records' node lists are then not read: each
 * node read costs this script a wrapper of its own, and a feed sends thousands a second. An
 * element added and taken away again within the batch left nothing; a style element taken away
 * is seen by the count of sheets (sheetsChanged).
 */
function isLeafChange(record: MutationRecord): boolean {
  const target = record.target;
  return record.type === 'childList' && isElement(target) && target.firstElementChild === null;
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

/**
 * Elements that may matter by being there: a style sheet; an element named from elsewhere (a
 * <label>, an id), whose name is not read here.
 */
const ALWAYS_MATTERS = 'style,link[rel="stylesheet"],[aria-labelledby],input';
/** Elements that may matter by what they say: a link by where it leads, a name by its words. */
const SAYS_SOMETHING = 'a[href],[aria-label],img[alt]';

/** Whether a link leads where a target does, or a name (aria-label, alt, title) fits a label. */
function saysTarget(element: Element, hrefs: readonly RegExp[], { labels, words }: TextLook) {
  const href = element.localName === 'a' ? element.getAttribute('href') : null;
  if (href !== null && hrefs.some((pattern) => pattern.test(href))) return true;
  for (const attribute of NAME_ATTRIBUTES) {
    const name = element.getAttribute(attribute);
    if (name && mayHold(name, words) && nameFits(name, labels)) return true;
  }
  return false;
}

const NAME_ATTRIBUTES = ['aria-label', 'alt', 'title'] as const;

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

/**
 * The labels that may fit some text inside the element, whose text (normalised) is given: only
 * these need fitting against its texts. Its text nodes are read only for a label whose words it
 * holds inside longer ones ("back" in "Backlit": see mayFitInsideNodes).
 */
function labelsFittingWithin(element: Element, normalized: string, labels: LabelSet): Label[] {
  let nodes: TextNodeWords | undefined;
  const read = () => (nodes ??= textNodeWords(textNodeValues(element)));
  return Object.values(labels).filter((label) => mayFitInsideNodes(normalized, label, read));
}

function textNodeValues(element: Element): string[] {
  const values: string[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    values.push(node.nodeValue ?? '');
  }
  return values;
}

/**
 * Whether a name fits a label. A name is one string, read as one text node: a label matched only
 * by its phrases is fitted only where its words stand alone in it (a product's "Backlit" is
 * fitted against no label), as for the texts of a card (labelsFittingWithin).
 */
function nameFits(name: string, labels: LabelSet): boolean {
  const normalized = normalizeText(name);
  let nodes: TextNodeWords | undefined;
  const read = () => (nodes ??= textNodeWords([name]));
  return Object.values(labels).some(
    (label) => mayFitInsideNodes(normalized, label, read) && fitNormalized(normalized, label) > 0,
  );
}

const fitsOneOf = (text: string, labels: readonly Label[]) =>
  labels.some((label) => fitNormalized(text, label) > 0);

/** Whether an added subtree holds something the locator would take as evidence. */
function bringsEvidence(
  element: Element,
  always: string,
  hrefs: readonly RegExp[],
  look: TextLook,
): boolean {
  // Two native scans of the subtree in all (a live feed adds a hundred cards a second).
  if (element.matches(always) || element.querySelector(always) !== null) return true;
  if (element.matches(SAYS_SOMETHING) && saysTarget(element, hrefs, look)) return true;
  const saying = element.querySelectorAll(SAYS_SOMETHING);
  for (let i = 0; i < saying.length; i++) {
    const inside = saying[i];
    if (inside && saysTarget(inside, hrefs, look)) return true;
  }
  const { labels, words, quiet, generation } = look;
  // Holding a word, it makes marks wrong above it and inside it (edited while off the page).
  const text = element.textContent ?? '';
  if (!unquietIfWords(element, text, words, quiet)) {
    // Read, wordless: a later change inside that brings no word needs no read (a new card's
    // first price rewrite, a frame after it came).
    quiet.set(element, generation);
    return false;
  }
  const fitting = labelsFittingWithin(element, normalizeText(text), labels);
  if (fitting.length === 0) {
    // Its words only inside longer ones ("Backlit"): as quiet as a wordless card.
    quiet.set(element, generation);
    return false;
  }
  return gatherTexts(element).some(({ text: short }) => fitsOneOf(short, fitting));
}

/**
 * Whether a change of text under `element` can make one of the short texts that hold it fit a
 * label. The outermost short text holds all the others, so one look at it usually settles it.
 */
function textAroundMayFit(element: Element, look: TextLook): boolean {
  const { labels, words, checked, generation } = look;
  // A change inside a long text (a grid of cards) is inside no label's element at all.
  if (checked.has(element)) return false;
  if (element.firstElementChild && boundedTextIn(look, element) === null) return false;
  const levels = levelsAbove(element);
  for (let top = levels.length - 1; top >= 0; top--) {
    const outer = levels[top];
    if (!outer) continue;
    if (checked.has(outer)) return false;
    const raw = boundedTextIn(look, outer);
    if (raw === null) continue;
    const fitting = mayHold(raw, words)
      ? labelsFittingWithin(outer, normalizeText(raw), labels)
      : [];
    // The outermost level that reaches as far as a label is gathered: nothing above it counts.
    // No label can fit inside it (no label word, or only inside longer words within one text
    // node: "Backlit"), and a later change that brings no label word cannot make one fit.
    if (fitting.length === 0 && top === ANCESTOR_LEVELS) look.quiet.set(outer, generation);
    if (fitting.length === 0) {
      // Nothing under it can fit: other changes under it this round need no look either.
      checked.add(outer);
      return false;
    }
    // Only the labels that may fit inside it can fit one of its levels.
    return levels.slice(0, top + 1).some((level) => {
      const text = shortTextOf(level);
      return text !== null && fitsOneOf(text, fitting);
    });
  }
  return false;
}

function boundedTextIn({ texts }: Pick<TextLook, 'texts'>, element: Element): string | null {
  let text = texts.get(element);
  if (text === undefined) {
    text = boundedText(element);
    texts.set(element, text);
  }
  return text;
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
