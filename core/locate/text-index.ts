import type { LabelSieve } from './label-sieve';
import { ANCESTOR_LEVELS, isSkippedParent, MAX_LABEL_CHARS, type TextHit } from './snapshot';
import { normalizeText, normalizesAsAscii } from './text';

/** What one element's subtree gives a page's text walk: its hits, and how the walk left it. */
interface Gathered {
  /** Its textContent while at most RAW_MAX characters long, else null. */
  readonly raw: string | null;
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
  readonly passed:
    { readonly index: number; readonly sifted: number; readonly level: number } | undefined;
  /** The element children's, in order, and its own hit with its place: the whole list, if asked. */
  readonly children: readonly Gathered[];
  readonly own: TextHit | undefined;
  /** All its hits (gatherTexts(element)), put together only when asked for (texts()). */
  all?: readonly TextHit[];
}

/**
 * What an opaque element (an intrusion the guide does not hear inside: partition.ts) gives a
 * walk: no text, and too long a text for any element around it to be a label's.
 */
const OPAQUE: Gathered = {
  raw: null,
  count: 0,
  sifted: [],
  children: [],
  passed: undefined,
  own: undefined,
  all: [],
};

/** Before any look has named its labels: every text is kept out of the sifted lists. */
const NOTHING: LabelSieve = { mayFit: () => false, siftRaw: () => undefined };

/** Shared by every element with no element child, or no sifted text: never written to. */
const NO_CHILDREN: Gathered[] = [];
const NO_HITS: TextHit[] = [];
/** A climb's level for an element no climb takes (a skipped one: a script, an svg). */
const NEVER = ANCESTOR_LEVELS + 1;
/** What String.prototype.trim keeps: a text node with it is one a climb starts from. */
const NOT_BLANK = /\S/;

/** A text longer than this is never a label's, normalised or not (gatherTexts stops reading). */
const RAW_MAX = MAX_LABEL_CHARS * 2;

/** An element's short text, normalised when first asked for (most are only sifted, raw). */
class KeptText implements TextHit {
  #text: string | undefined;

  constructor(
    readonly element: Element,
    private readonly raw: string,
    text: string | undefined,
  ) {
    this.#text = text;
  }

  get text(): string {
    this.#text ??= normalizeText(this.raw);
    return this.#text;
  }
}

/**
 * The page's short texts, kept between looks, per element: a look re-reads only the elements a
 * change was heard in (and those above them), and takes every other element's texts as the last
 * look found them. It gives exactly what one walk of the whole body (gatherTexts, with the same
 * opaque elements) gives, in the same order, as long as it hears every change of the tree and
 * its texts outside its opaque elements: the guide's whole-page observer feeds it (`changed`),
 * and leaves a row of product cards unheard inside (partition.ts): the index never reads one,
 * so nothing it keeps can go stale there. Whenever that observer stops listening (while a shown element
 * is watched only around it) the index forgets everything (`forget`) and is not used (`live`
 * false) until the observer listens again.
 *
 * Each element also keeps the texts of its subtree that the look's label sieve lets through: a
 * look fits only those, and an element whose subtree changed puts its sifted list together from
 * its children's (a feed's grid of 500 cards: a few texts, not its 5,500).
 */
export class TextIndex {
  #known = new WeakMap<Element, Gathered>();
  /**
   * Elements added (or put back) since the last look read them: what the index knows under them
   * may be from before they went away, so a look reads each such subtree whole. Marking the one
   * element costs one entry where forgetting its subtree at once walked it on every change: a
   * churning feed adds cards every frame and is looked at far less often.
   */
  #added = new WeakSet<Element>();
  #live = false;
  #sieve: LabelSieve = NOTHING;

  /**
   * @param isOpaque elements whose insides are not heard, taken as gatherTexts takes them with
   *   the same predicate: no text of theirs, none around them short enough to be a label's.
   */
  constructor(private readonly isOpaque: (element: Element) => boolean = () => false) {}

  /** Whether the index hears every change now: only then may a look use it. */
  get live(): boolean {
    return this.#live;
  }

