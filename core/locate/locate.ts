import type { LabelSet } from '../labels/types';
import { regionsOf } from './regions';
import { INTERACTIVE_SELECTOR, roleOf } from './roles';
import type { PageSnapshot } from './snapshot';
import type { Signal, TargetSpec } from './spec';
import { fitNormalized, type TextFit } from './text';

export type Confidence = 'high' | 'low';

export interface Located {
  readonly element: Element;
  readonly score: number;
  readonly confidence: Confidence;
  readonly signals: readonly Signal[];
  /** The region (popover, header) the element was found in, when the spec names regions. */
  readonly region?: Element;
}

/** Points a candidate needs to be highlighted: an exact name alone, or a name with more. */
export const MIN_SCORE = 3;
/** A name with one more signal (a role, a link target, a class, an option among alike ones). */
const HIGH_SCORE = 4;
/** How far up a hit may be credited to the control around it. */
export const PROMOTE_LEVELS = 4;

interface Evidence {
  nameFit: TextFit;
  href: boolean;
  classPrefix: boolean;
  selector: boolean;
  order: number;
}

/**
 * Finds the element a step points at, or nothing. Signals are gathered cheaply (one shared text
 * walk, a few selector queries), credited to the control that contains them, scored, and only
 * the best candidates pay for a layout read (visibility). Pure over the snapshot: no writes.
 */
export function locate(snapshot: PageSnapshot, spec: TargetSpec, labels: LabelSet): Located | null {
  return snapshot.memo(spec, () => locateOnce(snapshot, spec, labels));
}

/** How far up from an earlier element a later one is looked for first (its form or section). */
const NEAR_LEVELS = 6;

/**
 * Finds the element in the form or section that holds `anchor` (the earlier phase's element:
 * Verify under the code boxes), else wherever locate finds it.
 */
export function locateNear(
  snapshot: PageSnapshot,
  spec: TargetSpec,
  labels: LabelSet,
  anchor: Element,
): Located | null {
  const body = snapshot.doc.body;
  let section = anchor.parentElement;
  for (let level = 0; section && section !== body && level < NEAR_LEVELS; level++) {
    const found = locateOnce(snapshot, spec, labels, [section]);
    if (found) return found;
    section = section.parentElement;
  }
  return locate(snapshot, spec, labels);
}

function locateOnce(
  snapshot: PageSnapshot,
  spec: TargetSpec,
  labels: LabelSet,
  within?: readonly Element[],
): Located | null {
  const { scopes, fallback } = within
    ? { scopes: [...within], fallback: false }
    : scopesOf(snapshot.doc, spec);
  if (scopes.length === 0) return null;
  const evidence = gatherEvidence(snapshot, spec, labels, outermost(scopes), fallback);
  const ranked = [...evidence.entries()]
    .map(([element, found]) => ({ element, found, score: scoreOf(element, found, spec) }))
    .filter(
      ({ element, found, score }) =>
        isEnough(found, score) &&
        hasRequired(element, found, spec) &&
        actsAsControl(element, found, spec) &&
        (!fallback || inFallbackRegion(element, spec)),
    )
    .sort((a, b) => b.score - a.score || a.found.order - b.found.order);

  const found = spec.group
    ? locateGroup(snapshot, ranked)
    : (ranked
        .filter(({ element }) => snapshot.isVisible(element))
        .slice(0, 1)
        .map((best) => toLocated(best.element, best.score, best.found, spec))[0] ?? null);
  if (!found || !spec.within || fallback) return found;
  const region = scopes.find((scope) => scope.contains(found.element));
  if (region) snapshot.watch(region);
  return region ? { ...found, region } : found;
}

/**
 * Where a spec looks: its named regions, or the whole page. A spec with a fallback (the top band,
 * a portal) still looks when none of its regions exists (a redesign renamed them all): then the
 * whole page, kept to candidates in that kind of place.
 */
function scopesOf(doc: Document, spec: TargetSpec): { scopes: Element[]; fallback: boolean } {
  const body = doc.body ? [doc.body] : [];
  if (!spec.within) return { scopes: body, fallback: false };
  const scopes = spec.within.flatMap((selector) => [...doc.querySelectorAll(selector)]);
  if (scopes.length > 0 || !spec.fallback) return { scopes, fallback: false };
  return { scopes: body, fallback: true };
}

/** The page's top band, in CSS pixels from the top of the document. */
export const TOP_BAND_PX = 200;

function inFallbackRegion(element: Element, spec: TargetSpec): boolean {
  if (spec.fallback === 'top-band') {
    const view = element.ownerDocument.defaultView;
    const box = element.getBoundingClientRect();
    // No layout (a document not rendered): no band can be told apart.
    if (box.width === 0 && box.height === 0) return false;
    return box.top + (view?.scrollY ?? 0) < TOP_BAND_PX;
  }
  if (spec.fallback === 'portal') return inPortal(element);
  return false;
}

/**
 * A popover drawn away from its trigger: a menu by role, a popover, or a layer laid over the
 * page (positioned absolute or fixed) a few levels under <body>.
 */
