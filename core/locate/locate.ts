import type { Label, LabelSet } from '../labels/types';
import { isWayForward, isInMainContent } from './place';
import { regionsOf } from './regions';
import { INTERACTIVE_SELECTOR, roleOf } from './roles';
import { trimmedTextUpTo, type PageSnapshot } from './snapshot';
import type { Signal, TargetSpec } from './spec';
import type { TextFit } from './text';

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
/**
 * Name hits credited per lookup, in page order, of those that can be the step's element (in its
 * scope, not in a review, a card or a widget around the content it looks in). Past this many
 * texts that fit one label, the label no longer tells elements apart; the cap keeps a page of
 * thousands of look-alikes from costing thousands of climbs. What lies beyond it is not pointed
 * at: "not found", never wrong. Hits that cannot be the element do not use it up: a list of
 * reviews repeating the button's words does not hide the button after it.
 */
export const MAX_NAME_HITS = 256;

interface Evidence {
  nameFit: TextFit;
  /** A meaning-only name on a control of the step's role, in main content, in the way forward. */
  placed: boolean;
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
export function locate(
  snapshot: PageSnapshot,
  spec: TargetSpec,
  labels: LabelSet,
  exclude?: Exclude,
): Located | null {
  // Excluding is one evaluation's own question: its answer is not the spec's to share.
  if (exclude) return locateOnce(snapshot, spec, labels, exclude);
  return snapshot.memo(spec, () => locateOnce(snapshot, spec, labels));
}

/** Candidates the user said are not it (core/corrections): skipped before any layout read. */
export type Exclude = (element: Element) => boolean;

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
  exclude?: Exclude,
): Located | null {
  const body = snapshot.doc.body;
  let section = anchor.parentElement;
  for (let level = 0; section && section !== body && level < NEAR_LEVELS; level++) {
    const found = locateOnce(snapshot, spec, labels, exclude, [section]);
    if (found) return found;
    section = section.parentElement;
  }
  return locate(snapshot, spec, labels, exclude);
}