  /** The whole-page observer starts (true) or stops (false) listening. */
  listening(live: boolean): void {
    if (live === this.#live) return;
    this.#live = live;
    this.#known = new WeakMap();
    this.#added = new WeakSet();
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
      // An element put back (moved, or re-attached) may have changed while it was away: the
      // next look reads it and all under it.
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const node = added[i];
        if (node?.nodeType !== 1) continue;
        this.#known.delete(node as Element);
        this.#added.add(node as Element);
      }
    }
  }

  /**
   * The short texts under the body, as gatherTexts(body) would find them. (The body is a look's
   * only root: an element inside it could be under an element added since, and still known from
   * before it went away.)
   */
  texts(body: Element): readonly TextHit[] {
    return this.#all(this.#gather(body, false));
  }

  /** Of texts(body), those the sieve lets through (in the same order). */
  sifted(body: Element, sieve: LabelSieve): readonly TextHit[] {
    if (sieve !== this.#sieve) {
      // Another label set (the page's language changed): every sifted list is sifted again.
      this.#sieve = sieve;
      this.#known = new WeakMap();
    }
    return this.#gather(body, false).sifted;
  }

  /**
   * Every element known is known with all the elements under it (a look reads a subtree whole),
   * so the first unknown element on the way up has no known element above it: stop there. (An
   * added element's subtree may still be known from before; the record that added it forgot all
   * above it, and no look knows those again without reading it whole.)
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

  /**
   * gatherTexts(element), from what is known of its children where they did not change (`stale`:
   * an element above it was added since, so none of it is taken as known). The
   * element's own text is put together from its children's (its text nodes' values, its element
   * children's texts: what textContent gives), never read from the DOM again; it is normalised
   * only when it may be too long or may hold a label's word (the sieve asks the raw text first).
   */
  #gather(element: Element, stale: boolean): Gathered {
    // Asked again every time (never kept): the element may be moved out of its opacity.
    if (this.isOpaque(element)) return OPAQUE;
    // Under an element added since the last look, nothing known is trusted.
    const unread = this.#added.delete(element) || stale;
    const known = unread ? undefined : this.#known.get(element);
    if (known) return known;
    // Made only when needed (most elements of a page are leaves with no sifted text): a look
    // after a feed's churn gathers thousands of them.
    let children: Gathered[] = NO_CHILDREN;
    let sifted: TextHit[] = NO_HITS;
    let count = 0;
    // The element's whole text while it is short enough to be a label's (null: longer).
    let raw: string | null = '';
    // The first climb from a text below that reaches the element (as gatherTexts's walk takes
    // it): its level (-1: none yet; never, for a skipped element), and how many hits (and sifted
    // hits) came before it.
    let climbLevel = isSkippedParent(element) ? NEVER : -1;
    let climbIndex = 0;
    let climbSifted = 0;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        if (raw !== null) raw = raw.length + value.length > RAW_MAX ? null : raw + value;
        if (climbLevel === -1 && NOT_BLANK.test(value)) {
          climbLevel = 0;
          climbIndex = count;
          climbSifted = sifted.length;
        }
      } else if (child.nodeType === 1) {
        const below = this.#gather(child as Element, unread);
        if (children === NO_CHILDREN) children = [];
        children.push(below);
        raw =
          raw === null || below.raw === null || raw.length + below.raw.length > RAW_MAX
            ? null
            : raw + below.raw;
        const belowSifted = below.sifted;
        if (belowSifted.length > 0 && sifted === NO_HITS) sifted = [];
        const at = below.passed;
        if (!at) {
          count += below.count;
          for (let i = 0; i < belowSifted.length; i++) sifted.push(belowSifted[i] as TextHit);
          continue;
        }
        count += at.index;
        for (let i = 0; i < at.sifted; i++) sifted.push(belowSifted[i] as TextHit);
        if (climbLevel === -1 && at.level < ANCESTOR_LEVELS) {
          climbLevel = at.level + 1;
          climbIndex = count;
          climbSifted = sifted.length;
        }
        count += below.count - at.index;
        for (let i = at.sifted; i < belowSifted.length; i++) {
          sifted.push(belowSifted[i] as TextHit);
        }
      } else if (child.nodeType === 4 && raw !== null) {
        // A CDATA section (XML documents only): textContent holds it too.
        const value = child.nodeValue ?? '';
        raw = raw.length + value.length > RAW_MAX ? null : raw + value;
      }
    }
    let own: KeptText | undefined;
    let passed: Gathered['passed'];
    if (climbLevel >= 0 && climbLevel <= ANCESTOR_LEVELS && raw !== null) {
      // Normalising an ASCII text (inert characters aside: a rating's "★") never lengthens it
      // (NFKD may: "ﬁ", "㍿"): one this short is short enough as it is, and the sieve asks it raw.
      const plain = raw.length <= MAX_LABEL_CHARS && normalizesAsAscii(raw);
      const text = plain ? undefined : normalizeText(raw);
      if (text === undefined || text.length <= MAX_LABEL_CHARS) {
        const kept =
          text === undefined
            ? this.#sieve.siftRaw(raw)
            : this.#sieve.mayFit(text)
              ? text
              : undefined;
        const holds = kept !== undefined;
        own = new KeptText(element, raw, text ?? kept);
        count++;
        if (holds) {
          if (sifted === NO_HITS) sifted = [];
          sifted.splice(climbSifted, 0, own);
        }
        passed = {
          index: climbIndex + 1,
          sifted: climbSifted + (holds ? 1 : 0),
          level: climbLevel,
        };
      }
    }
    // One shape for every element's (no optional properties spread in).
    const gathered: Gathered = { raw, count, sifted, children, passed, own };
    this.#known.set(element, gathered);
    return gathered;
  }
}
