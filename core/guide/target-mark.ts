/** The test contract's attribute: the one element currently highlighted carries it. */
export const TARGET_ATTRIBUTE = 'data-aliexit-target';
/** The test contract's overlay: the one element AliExit adds to the page. */
export const OVERLAY_HOST = 'aliexit-overlay';

/**
 * The only write AliExit makes to the page's own elements: one attribute on the highlighted
 * element, moved when the highlight moves and removed when the guide stops.
 */
export function createTargetMark() {
  let marked: Element | null = null;
  return {
    set(element: Element | null, stepId: string | null): void {
      if (marked && (marked !== element || !stepId)) marked.removeAttribute(TARGET_ATTRIBUTE);
      marked = element && stepId ? element : null;
      if (marked && stepId && marked.getAttribute(TARGET_ATTRIBUTE) !== stepId) {
        marked.setAttribute(TARGET_ATTRIBUTE, stepId);
      }
    },
    get element(): Element | null {
      return marked;
    },
  };
}
