import { OVERLAY_HOST } from './target-mark';

/**
 * CSS anchors the ring only to an element laid out before it: a menu the page appends to <body>
 * after our overlay (a popover portal, as the account menu) cannot be its anchor, and the
 * browser would draw the ring in the page's corner instead. Then the script draws it.
 */
export function anchorableFromOverlay(element: Element): boolean {
  const host = element.ownerDocument.querySelector(OVERLAY_HOST);
  if (!host || host.contains(element)) return true;
  return (host.compareDocumentPosition(element) & element.DOCUMENT_POSITION_FOLLOWING) === 0;
}