export function inPortal(element: Element): boolean {
  if (element.closest('[role="menu"], [popover], dialog[open]')) return true;
  const view = element.ownerDocument.defaultView;
  let at: Element | null = element;
  for (let level = 0; at && at.parentElement && level <= PROMOTE_LEVELS + 4; level++) {
    const parent: Element = at.parentElement;
    if (parent === element.ownerDocument.body) {
      const position = view?.getComputedStyle(at).position;
      return position === 'absolute' || position === 'fixed';
    }
    at = parent;
  }
  return false;
}

/**
 * Labels match controls, not running text: where a spec names roles, a candidate must be one
 * (or an option among alike ones, or carry the step's link, selector or class). A spec that
 * names its region (the header, the menu) is in context already.
 */
function actsAsControl(element: Element, found: Evidence, spec: TargetSpec): boolean {
  if (!spec.roles || spec.within) return true;
  if (found.href || found.selector || found.classPrefix) return true;
  const role = roleOfTarget(element);
  return (role !== undefined && spec.roles.includes(role)) || hasAlikeSibling(element);
}

/**
 * Regions nested in other regions add nothing to search: each is searched once, from the
 * outermost. (A hostile page nesting regions hundreds deep would otherwise be searched once per
 * level, with every hit checked against every level.)
 */
function outermost(scopes: readonly Element[]): Element[] {
  if (scopes.length < 2) return [...scopes];
  const all = new Set(scopes);
  return [...all].filter((scope) => {
    for (let parent = scope.parentElement; parent; parent = parent.parentElement) {
      if (all.has(parent)) return false;
    }
    return true;
  });
}

function gatherEvidence(
  snapshot: PageSnapshot,
  spec: TargetSpec,
  labels: LabelSet,
  scopes: readonly Element[],
  fallback = false,
): Map<Element, Evidence> {
  const evidence = new Map<Element, Evidence>();
  const scopeOf = (element: Element) => scopes.find((scope) => scope.contains(element));
  // A spec that names its regions is in them already; otherwise only the main content counts.
  const ownRegion = spec.within !== undefined && !fallback;
  const regions = regionsOf(snapshot);
  const credit = (hit: Element, update: (found: Evidence) => void) => {
    // Watched even out of scope: the region around it may appear later.
    snapshot.watch(hit);
    const scope = scopeOf(hit);
    if (!scope || regions.isOutOfContext(hit, scope, ownRegion)) return;
    const target = promote(hit, spec);
    snapshot.watch(target);
    let found = evidence.get(target);
    if (!found) {
      found = {
        nameFit: 0,
        href: false,
        classPrefix: false,
        selector: false,
        order: evidence.size,
      };
      evidence.set(target, found);
    }
    update(found);
  };

  const label = spec.label ? labels[spec.label] : undefined;
  if (label) {
    for (const { element, fit } of snapshot.fits(label)) {
      credit(element, (found) => (found.nameFit = Math.max(found.nameFit, fit) as TextFit));
    }
    for (const scope of scopes) {
      for (const element of scope.querySelectorAll(
        '[aria-label],[aria-labelledby],input,img[alt]',
      )) {
        const fit = fitNormalized(snapshot.nameOf(element), label);
        if (fit)
          credit(element, (found) => (found.nameFit = Math.max(found.nameFit, fit) as TextFit));
      }
    }
  }
  for (const scope of scopes) {
    if (spec.href) {
      for (const link of scope.querySelectorAll('a[href]')) {
        if (spec.href.test(link.getAttribute('href') ?? ''))
          credit(link, (found) => (found.href = true));
      }
    }
    for (const prefix of spec.classPrefixes ?? []) {
      for (const element of scope.querySelectorAll(classPrefixSelector(prefix))) {
        credit(element, (found) => (found.classPrefix = true));
      }
    }
    for (const selector of spec.selectors ?? []) {
      for (const element of scope.querySelectorAll(selector)) {
        credit(element, (found) => (found.selector = true));
      }
    }
  }
  return evidence;
}

/** `[class*="prefix--"]` matches the CSS-module prefix whatever hash the build appended. */
export function classPrefixSelector(prefix: string): string {
  return `[class*="${prefix}--"]`;
}

/**
 * The element a user acts on for a hit: the control around it (a link around a label's span),
 * else the widest element that still says only the same thing; a hidden checkbox's <label>.
 */
function promote(hit: Element, spec: TargetSpec): Element {
  const controlSelector = [
    INTERACTIVE_SELECTOR,
    ...(spec.classPrefixes ?? []).map(classPrefixSelector),
  ].join(',');
  let control: Element | null = null;
  let element: Element | null = hit;
  for (
    let level = 0;
    element && level <= PROMOTE_LEVELS;
    level++, element = element.parentElement
  ) {
    if (element.matches(controlSelector)) {
      control = element;
      break;
    }
  }
  const target = control ?? repeatedItem(hit) ?? textualExtent(hit);
  return target.closest('label') ?? target;
}

