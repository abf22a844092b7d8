import { normalizeText } from './text';
import { INTERACTIVE_SELECTOR, type Role } from './roles';

/**
 * Where a control sits, read from the DOM only (no layout): a name that merely carries a label's
 * meaning counts only in the page's way forward, never in a banner, a menu or a help widget.
 */

/** Landmarks around the main content: the header, navigation, footer, side panels, dialogs. */
const OUTSIDE_MAIN =
  'header, nav, footer, aside, [role="banner"], [role="navigation"], [role="contentinfo"], [role="complementary"], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

export function isInMainContent(element: Element): boolean {
  if (element.closest('main, [role="main"]')) return true;
  return element.closest(OUTSIDE_MAIN) === null;
}

/** How far up the group of actions around a control may be (an actions row, a card's footer). */
const ACTION_GROUP_LEVELS = 3;

/**
 * The page's way forward: an option among alike options (a radio group, a list), a checkbox,
 * or the action beside a Cancel control, or one the page marks as its primary action.
 */
export function isWayForward(
  element: Element,
  role: Role,
  cancelWords: readonly string[],
): boolean {
  if (role === 'checkbox') return true;
  if (role === 'radio' || role === 'option' || role === 'tab') {
    return element.closest('[role="radiogroup"], [role="listbox"], [role="tablist"]') !== null;
  }
  if (/(^|[\s_-])primary([\s_-]|$)/i.test(element.getAttribute('class') ?? '')) return true;
  if (element.getAttribute('type') === 'submit') return true;
  return besideCancel(element, cancelWords);
}

function besideCancel(element: Element, cancelWords: readonly string[]): boolean {
  if (cancelWords.length === 0) return false;
  let group = element.parentElement;
  for (let level = 0; group && level < ACTION_GROUP_LEVELS; level++, group = group.parentElement) {
    const others = [...group.querySelectorAll(INTERACTIVE_SELECTOR)].filter(
      (control) => control !== element && !element.contains(control),
    );
    if (others.length === 0) continue;
    return others.some((control) => {
      const name = normalizeText(control.getAttribute('aria-label') ?? control.textContent ?? '');
      return cancelWords.includes(name);
    });
  }
  return false;
}
