import type { LabelSet } from '../labels/types';
import { INTERACTIVE_SELECTOR, roleOf } from '../locate/roles';
import { shortTextOf } from '../locate/snapshot';
import { accessibleName } from '../locate/accessible-name';
import { fitNormalized, normalizeText } from '../locate/text';
import type { ControlDescription } from './types';
import { hrefShapeOf, knownStems, regionOf, tagName } from './vocabulary';

/** How far up from what the pointer is over a pick may climb to the control around it. */
const CONTROL_LEVELS = 6;

/**
 * The control a user means when they point at `hit`: the interactive element around it (a
 * link around a label's span, a <label> around a hidden checkbox), else an option among alike
 * options (plain divs with a click handler), else the element itself.
 */
export function controlAt(hit: Element): Element {
  let element: Element | null = hit;
  for (let level = 0; element && level <= CONTROL_LEVELS; level++) {
    if (element.matches(INTERACTIVE_SELECTOR)) return element;
    element = element.parentElement;
  }
  return alikeOption(hit) ?? hit;
}

function alikeOption(hit: Element): Element | null {
  let element: Element | null = hit;
  for (let level = 0; element && level <= CONTROL_LEVELS; level++) {
    const parent: Element | null = element.parentElement;
    const own = element.getAttribute('class');
    if (
      parent &&
      own &&
      [...parent.children].some((s) => s !== element && s.getAttribute('class') === own)
    )
      return element;
    element = parent;
  }
  return null;
}

/** The control's description: only our vocabulary and small numbers (types.ts). Reads, no writes. */
export function describeControl(element: Element, labels: LabelSet): ControlDescription {
  const parent = element.parentElement;
  const { index, count } = placeAmongSiblings(element);
  return {
    role: roleOf(element) ?? null,
    tag: tagName(element),
    parentTag: tagName(parent),
    stems: knownStems(element),
    index,
    siblings: count,
    parentIndex: parent ? placeAmongSiblings(parent).index : 0,
    region: regionOf(element),
    href: hrefShapeOf(element),
    labelMatched: matchesAnyLabel(element, labels),
  };
}

/** Siblings are counted only up to this: a list of hundreds is "many", not a number to keep. */
const MAX_SIBLINGS = 50;

function placeAmongSiblings(element: Element): { index: number; count: number } {
  const parent = element.parentElement;
  if (!parent) return { index: 0, count: 1 };
  const alike = [...parent.children].filter((child) => child.localName === element.localName);
  return {
    index: Math.min(alike.indexOf(element), MAX_SIBLINGS),
    count: Math.min(alike.length, MAX_SIBLINGS),
  };
}

/** Whether the control's name or short text fits any of our labels: a yes or no, never the text. */
function matchesAnyLabel(element: Element, labels: LabelSet): boolean {
  const name = normalizeText(accessibleName(element));
  const text = shortTextOf(element) ?? '';
  return Object.values(labels).some(
    (label) => (name && fitNormalized(name, label) > 0) || (text && fitNormalized(text, label) > 0),
  );
}
