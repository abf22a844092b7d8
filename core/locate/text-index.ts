import type { LabelSieve } from './label-sieve';
import { ANCESTOR_LEVELS, isSkippedParent, MAX_LABEL_CHARS, type TextHit } from './snapshot';
import { normalizeText } from './text';

/** What one element's subtree gives a page's text walk: its hits, and how the walk left it. */
interface Gathered {
  /** How many hits gatherTexts(element) gives. */
  readonly count: number;
  /** Of those, the ones the sieve lets through (that may fit a label), in walk order. */
  readonly sifted: readonly TextHit[];
  /**
   * Where the first climb from a text inside it reached the element itself and took it as a
   * hit: that climb goes on to the parent (at `level + 1`), right after the first `index` hits
   * (the first `sifted` of the sifted ones). Absent when no climb took it (no text within reach,
   * a skipped element, too long a text).
   */
  readonly passed?: { readonly index: number; readonly sifted: number; readonly level: number };
  /** The element children's, in order, and its own hit with its place: the whole list, if asked. */
  readonly children: readonly Gathered[];
  readonly own?: TextHit;
  /** All its hits (gatherTexts(element)), put together only when asked for (texts()). */
  all?: readonly TextHit[];
}

/** Before any look has named its labels: every text is kept out of the sifted lists. */
const NOTHING: LabelSieve = { mayFit: () => false };

/**
 * The page's short texts, kept between looks, per element: a look re-reads only the elements a
 * change was heard in (and those above them), and takes every other element's texts as the last
 * look found them. It gives exactly what one walk of the whole body (gatherTexts) gives, in the
 * same order, as long as it hears every change of the tree and its texts: the guide's whole-page
 * observer feeds it (`changed`). Whenever that observer stops listening (while a shown element
 * is watched only around it) the index forgets everything (`forget`) and is not used (`live`
 * false) until the observer listens again.
 *
 * Each element also keeps the texts of its subtree that the look's label sieve lets through: a
 * look fits only those, and an element whose subtree changed puts its sifted list together from
 * its children's (a feed's grid of 500 cards: a few texts, not its 5,500).
 */
export class TextIndex {
  #known = new WeakMap<Element, Gathered>();
  #live = false;
  #sieve: LabelSieve = NOTHING;

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
    return this.#all(this.#gather(root));
  }

  /** Of texts(root), those the sieve lets through (in the same order). */
  sifted(root: Element, sieve: LabelSieve): readonly TextHit[] {
    if (sieve !== this.#sieve) {
      // Another label set (the page's language changed): every sifted list is sifted again.
      this.#sieve = sieve;
      this.#known = new WeakMap();
    }
    return this.#gather(root).sifted;
  }

  /**
   * Every element known is known with all the elements under it (a look reads a subtree whole),
   * so the first unknown element on the way up has no known element above it: stop there.
   */
  #forgetUp(from: Element | null): void {
    for (let at = from; at && this.#known.has(at); at = at.parentElement) this.#known.delete(at);
  }

  #all(gathered: Gathered): readonly TextHit[] {
    if (gathered.all) return gathered.all;
    const hits: TextHit[] = [];
    for (const child of gathered.children) for (const hit of this.#all(child)) hits.push(hit);
    if (gathered.own && gathered.passed) hits.splice(gathered.passed.index - 1, 0, gathered.own);
    gathered.all = hits;
    return hits;
  }

  /** gatherTexts(element), from what is known of its children where they did not change. */
  #gather(element: Element): Gathered {
    const known = this.#known.get(element);
    if (known) return known;
    const children: Gathered[] = [];
    const sifted: TextHit[] = [];
    let count = 0;
    let own: TextHit | undefined;
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
      own = { element, text };
      count++;
      if (this.#sieve.mayFit(text)) sifted.push(own);
      passed = { index: count, sifted: sifted.length, level };
    };
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (child.nodeValue?.trim()) reach(0);
      } else if (child.nodeType === 1) {
        const below = this.#gather(child as Element);
        children.push(below);
        const at = below.passed;
        if (!at) {
          count += below.count;
          for (const hit of below.sifted) sifted.push(hit);
          continue;
        }
        count += at.index;
        for (let i = 0; i < at.sifted; i++) sifted.push(below.sifted[i] as TextHit);
        reach(at.level + 1);
        count += below.count - at.index;
        for (let i = at.sifted; i < below.sifted.length; i++) {
          sifted.push(below.sifted[i] as TextHit);
        }
      }
    }
    const gathered: Gathered = {
      count,
      sifted,
      children,
      ...(passed ? { passed } : {}),
      ...(own ? { own } : {}),
    };
    this.#known.set(element, gathered);
    return gathered;
  }
}