function locateOnce(
  snapshot: PageSnapshot,
  spec: TargetSpec,
  labels: LabelSet,
  exclude?: Exclude,
  within?: readonly Element[],
): Located | null {
  const { scopes, fallback } = within
    ? { scopes: [...within], fallback: false }
    : scopesOf(snapshot, spec);
  if (scopes.length === 0) return null;
  const evidence = gatherEvidence(snapshot, spec, labels, outermost(scopes), fallback);
  const ranked = [...evidence.entries()]
    .map(([element, found]) => ({ element, found, score: scoreOf(snapshot, element, found, spec) }))
    .filter(
      ({ element, found, score }) =>
        isEnough(found, score) &&
        hasRequired(element, found, spec) &&
        actsAsControl(snapshot, element, found, spec) &&
        (!fallback || inFallbackRegion(element, spec)) &&
        !exclude?.(element),
    )
    .sort((a, b) => b.score - a.score || a.found.order - b.found.order);

  const found = spec.group
    ? locateGroup(snapshot, ranked)
    : (ranked
        .filter(({ element }) => snapshot.isVisible(element))
        .slice(0, 1)
        .map((best) => toLocated(snapshot, best.element, best.score, best.found, spec))[0] ?? null);
  if (found && fallback && spec.fallback === 'top-band') return asPressed(found);
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
function scopesOf(
  snapshot: PageSnapshot,
  spec: TargetSpec,
): { scopes: Element[]; fallback: boolean } {
  const doc = snapshot.doc;
  const body = doc.body ? [doc.body] : [];
  if (!spec.within) return { scopes: body, fallback: false };
  const scopes = spec.within.flatMap((selector) => [...snapshot.query(doc, selector)]);
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

/** A header item is short: past this, an ancestor holds more than the item. */
const ITEM_TEXT_MAX = 60;

/**
 * A label found in the top band, as the box the user presses: with its exact words on a box
 * that shows the hand cursor, as sure as a control of the right role.
 */
function asPressed(found: Located): Located {
  const box = clickableBox(found.element);
  const view = box.ownerDocument.defaultView;
  const pressable = view?.getComputedStyle(box).cursor === 'pointer';
  if (!pressable || !found.signals.includes('name')) return { ...found, element: box };
  return { ...found, element: box, confidence: 'high', signals: [...found.signals, 'pointer'] };
}

/**
 * The box a user presses around a label found in the top band: the outermost ancestor, a few
 * levels up, that still shows the hand cursor and holds no other control (a redesign's header
 * item is a plain div with a click handler: its label is a child of it).
 */
function clickableBox(element: Element): Element {
  const view = element.ownerDocument.defaultView;
  if (!view || view.getComputedStyle(element).cursor !== 'pointer') return element;
  let box = element;
  for (let level = 0; level < PROMOTE_LEVELS; level++) {
    const parent = box.parentElement;
    if (!parent || parent === element.ownerDocument.body) break;
    if (view.getComputedStyle(parent).cursor !== 'pointer') break;
    if ((parent.textContent ?? '').trim().length > ITEM_TEXT_MAX) break;
    if ([...parent.querySelectorAll(INTERACTIVE_SELECTOR)].some((c) => !c.contains(element))) break;
    box = parent;
  }
  return box;
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
function actsAsControl(
  snapshot: PageSnapshot,
  element: Element,
  found: Evidence,
  spec: TargetSpec,
): boolean {
  if (!spec.roles || spec.within) return true;
  if (found.href || found.selector || found.classPrefix) return true;
  const role = roleOfTarget(element);
  return (role !== undefined && spec.roles.includes(role)) || hasAlikeSibling(snapshot, element);
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
  /** Whether the hit can be the step's element: in a scope, and in the content it looks in. */
  const inContext = (hit: Element) => {
    const scope = scopeOf(hit);
    return scope !== undefined && !regions.isOutOfContext(hit, scope, ownRegion);
  };
  const credit = (hit: Element, update: (found: Evidence) => void) => {
    // Watched even out of scope: the region around it may appear later.
    snapshot.watch(hit);
    if (inContext(hit)) creditInContext(hit, update);
  };
  const creditInContext = (hit: Element, update: (found: Evidence) => void) => {
    const target = promote(snapshot, hit, spec);
    snapshot.watch(target);
    let found = evidence.get(target);
    if (!found) {
      found = {
        nameFit: 0,
        placed: false,
        href: false,
        classPrefix: false,
        selector: false,
        order: evidence.size,
      };
      evidence.set(target, found);
    }
    update(found);
  };

  const hrefLinks = scopes.map((scope) => (spec.href ? linksTo(snapshot, scope, spec.href) : []));
  // A candidate that must have a fitting link is one of those links (or the label around one):
  // a name hit under none of them can never count, and is not climbed from at all.
  const mustLink = spec.requires?.includes('href') ? linkedAncestry(hrefLinks.flat()) : null;
  let nameHits = 0;
  let passedOver = 0;
  const creditName = (hit: Element, fit: TextFit) => {
    if (mustLink && !mustLink(hit)) return;
    if (nameHits >= MAX_NAME_HITS) return;
    if (!inContext(hit)) {
      // Watched as credit watches a hit out of scope, while there are few.
      if (++passedOver <= MAX_NAME_HITS) snapshot.watch(hit);
      return;
    }
    nameHits++;
    snapshot.watch(hit);
    creditInContext(hit, (found) => (found.nameFit = Math.max(found.nameFit, fit) as TextFit));
  };

  const label = spec.label ? labels[spec.label] : undefined;
  if (label) {
    for (const { element, fit } of snapshot.fits(label)) creditName(element, fit);
    for (const scope of scopes) {
      // Custom controls too: a role="checkbox" sentence longer than the page's short texts.
      for (const element of snapshot.query(scope, NAMED_CONTROLS)) {
        const fit = snapshot.nameFit(element, label);
        if (fit) creditName(element, fit);
      }
    }
  }
  for (const [index, scope] of scopes.entries()) {
    for (const link of hrefLinks[index] ?? []) credit(link, (found) => (found.href = true));
    for (const prefix of spec.classPrefixes ?? []) {
      for (const element of snapshot.query(scope, classPrefixSelector(prefix))) {
        credit(element, (found) => (found.classPrefix = true));
      }
    }
    for (const selector of spec.selectors ?? []) {
      for (const element of snapshot.query(scope, selector)) {
        credit(element, (found) => (found.selector = true));
      }
    }
  }
  if (label) {
    for (const [element, found] of evidence) {
      if (found.nameFit === 1) found.placed = isPlacedMeaning(element, spec, label);
    }
  }
  return evidence;
}

/** Elements that carry a name of their own (not only their text). */
const NAMED_CONTROLS =
  '[aria-label],[aria-labelledby],input,img[alt],[role="checkbox"],[role="radio"],[role="button"]';

function linksTo(snapshot: PageSnapshot, scope: Element, href: RegExp): Element[] {
  return snapshot
    .query(scope, 'a[href]')
    .filter((link) => href.test(link.getAttribute('href') ?? ''));
}

/**
 * Whether a hit lies inside (or is) one of the links, or a <label> holding one: the only places a
 * hit's candidate (always the hit or an ancestor of it) can carry the link's evidence too. Each
 * ancestor is judged once per lookup, so 2,000 hits in one list climb it once.
 */
function linkedAncestry(links: readonly Element[]) {
  const judged = new Map<Element, boolean>();
  for (const link of links) {
    judged.set(link, true);
    const label = link.closest('label');
    if (label) judged.set(label, true);
  }
  return (hit: Element): boolean => {
    const climbed: Element[] = [];
    let inside = false;
    for (let element: Element | null = hit; element; element = element.parentElement) {
      const known = judged.get(element);
      if (known !== undefined) {
        inside = known;
        break;
      }
      climbed.push(element);
    }
    for (const element of climbed) judged.set(element, inside);
    return inside;
  };
}

/**
 * A name that only carries the label's meaning counts on a control of the step's own role, in
 * the page's main content, where the way forward sits (beside Cancel, the primary action, an
 * option among alike options): never on a control of another role or in a banner.
 */
function isPlacedMeaning(element: Element, spec: TargetSpec, label: Label): boolean {
  const role = roleOfTarget(element);
  if (!role || !spec.roles?.includes(role) || !isInMainContent(element)) return false;
  return isWayForward(element, role, label.meaning?.cancelWords ?? []);
}

/** `[class*="prefix--"]` matches the CSS-module prefix whatever hash the build appended. */
export function classPrefixSelector(prefix: string): string {
  return `[class*="${prefix}--"]`;
}

/**
 * The element a user acts on for a hit: the control around it (a link around a label's span),
 * else the widest element that still says only the same thing; a hidden checkbox's <label>.
 */
function promote(snapshot: PageSnapshot, hit: Element, spec: TargetSpec): Element {
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
  const target = control ?? repeatedItem(snapshot, hit) ?? textualExtent(hit);
  return target.closest('label') ?? target;
}

/** `verify-method--item--1Zr5hNc` → `verify-method--item`: a CSS-module class without its hash. */
const MODULE_CLASS = /^([\w-]+--[\w]+)--[\w-]{5,}$/;

/**
 * What makes siblings alike: a CSS-module class without its hash, or any other class they share
 * (a rebuild that renames every class still gives alike items one class).
 */
function moduleStems(element: Element): string[] {
  return [...element.classList].map((name) => MODULE_CLASS.exec(name)?.[1] ?? name);
}

/**
 * An option in a list of alike options (the security check's methods, drawn as plain divs with
 * a click handler): the nearest ancestor that has a sibling of the same CSS-module class.
 */
function repeatedItem(snapshot: PageSnapshot, hit: Element): Element | null {
  let element: Element | null = hit;
  // Controls between the hit and `element` that hold the hit (the hit included).
  let holdingHit = 0;
  for (let level = 0; element && level <= PROMOTE_LEVELS; level++) {
    // An item holds one option: past a control other than the hit's, this is a list of them
    // (a settings section whose links lost their href), not an option.
    if (controlsUnder(snapshot, element) > holdingHit) return null;
    if (hasAlikeSibling(snapshot, element)) return element;
    if (element.matches(INTERACTIVE_SELECTOR)) holdingHit++;
    element = element.parentElement;
  }
  return null;
}

const CONTROLS_UNDER = {};

/** How many controls the element holds (itself not counted): counted once per snapshot. */
function controlsUnder(snapshot: PageSnapshot, element: Element): number {
  return snapshot.remember(
    CONTROLS_UNDER,
    element,
    () => element.querySelectorAll(INTERACTIVE_SELECTOR).length,
  );
}

const CHILD_STEMS = {};

/** For a parent: how many of its children carry each CSS-module stem. Read once per snapshot. */
function childStems(snapshot: PageSnapshot, parent: Element): ReadonlyMap<string, number> {
  return snapshot.remember(CHILD_STEMS, parent, () => {
    const counts = new Map<string, number>();
    for (const child of parent.children) {
      for (const stem of new Set(moduleStems(child))) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    }
    return counts;
  });
}

function hasAlikeSibling(snapshot: PageSnapshot, element: Element): boolean {
  const stems = moduleStems(element);
  const parent = element.parentElement;
  if (stems.length === 0 || !parent) return false;
  const counts = childStems(snapshot, parent);
  // The element counts itself once for each of its stems: a sibling makes it two.
  return stems.some((stem) => (counts.get(stem) ?? 0) > 1);
}

/**
 * The widest ancestor (a few levels up, never the body) that says only what the hit says.
 * Each comparison reads the ancestor's text only as far as the hit's text is long: an ancestor
 * holding 2,000 other texts costs the length of one.
 */
function textualExtent(element: Element): Element {
  const text = element.textContent?.trim() ?? '';
  let current = element;
  for (
    let level = 0;
    level < PROMOTE_LEVELS &&
    current.parentElement &&
    current.parentElement !== current.ownerDocument.body &&
    trimmedTextUpTo(current.parentElement, text.length) === text;
    level++
  ) {
    current = current.parentElement;
  }
  return current;
}

function scoreOf(
  snapshot: PageSnapshot,
  element: Element,
  found: Evidence,
  spec: TargetSpec,
): number {
  // A meaning alone, placed, is "probably this one": its role and place make it enough.
  if (found.nameFit === 1 && !found.href && !found.selector) return found.placed ? MIN_SCORE : 0;
  let score = found.nameFit;
  if (found.href) score += 3;
  if (found.selector) score += 3;
  if (found.classPrefix) score += 2;
  const role = roleOfTarget(element);
  if (role && spec.roles?.includes(role) && (found.nameFit || found.href || found.selector)) {
    score += 1;
  }
  // Drawn without a role, an option among alike options still acts like one.
  else if (found.nameFit && hasAlikeSibling(snapshot, element)) score += 1;
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

function toLocated(
  snapshot: PageSnapshot,
  element: Element,
  score: number,
  found: Evidence,
  spec: TargetSpec,
): Located {
  const signals: Signal[] = [];
  if (found.nameFit === 3) signals.push('name');
  if (found.nameFit === 2) signals.push('partial-name');
  if (found.href) signals.push('href');
  if (found.selector) signals.push('selector');
  if (found.classPrefix) signals.push('class-prefix');
  const role = roleOfTarget(element);
  if (role && spec.roles?.includes(role)) signals.push('role');
  else if (found.nameFit && hasAlikeSibling(snapshot, element)) signals.push('alike-options');
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
  const located = toLocated(snapshot, container, top.score, top.found, {});
  return {
    ...located,
    signals: toLocated(snapshot, first.element, top.score, top.found, {}).signals,
  };
}
