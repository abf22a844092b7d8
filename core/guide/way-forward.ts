import { INTERACTIVE_SELECTOR } from '../locate/roles';

/** At most this many controls are kept clear of: their boxes are read on every re-layout. */
const MAX_OBSTACLES = 48;

/** Landmarks that are not the page's main content (the header's own links are not in the way). */
const AROUND_MAIN =
  'header, nav, footer, aside, [role="banner"], [role="navigation"], [role="contentinfo"], [id*="header"], [class*="header--"], [class*="footer"]';

/** The page's action buttons, wherever they sit in the main content. */
const ACTIONS = 'button, [role="button"], input[type="submit"], input[type="button"]';

/**
 * What the card must never cover: every control of the target's section, the page's action
 * buttons (its primary and cancel buttons), and for a target in the main content, the rest of
 * that content's controls (the form's field behind a prompt, the list around an entry); outside
 * the header and footer. Found once per highlighted element; the controller reads their boxes in
 * its single layout-read place.
 */
export function wayForward(target: Element): Element[] {
  const section = sectionOf(target);
  const main = target.closest(AROUND_MAIN) === null ? mainOf(target) : section;
  const controls = [
    ...section.querySelectorAll(INTERACTIVE_SELECTOR),
    ...target.ownerDocument.querySelectorAll(ACTIONS),
    ...main.querySelectorAll(INTERACTIVE_SELECTOR),
  ].filter(
    (control) =>
      control !== target &&
      !target.contains(control) &&
      !control.contains(target) &&
      (control.closest(AROUND_MAIN) === null || section.contains(control)),
  );
  return [...new Set(controls)].slice(0, MAX_OBSTACLES);
}

/**
 * The main content around a target: its main landmark, else the app's root below <body> that
 * holds it (#root; a menu popover is its own root), unless that root holds the header too.
 */
function mainOf(target: Element): Element {
  const landmark = target.closest('main, [role="main"]');
  if (landmark) return landmark;
  let root = target;
  const body = target.ownerDocument.body;
  while (root.parentElement && root.parentElement !== body) root = root.parentElement;
  return root.querySelector(AROUND_MAIN) === null ? root : sectionOf(target);
}

/**
 * What a card with nothing to point at must never cover (it speaks in words: the deleted page, a
 * step explained in words, a sign-in page before its form has rendered): the page's action
 * buttons first, then every control of the main content, then those of the header and footer.
 */
export function pageWayForward(doc: Document, isShown: (element: Element) => boolean): Element[] {
  const main = doc.querySelector('main, [role="main"]') ?? doc.body;
  if (!main) return [];
  // Only what is drawn counts towards the limit (a page holds many hidden menus and dialogs).
  // Candidates are judged one at a time, in order, and the look stops at the limit: on a long
  // product grid the first few dozen of its links are asked where they sit, not all of them.
  const shown: Element[] = [];
  const seen = new Set<Element>();
  const take = (candidates: Iterable<Element>, inMain: boolean): boolean => {
    for (const control of candidates) {
      if (shown.length === MAX_OBSTACLES) return false;
      if (seen.has(control)) continue;
      // One in a band is not the main content's: it may come again with its band's own.
      if (inMain && control.closest(AROUND_MAIN) !== null) continue;
      seen.add(control);
      if (isShown(control)) shown.push(control);
    }
    return true;
  };
  if (!take(main.querySelectorAll(ACTIONS), true)) return shown;
  if (!take(main.querySelectorAll(INTERACTIVE_SELECTOR), true)) return shown;
  // Then the header's and footer's own controls (its search box): a card in words points at
  // nothing there either, and a docked card must not sit over them.
  for (const band of doc.querySelectorAll(AROUND_MAIN)) {
    if (!take(band.querySelectorAll(INTERACTIVE_SELECTOR), false)) break;
  }
  return shown;
}

/**
 * The target's section: the header or footer band it sits in; its nearest form, section, dialog
 * or main landmark; else the widest ancestor below <body> that holds no header (an app's root).
 */
export function sectionOf(target: Element): Element {
  // A target in the header (Account) or the footer: that band is its section.
  const band = target.closest(AROUND_MAIN);
  if (band) return band;
  const landmark = target.closest(
    'form, section, article, main, [role="main"], [role="dialog"], [role="region"]',
  );
  if (landmark) return landmark;
  let section = target;
  const body = target.ownerDocument.body;
  while (
    section.parentElement &&
    section.parentElement !== body &&
    section.parentElement.querySelector(AROUND_MAIN) === null
  ) {
    section = section.parentElement;
  }
  return section;
}
