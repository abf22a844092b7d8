import { ANCESTOR_LEVELS, isSkippedParent, MAX_LABEL_CHARS, type TextHit } from './snapshot';
import { normalizeText } from './text';

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
}

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
      const element = target.nodeType === 1 ? (target as Element) : null;
      this.#forgetUp(element ?? target.parentElement);
      // A text, or an element with no element child now: nothing added stayed but text (its
      // node list is not even read).
      if (!element || element.firstElementChild === null) continue;
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
      hits.push({ element, text });
      passed = { index: hits.length, level };
    };
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (child.nodeValue?.trim()) reach(0);
      } else if (child.nodeType === 1) {
        const below = this.#gather(child as Element);
        const at = below.passed;
        if (!at) {
          for (const hit of below.hits) hits.push(hit);
          continue;
        }
        for (let i = 0; i < at.index; i++) hits.push(below.hits[i] as TextHit);
        reach(at.level + 1);
        for (let i = at.index; i < below.hits.length; i++) hits.push(below.hits[i] as TextHit);
      }
    }
    const gathered: Gathered = passed ? { hits, passed } : { hits };
    this.#known.set(element, gathered);
    return gathered;
  }
}
