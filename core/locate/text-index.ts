import type { Label } from '../labels/types';
import {
  ANCESTOR_LEVELS,
  isSkippedParent,
  MAX_LABEL_CHARS,
  type TextFitHit,
  type TextHit,
} from './snapshot';
import { normalizeText, type TextFit } from './text';

/** How one element's hits were put together: a run of a child's hits, or its own text. */
type Part =
  /** The child's hits[from, to), placed at hits[at] onwards. */
  | { readonly child: Gathered; readonly from: number; readonly to: number; readonly at: number }
  /** The element's own text, at hits[own]. */
  | { readonly own: number };

/** A hit that fits a label: its place in the element's hits, and how well. */
interface FitAt {
  readonly index: number;
  readonly fit: TextFit;
}

/** What one element's subtree gives a page's text walk: its hits, and how the walk left it. */
interface Gathered {
  /** gatherTexts(element): the element's short texts, in walk order, as if it were the root. */
  readonly hits: readonly TextHit[];
  /**
   * Where the first climb from a text inside it reached the element itself and took it as a
   * hit: that climb goes on to the parent (at `level + 1`), right after `hits[index - 1]`.
   * Absent when no climb took it (no text within reach, a skipped element, too long a text).
   */
  readonly passed?: { readonly index: number; readonly level: number };
  readonly parts: readonly Part[];
  /**
   * Per label, the hits that fit it, filled on first ask: from the parts' own answers, so an
   * element whose children did not change pays for its few fitting hits, not for every text.
   */
  readonly fitting: Map<Label, readonly FitAt[]>;
}

/** How a text fits a label (pure in both: the snapshot's cached fit). */
export type FitOf = (text: string, label: Label) => TextFit;

/**
 * The page's short texts, kept between looks, per element: a look re-reads only the elements a
 * change was heard in (and those above them), and takes every other element's texts as the last
 * look found them. It gives exactly what one walk of the whole body (gatherTexts) gives, in the
 * same order, as long as it hears every change of the tree and its texts: the guide's whole-page
 * observer feeds it (`changed`). Whenever that observer stops listening (while a shown element
 * is watched only around it) the index forgets everything (`forget`) and is not used (`live`
 * false) until the observer listens again.
 */
export class TextIndex {
  #known = new WeakMap<Element, Gathered>();
  #live = false;

  /** Whether the index hears every change now: only then may a look use it. */
  get live(): boolean {
    return this.#live;
  }

  /** The whole-page observer starts (true) or stops (false) listening. */
  listening(live: boolean): void {
    if (live === this.#live) return;
    this.#live = live;
    this.#known = new WeakMap();
  }

  /** Changes heard: the elements they touch, and all above them, are read again. */
  changed(records: readonly MutationRecord[]): void {
    if (!this.#live) return;
    for (const record of records) {
      const target = record.target;
      this.#forgetUp(target.nodeType === 1 ? (target as Element) : target.parentElement);
      // An element put back (moved, or re-attached) may have changed while it was away.
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const node = added[i];
        if (node?.nodeType !== 1) continue;
        const element = node as Element;
        this.#known.delete(element);
        const below = element.getElementsByTagName('*');
        for (let j = 0; j < below.length; j++) {
          const inside = below[j];
          if (inside) this.#known.delete(inside);
        }
      }
    }
  }

  /** The short texts under root, as gatherTexts(root) would find them. */
  texts(root: Element): readonly TextHit[] {
    return this.#gather(root).hits;
  }

  /**
   * The short texts under root that fit the label, in page order: exactly texts(root) filtered
   * by fitOf, but a look after a change composes them from each unchanged element's own answer
   * (kept until a change is heard in or under it) instead of fitting every text of the page.
   */
  fits(root: Element, label: Label, fitOf: FitOf): TextFitHit[] {
    const gathered = this.#gather(root);
    return fitsIn(gathered, label, fitOf).map(({ index, fit }) => ({
      element: (gathered.hits[index] as TextHit).element,
      fit,
    }));
  }

  /**
   * Every element known is known with all the elements under it (a look reads a subtree whole),
   * so the first unknown element on the way up has no known element above it: stop there.
   */
  #forgetUp(from: Element | null): void {
    for (let at = from; at && this.#known.has(at); at = at.parentElement) this.#known.delete(at);
  }

  /** gatherTexts(element), from what is known of its children where they did not change. */
  #gather(element: Element): Gathered {
    const known = this.#known.get(element);
    if (known) return known;
    const hits: TextHit[] = [];
    const parts: Part[] = [];
    let passed: Gathered['passed'];
    let reached = false;
    // A climb from a text below reaches the element at `level`: as gatherTexts's walk takes it.
    const reach = (level: number) => {
      if (reached || level > ANCESTOR_LEVELS || isSkippedParent(element)) return;
      reached = true;
      const raw = element.textContent ?? '';
      if (raw.length > MAX_LABEL_CHARS * 2) return;
      const text = normalizeText(raw);
      if (text.length > MAX_LABEL_CHARS) return;
      parts.push({ own: hits.length });
      hits.push({ element, text });
      passed = { index: hits.length, level };
    };
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (child.nodeValue?.trim()) reach(0);
      } else if (child.nodeType === 1) {
        const below = this.#gather(child as Element);
        const at = below.passed;
        const count = below.hits.length;
        if (!at) {
          if (count > 0) parts.push({ child: below, from: 0, to: count, at: hits.length });
          for (const hit of below.hits) hits.push(hit);
          continue;
        }
        parts.push({ child: below, from: 0, to: at.index, at: hits.length });
        for (let i = 0; i < at.index; i++) hits.push(below.hits[i] as TextHit);
        reach(at.level + 1);
        if (at.index < count) {
          parts.push({ child: below, from: at.index, to: count, at: hits.length });
        }
        for (let i = at.index; i < count; i++) hits.push(below.hits[i] as TextHit);
      }
    }
    const fitting = new Map<Label, readonly FitAt[]>();
    const gathered: Gathered = passed ? { hits, passed, parts, fitting } : { hits, parts, fitting };
    this.#known.set(element, gathered);
    return gathered;
  }
}

/** The element's hits that fit the label, from its parts' answers (each kept once asked). */
function fitsIn(gathered: Gathered, label: Label, fitOf: FitOf): readonly FitAt[] {
  const known = gathered.fitting.get(label);
  if (known) return known;
  const found: FitAt[] = [];
  for (const part of gathered.parts) {
    if ('own' in part) {
      const fit = fitOf((gathered.hits[part.own] as TextHit).text, label);
      if (fit) found.push({ index: part.own, fit });
      continue;
    }
    for (const { index, fit } of fitsIn(part.child, label, fitOf)) {
      if (index >= part.from && index < part.to)
        found.push({ index: part.at + index - part.from, fit });
    }
  }
  gathered.fitting.set(label, found);
  return found;
}