/** `verify-method--item--1Zr5hNc` → `verify-method--item`: a CSS-module class without its hash. */
const MODULE_CLASS = /^([\w-]+--[\w]+)--[\w-]{5,}$/;

function moduleStems(element: Element): string[] {
  return [...element.classList].flatMap((name) => MODULE_CLASS.exec(name)?.[1] ?? []);
}

/**
 * An option in a list of alike options (the security check's methods, drawn as plain divs with
 * a click handler): the nearest ancestor that has a sibling of the same CSS-module class.
 */
function repeatedItem(hit: Element): Element | null {
  let element: Element | null = hit;
  for (let level = 0; element && level <= PROMOTE_LEVELS; level++) {
    // An item holds one option: past a control other than the hit's, this is a list of them
    // (a settings section whose links lost their href), not an option.
    if (holdsOtherControl(element, hit)) return null;
    if (hasAlikeSibling(element)) return element;
    element = element.parentElement;
  }
  return null;
}

function holdsOtherControl(element: Element, hit: Element): boolean {
  return [...element.querySelectorAll(INTERACTIVE_SELECTOR)].some(
    (control) => !control.contains(hit),
  );
}

function hasAlikeSibling(element: Element): boolean {
  const stems = moduleStems(element);
  const parent = element.parentElement;
  if (stems.length === 0 || !parent) return false;
  return [...parent.children].some(
    (sibling) => sibling !== element && moduleStems(sibling).some((stem) => stems.includes(stem)),
  );
}

/**
 * Bounded like the other climbs: on a page nested thousands deep around one text, every ancestor
 * says the same thing, and an unbounded climb reads each one's whole text (quadratic, per hit).
 */
function textualExtent(element: Element): Element {
  const text = element.textContent?.trim();
  let current = element;
  for (
    let level = 0;
    level < PROMOTE_LEVELS &&
    current.parentElement &&
    current.parentElement !== current.ownerDocument.body &&
    current.parentElement.textContent?.trim() === text;
    level++
  ) {
    current = current.parentElement;
  }
  return current;
}

function scoreOf(element: Element, found: Evidence, spec: TargetSpec): number {
  let score = found.nameFit;
  if (found.href) score += 3;
  if (found.selector) score += 3;
  if (found.classPrefix) score += 2;
  const role = roleOfTarget(element);
  if (role && spec.roles?.includes(role) && (found.nameFit || found.href || found.selector)) {
    score += 1;
  }
  // Drawn without a role, an option among alike options still acts like one.
  else if (found.nameFit && hasAlikeSibling(element)) score += 1;
  return score;
}

/** A <label> acts for the control it wraps (the comet checkbox draws its input invisible). */
function roleOfTarget(element: Element) {
  const control =
    element.localName === 'label' ? element.querySelector('input, select, textarea') : null;
  return roleOf(element) ?? (control ? roleOf(control) : undefined);
}

function hasRequired(element: Element, found: Evidence, spec: TargetSpec): boolean {
  return (spec.requires ?? []).every((signal) => {
    if (signal === 'name') return found.nameFit > 0;
    if (signal === 'href') return found.href;
    const role = roleOfTarget(element);
    return role !== undefined && spec.roles?.includes(role) === true;
  });
}

/**
 * Something must say what the element is (a name, a link target, a stable selector): a class
 * prefix or a role alone is never enough. A partial name needs one more signal to count, and
 * then counts as "probably" (low confidence).
 */
function isEnough(found: Evidence, score: number): boolean {
  const saysWhatItIs = found.nameFit > 0 || found.href || found.selector;
  return saysWhatItIs && score >= MIN_SCORE;
}

function toLocated(element: Element, score: number, found: Evidence, spec: TargetSpec): Located {
  const signals: Signal[] = [];
  if (found.nameFit === 3) signals.push('name');
  if (found.nameFit === 2) signals.push('partial-name');
  if (found.href) signals.push('href');
  if (found.selector) signals.push('selector');
  if (found.classPrefix) signals.push('class-prefix');
  const role = roleOfTarget(element);
  if (role && spec.roles?.includes(role)) signals.push('role');
  else if (found.nameFit && hasAlikeSibling(element)) signals.push('alike-options');
  return { element, score, confidence: score >= HIGH_SCORE ? 'high' : 'low', signals };
}

interface Ranked {
  element: Element;
  found: Evidence;
  score: number;
}

/** The visible members of the best-scoring group, and the closest container holding them all. */
function locateGroup(snapshot: PageSnapshot, ranked: readonly Ranked[]): Located | null {
  const top = ranked[0];
  if (!top) return null;
  const members = ranked.filter((r) => r.score === top.score && snapshot.isVisible(r.element));
  const first = members[0];
  if (!first) return null;
  let container: Element | null = first.element;
  while (container && !members.every((m) => container?.contains(m.element))) {
    container = container.parentElement;
  }
  if (!container) return null;
  const located = toLocated(container, top.score, top.found, {});
  return { ...located, signals: toLocated(first.element, top.score, top.found, {}).signals };
}
