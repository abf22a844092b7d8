import { INTRUDING } from '../locate/regions';
import { ANCESTOR_LEVELS } from '../locate/snapshot';
import type { TargetSpec } from '../locate/spec';

/**
 * Where a change can bring no target, so that the mutation filter need not even read it: deep
 * inside an intrusion (a product card, a review, a help bot: regions.ts's INTRUDING) that is not,
 * and holds no, region a step looks in. Nothing there is ever evidence: the locator takes no hit
 * whose walk up to its scope crosses an intrusion (RegionCache.isOutOfContext), and with no
 * region inside it every scope (a spec's region, the body, a section above an earlier step's
 * element) is above it; the page's evidence (headings, marks) is read outside it too.
 *
 * A text is read as a label at its element and up to ANCESTOR_LEVELS above it (gatherTexts), and
 * the filter sorts a changed text by those levels only (textAroundMayFit). When the outermost is
 * still inside the intrusion ("deep": a live feed's price, three levels into its card), no level
 * can be evidence, whatever the text says. A shallower text's outer levels are outside it: they
 * can fit a label only while short, so it is let pass only while the intrusion's parent is
 * already too long to be a label's element (a grid of cards): that is read anew every batch.
 *
 * This trusts the same selectors the locator trusts, no fact of its own. One thing it does not
 * see that the quiet marks did: a label word arriving deep inside an intrusion no longer makes
 * the element around the intrusion (four or more levels up) be read again at a later wordless
 * change beside it: a label split between a deep text of an intrusion and a text outside it.
 */
export function createSilence(specs: readonly TargetSpec[]) {
  const holdsRegion = regionTest(specs);
  /** Bumped whenever a verdict may have gone wrong: a region come inside an intrusion, changes unheard. */
  let generation = 0;
  const verdicts = new WeakMap<Element, Verdict>();
  /** Intrusions judged this generation: true when they are no region and hold none. */
  const clear = new WeakMap<Element, { generation: number; clear: boolean }>();

  const isClear = (intrusion: Element): boolean => {
    const known = clear.get(intrusion);
    if (known?.generation === generation) return known.clear;
    const judged = !holdsRegion(intrusion);
    clear.set(intrusion, { generation, clear: judged });
    return judged;
  };

  /**
   * The innermost intrusion around the element, below <body>: the locator's walk from a hit
   * stops at its scope, the body at the outermost, so a class on <body> or <html> hides nothing.
   * A style sheet's own element is never silent: its text is a sheet, whatever it says.
   */
  const intrusionOf = (element: Element): Element | null => {
    if (isSheet(element)) return null;
    const intrusion = element.closest(INTRUDING);
    return intrusion && isBelowBody(intrusion) ? intrusion : null;
  };

  /** The element's intrusion, and whether its texts' outermost level is inside it. */
  const verdictOf = (element: Element): Verdict => {
    const known = verdicts.get(element);
    if (known?.generation === generation) return known;
    let top = element;
    for (let level = 0; level < ANCESTOR_LEVELS && top.parentElement; level++) {
      top = top.parentElement;
    }
    const intrusion = intrusionOf(element);
    const verdict = { generation, intrusion, deep: intrusion !== null && intrusion.contains(top) };
    verdicts.set(element, verdict);
    return verdict;
  };

  /**
   * Verdicts for an element come inside an intrusion and everything in it, by depth (walked by
   * siblings, not through child lists: a feed adds a hundred cards a second). A sheet's element
   * gets none (see intrusionOf): what it had is forgotten.
   */
  const markWithin = (root: Element, rootDepth: number, deep: Verdict, shallow: Verdict) => {
    let depth = rootDepth;
    let at: Element | null = root;
    while (at) {
      if (isSheet(at)) verdicts.delete(at);
      else verdicts.set(at, depth >= ANCESTOR_LEVELS ? deep : shallow);
      const child: Element | null = at.firstElementChild;
      if (child) {
        at = child;
        depth++;
        continue;
      }
      // Up to the nearest element with a next sibling, never above the root.
      while (at && at !== root && !at.nextElementSibling) {
        at = at.parentElement;
        depth--;
      }
      at = at && at !== root ? at.nextElementSibling : null;
    }
  };

  /** Forgets the verdicts of an element and everything in it (it may have come from elsewhere). */
  const forgetWithin = (element: Element) => {
    verdicts.delete(element);
    const inside = element.getElementsByTagName('*');
    for (let i = 0; i < inside.length; i++) {
      const child = inside[i];
      if (child) verdicts.delete(child);
    }
  };

  return {
    /**
     * Whether a change of the element's own texts (a text node of it rewritten, added or taken
     * away) can change nothing the guide sees. `tooLong`: whether an element's text is longer
     * than a label's element can be, as this batch reads it.
     */
    isSilent(element: Element, tooLong: (element: Element) => boolean): boolean {
      const { intrusion, deep } = verdictOf(element);
      if (!intrusion || !isClear(intrusion)) return false;
      if (deep) return true;
      const outside = intrusion.parentElement;
      return outside === null || tooLong(outside);
    },
    /**
     * An element added under `parent`: whether nothing in it can be evidence (see isSilent).
     * Keeps the verdicts right for it and all in it, wherever it came from.
     */
    added(element: Element, parent: Element, tooLong: (element: Element) => boolean): boolean {
      if (holdsRegion(element)) {
        // A region inside an intrusion: what was judged of that intrusion is wrong now.
        if (parent.closest(INTRUDING)) generation++;
        forgetWithin(element);
        return false;
      }
      const own = isBelowBody(element) && element.matches(INTRUDING);
      // Itself the intrusion: just found to hold no region.
      if (own) clear.set(element, { generation, clear: true });
      const intrusion = own ? element : verdictOf(parent).intrusion;
      if (!intrusion || !isClear(intrusion)) {
        forgetWithin(element);
        return false;
      }
      let depth = 0;
      for (let at: Element | null = element; at && at !== intrusion; at = at.parentElement) depth++;
      markWithin(
        element,
        depth,
        { generation, intrusion, deep: true },
        {
          generation,
          intrusion,
          deep: false,
        },
      );
      if (depth >= ANCESTOR_LEVELS) return true;
      const outside = intrusion.parentElement;
      return outside === null || tooLong(outside);
    },
    /** Changes went unheard: no verdict can be trusted. */
    forget(): void {
      generation++;
    },
  };
}

/**
 * Whether an element is, or holds, a region some step looks in (a spec's `within`), or one of
 * the elements `also` selects.
 */
export function regionTest(
  specs: readonly TargetSpec[],
  also: readonly string[] = [],
): (element: Element) => boolean {
  const regions = [...new Set([...specs.flatMap((spec) => spec.within ?? []), ...also])].join(',');
  return (element) =>
    regions !== '' && (element.matches(regions) || element.querySelector(regions) !== null);
}

interface Verdict {
  readonly generation: number;
  /** The innermost intrusion around the element (itself included), if any. */
  readonly intrusion: Element | null;
  /** Whether the outermost level its texts are read at (ANCESTOR_LEVELS up) is inside it. */
  readonly deep: boolean;
}

/** The elements that are a style sheet of the page, as selectors (see isSheet). */
export const SHEETS = ['style', 'link[rel="stylesheet"]'] as const;

function isSheet(element: Element): boolean {
  const name = element.localName;
  return name === 'style' || (name === 'link' && element.getAttribute('rel') === 'stylesheet');
}

/** Neither the body nor the root, nor outside the body (a <head>'s children). */
function isBelowBody(element: Element): boolean {
  const body = element.ownerDocument.body;
  return body !== null && element !== body && body.contains(element);
}
