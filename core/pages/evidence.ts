import type { Label, LabelSet } from '../labels/types';
import { TOP_BAND_PX, locate } from '../locate/locate';
import { HEADING_SELECTOR, isQuestion, regionsOf } from '../locate/regions';
import type { PageSnapshot } from '../locate/snapshot';
import type { TargetSpec } from '../locate/spec';
import { urlMatches, type Evidence, type EvidenceSort } from './detector';

/** The page's address matches: strong on its own, never all there is. */
export function fromUrl(snapshot: PageSnapshot, patterns: readonly RegExp[]): Evidence[] {
  return urlMatches(snapshot.url, patterns) ? [{ sort: 'url', weight: 2, what: 'url' }] : [];
}

/**
 * A control found by its spec (a role, a label, a link target, a stable selector): worth more
 * when the locator is sure of it. Found only in the main content unless the spec names its region.
 */
export function fromControl(
  snapshot: PageSnapshot,
  spec: TargetSpec,
  labels: LabelSet,
  what: string,
  sort: EvidenceSort = 'control',
): Evidence[] {
  const found = locate(snapshot, spec, labels);
  if (!found) return [];
  return [{ sort, weight: found.confidence === 'high' ? 2 : 1, what }];
}

/**
 * A heading of the main content saying the label: its exact words count more than close ones. A
 * question ("What if my account is deleted?") and a heading in a help article, a review or a
 * widget never count.
 */
export function fromHeading(snapshot: PageSnapshot, label: Label, what: string): Evidence[] {
  const body = snapshot.doc.body;
  if (!body) return [];
  let best = 0;
  for (const { element, fit } of snapshot.fits(label)) {
    const heading = element.closest(HEADING_SELECTOR);
    if (
      !heading ||
      (heading.textContent ?? '').trim().length > (element.textContent ?? '').trim().length + 2
    )
      continue;
    if (isQuestion(heading.textContent ?? '')) continue;
    if (regionsOf(snapshot).isOutOfContext(heading, body, false) || !snapshot.isVisible(heading))
      continue;
    best = Math.max(best, fit === 3 ? 2 : 1);
  }
  return best > 0 ? [{ sort: 'landmark', weight: best, what }] : [];
}

/** A region the kind is (the header, a popover) exists on the page. */
export function fromRegion(
  snapshot: PageSnapshot,
  selectors: readonly string[],
  what: string,
): Evidence[] {
  const region = firstOf(snapshot, selectors);
  return region ? [{ sort: 'landmark', weight: 1, what }] : [];
}

/**
 * The page's first element of the first selector that finds one. Asked through the snapshot's
 * queries: the locator asks the same selectors of the page (a step's regions, its selectors), and
 * a selector that finds nothing costs a walk of the whole page however it is asked.
 */
function firstOf(snapshot: PageSnapshot, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const found = snapshot.query(snapshot.doc, selector)[0];
    if (found) return found;
  }
  return undefined;
}

/** Several distinct labels of the page, each found as its control: one more piece of evidence. */
export function fromSeveral(
  snapshot: PageSnapshot,
  specs: readonly TargetSpec[],
  labels: LabelSet,
  what: string,
): Evidence[] {
  const found = specs.filter((spec) => locate(snapshot, spec, labels) !== null).length;
  return found >= 2 ? [{ sort: 'labels', weight: 1, what }] : [];
}

/** Evidence from a stable selector of the kind (ids and attributes seen on the site, docs/sources.md). */
export function fromSelector(
  snapshot: PageSnapshot,
  selectors: readonly string[],
  what: string,
): Evidence[] {
  const body = snapshot.doc.body;
  const element = firstOf(snapshot, selectors);
  if (
    !element ||
    !body ||
    regionsOf(snapshot).isOutOfContext(element, body, false) ||
    !snapshot.isVisible(element)
  )
    return [];
  return [{ sort: 'landmark', weight: 1, what }];
}

/**
 * The control sits in the page's top band (where a header is, whatever its ids and classes):
 * the region's evidence when a redesign left no header region to name.
 */
export function fromTopBand(
  snapshot: PageSnapshot,
  spec: TargetSpec,
  labels: LabelSet,
  what: string,
): Evidence[] {
  const found = locate(snapshot, spec, labels);
  const view = snapshot.doc.defaultView;
  if (!found || !view) return [];
  const box = found.element.getBoundingClientRect();
  // No layout (a document not rendered): no band can be told apart.
  if (box.width === 0 && box.height === 0) return [];
  return box.top + view.scrollY < TOP_BAND_PX ? [{ sort: 'landmark', weight: 1, what }] : [];
}
