import type { LabelSet } from '../labels/types';
import { PROMOTE_LEVELS } from '../locate/locate';
import type { TextIndex } from '../locate/text-index';
import type { createMutationFilter } from './mutation-filter';
import type { Partition } from './partition';
import { OVERLAY_HOST } from './target-mark';

/**
 * After the user's own action (a click, a key), or a page's arrival, how long the whole page is
 * watched even while a step's element is shown: the page answers an action anywhere (a form
 * revealed beside the button, a view rendered late), not only around the element.
 */
export const AFTER_ACTION_MS = 10_000;

/**
 * Attributes that can show, hide or change a target. Our own attribute is not among them.
 */
const ATTRIBUTE_FILTER = [
  'class',
  'style',
  'hidden',
  'aria-hidden',
  'disabled',
  'open',
  'aria-expanded',
];
/** Around what the last evaluation rested on: any change in it (its text, classes, children). */
const NEAR = {
  childList: true,
  characterData: true,
  subtree: true,
  attributes: true,
  attributeFilter: ATTRIBUTE_FILTER,
} satisfies MutationObserverInit;
/** Above it, up to the root: a class can hide it, a removed child can take it away. */
const ABOVE = {
  childList: true,
  attributes: true,
  attributeFilter: ATTRIBUTE_FILTER,
} satisfies MutationObserverInit;

export interface PageWatchWork {
  /** The page may now show something else: look again. */
  evaluate(): void;
  /** Only the page's own churn: the highlight may have moved. */
  moved(): void;
  /** An evaluation is already due: further changes need no sorting. */
  readonly evaluationPending: boolean;
  /** The page's label set, as the last evaluation read it. */
  readonly labels: LabelSet;
  /** The page's texts kept between looks: told every change the tree observer hears. */
  readonly texts?: TextIndex;
}

/**
 * The guide's two observers. The near one watches only around what the last evaluation rested
 * on (see nearScope): whatever it hears may change the answer, so it asks for an evaluation
 * without sorting anything. The tree one hears the whole page but the insides of product cards
 * (partition.ts), mostly its own churn (a live feed adding cards), and lets only what may bring
 * a target through the mutation filter. Changes near the watched elements reach both; the near
 * observer, created first, answers first.
 */
export function watchPage(
  doc: Document,
  filter: ReturnType<typeof createMutationFilter>,
  partition: Partition,
  work: PageWatchWork,
  // The content script's own; a test's page in its own JSDOM window brings its window's.
  Observer: typeof MutationObserver = MutationObserver,
) {
  const near = new Observer((records) => {
    // The overlay's own host coming or going beside the page (the body is above every target)
    // changes nothing the guide looks at: without this, each mount cost a second evaluation.
    if (records.every(isOverlayOnly)) return;
    work.evaluate();
  });
  const tree = new Observer((records) => {
    partition.heard(records, tree);
    work.texts?.changed(records);
    if (work.evaluationPending) return filter.unsorted(records, work.labels);
    if (filter.mayMatter(records, work.labels)) work.evaluate();
    else work.moved();
  });
  let watchingTree = false;
  const watchTree = (wanted: boolean) => {
    if (wanted === watchingTree) return;
    watchingTree = wanted;
    if (wanted) partition.placeAll(doc, tree);
    else tree.disconnect();
    // So are the filter's quiet marks: what changed while nobody listened is not known.
    filter.forget(doc);
    // Kept texts are good only while every change is heard: forgotten whenever the tree is not.
    work.texts?.listening(wanted);
  };
  watchTree(true);
  return {
    /**
     * Moves the near observer to what the latest evaluation rested on. `wholePage` false: the
     * answer can change only around it (a target shown, found with confidence): the tree
     * observer is let go, and the page's churn elsewhere (a live feed) is not even delivered.
     * Whatever the near observer hears brings a new evaluation, which takes the page back.
     */
    around(watched: ReadonlySet<Element>, wholePage = true): void {
      near.disconnect();
      for (const [element, subtree] of nearScope(watched)) {
        near.observe(element, subtree ? NEAR : ABOVE);
      }
      watchTree(wholePage);
    },
    /** Watch the whole page again now (the user acted: the page may answer anywhere). */
    wholePage(): void {
      watchTree(true);
    },
    /** Changes already made, not yet delivered (jsdom tests; a synchronous look). */
    takeRecords(): MutationRecord[] {
      const heard = tree.takeRecords();
      partition.heard(heard, tree);
      work.texts?.changed(heard);
      filter.unsorted(heard, work.labels);
      return [...near.takeRecords(), ...heard];
    },
    /**
     * Right before a look: the tree's changes not yet delivered are told to the kept texts
     * (the look reads the page as it is now, so they need no sorting of their own).
     */
    catchUp(): void {
      if (!watchingTree) return;
      if (partition.worthPlacingAgain) {
        // Cards came into a part heard whole (a feed rendered late): placed again, they go
        // unheard from now on. Everything kept is read anew once, as after any unheard stretch.
        watchTree(false);
        watchTree(true);
        return;
      }
      const heard = tree.takeRecords();
      partition.heard(heard, tree);
      work.texts?.changed(heard);
      filter.unsorted(heard, work.labels);
    },
    disconnect(): void {
      near.disconnect();
      watchTree(false);
    },
  };
}

function isOverlayOnly(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => node.nodeName.toLowerCase() === OVERLAY_HOST);
}

/** Above an element, how far a change still counts as "around" it. */
const NEIGHBOURHOOD_LEVELS = PROMOTE_LEVELS + 1;

/** For each watched element, its ancestor a few levels up (never the body or the root). */
function neighbourhoods(watched: ReadonlySet<Element>): Element[] {
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
 * Where a change can alter the last evaluation's answer: anything in the neighbourhood of what
 * it rested on (subtree: true), and every element above it (subtree: false: a class on an
 * ancestor can hide it, a child removed from one can take it away). The rest of the page may
 * toggle classes and styles at will without waking the guide.
 */
export function nearScope(watched: ReadonlySet<Element>): Map<Element, boolean> {
  const scope = new Map<Element, boolean>();
  for (const root of neighbourhoods(watched)) {
    scope.set(root, true);
    for (let above = root.parentElement; above; above = above.parentElement) {
      if (!scope.has(above)) scope.set(above, false);
    }
  }
  return scope;
}
