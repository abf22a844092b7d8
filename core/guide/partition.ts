import { INTRUDING } from '../locate/regions';
import type { TargetSpec } from '../locate/spec';
import { regionTest, SHEETS } from './intrusion-silence';

/** Elements and texts coming and going anywhere below: a target may appear anywhere. */
const TREE = {
  childList: true,
  subtree: true,
  characterData: true,
} satisfies MutationObserverInit;
/** An element that holds an unheard intrusion: only its own children coming and going. */
const OWN_CHILDREN = { childList: true } satisfies MutationObserverInit;
/** A text of such an element: its own value (a text's changes reach no observer above it). */
const OWN_VALUE = { characterData: true } satisfies MutationObserverInit;
/**
 * Two intrusions side by side: an element that holds no such pair holds nothing that can go
 * unheard (inARow), and is heard whole at once. Without it, a page whose every card merely holds
 * a product link (one lone intrusion each) was taken apart card by card for nothing: a thousand
 * elements observed for their children, three thousand for their trees.
 */
const ROW = `:is(${INTRUDING}) + :is(${INTRUDING})`;

/**
 * The page heard in parts, so that the churn inside product cards is never even delivered: a
 * live feed rewrites the prices of its 500 cards every frame, and each record of it costs this
 * script a wrapper and a sort, where nothing inside a card is ever a step's element or evidence.
 *
 * A clear intrusion (regions.ts's INTRUDING, below the body, holding no region a step looks in
 * and no style sheet: the judgement intrusion-silence.ts makes) that stands beside another is not
 * observed at all: it is unheard. Each of its ancestors is observed for its own children (and its
 * own texts), so that an intrusion's coming and going is heard, and an element come beside one is
 * placed in turn. Every other element is observed with its whole subtree, as the whole page was.
 *
 * The page's readers of texts take an unheard intrusion as opaque (isUnheard): its texts are no
 * label's, and every element around it is too long to be one (TextIndex, gatherTexts). A look
 * therefore never depends on anything inside it, and nothing said there is missed: the locator
 * takes no hit inside an intrusion anyway. What it does not see: a region that arrives inside a
 * card already unheard (its class or its children changed in place). That card's texts stay
 * opaque until the page is placed again (the next time the whole page is heard after it was let
 * go): a highlight missed for a while, never a wrong one. A sheet brought into such a card is
 * seen by the next batch heard anywhere, which counts the page's sheets (mutation-filter.ts);
 * its later edits are not.
 */
export function createPartition(specs: readonly TargetSpec[]) {
  // A sheet in it is heard too: its edits can hide or show a target anywhere on the page.
  const holdsRegion = regionTest(specs, SHEETS);
  /** Each unheard intrusion, with the parent it was judged under (moved, it is heard again). */
  let unheard = new WeakMap<Element, Element>();
  /** Elements observed for their own children only: their children are placed as they come. */
  let spine = new WeakSet<Element>();
  /** A heard part gained an intrusion: placing the page again would leave it unheard. */
  let gainedIntrusion = false;

  const isClear = (element: Element): boolean =>
    element.matches(INTRUDING) && !holdsRegion(element);

  /**
   * Whether an intrusion stands in a row of its kind (a feed's cards, a list of reviews): only
   * such a one goes unheard. A lone one (a cookie bar, a help bot, or a wrapper of the page's own
   * content that happens to carry a matching class) is heard as before: what arrives in it later
   * (a region, a second sign-in screen) is then not missed.
   */
  const inARow = (element: Element): boolean => {
    const before = element.previousElementSibling;
    if (before && unheard.has(before)) return true;
    const after = element.nextElementSibling;
    return (
      (after !== null && (unheard.has(after) || after.matches(INTRUDING))) ||
      (before !== null && before.matches(INTRUDING))
    );
  };

  const place = (element: Element, observer: MutationObserver, belowBody: boolean): void => {
    const parent = element.parentElement;
    if (belowBody && parent && isClear(element) && inARow(element)) {
      unheard.set(element, parent);
      return;
    }
    if (element.querySelector(ROW) === null) {
      observer.observe(element, TREE);
      return;
    }
    spine.add(element);
    observer.observe(element, OWN_CHILDREN);
    const childrenBelowBody = belowBody || element.localName === 'body';
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) place(child as Element, observer, childrenBelowBody);
      else if (child.nodeType === 3) observer.observe(child, OWN_VALUE);
    }
  };

  return {
    /** Observes the document's parts from scratch (what was placed before is forgotten). */
    placeAll(doc: Document, observer: MutationObserver): void {
      unheard = new WeakMap();
      spine = new WeakSet();
      gainedIntrusion = false;
      place(doc.documentElement, observer, false);
    },
    /**
     * Records heard: what came beside an unheard intrusion is placed (observed, or left unheard
     * itself). Told before anyone reads the records, so that they find new cards unheard.
     */
    heard(records: readonly MutationRecord[], observer: MutationObserver): void {
      for (let r = 0; r < records.length; r++) {
        const record = records[r];
        if (!record || record.type !== 'childList') continue;
        const target = record.target as Element;
        const added = record.addedNodes;
        if (!spine.has(target)) {
          // Inside a part heard whole: a card arriving there (a feed rendered late) is heard
          // with all its churn until the page is placed again.
          if (gainedIntrusion || target.nodeType !== 1 || target.firstElementChild === null) {
            continue;
          }
          for (let i = 0; i < added.length; i++) {
            const node = added[i];
            if (node?.nodeType === 1 && isClearBelow(node as Element)) gainedIntrusion = true;
          }
          continue;
        }
        const belowBody = target.localName !== 'html';
        for (let i = 0; i < added.length; i++) {
          const node = added[i];
          if (!node) continue;
          if (node.nodeType === 1) place(node as Element, observer, belowBody);
          else if (node.nodeType === 3) observer.observe(node, OWN_VALUE);
        }
      }
    },
    /** Whether the element is an unheard intrusion, still where it was judged. */
    isUnheard(element: Element): boolean {
      const parent = unheard.get(element);
      return parent !== undefined && parent === element.parentElement;
    },
    /** Whether a part heard whole gained an intrusion since the page was placed. */
    get worthPlacingAgain(): boolean {
      return gainedIntrusion;
    },
  };

  /**
   * Whether the element is, or its first intrusion is, one that placing would leave unheard: in
   * a row, holding no region. (A lone one, a route's status line, would make every look place the
   * page again for nothing.)
   */
  function isClearBelow(element: Element): boolean {
    const first = element.matches(INTRUDING) ? element : element.querySelector(INTRUDING);
    if (!first || !inARow(first) || holdsRegion(first)) return false;
    const body = element.ownerDocument.body;
    return body !== null && first !== body && body.contains(first);
  }
}

export type Partition = ReturnType<typeof createPartition>;
