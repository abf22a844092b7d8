import { TARGET_ATTRIBUTE } from './target-mark';

/**
 * What an unloaded copy of AliExit may have left on the page: Firefox unloads the old content
 * script when an update injects the new one, but the nodes it drew stay. The guide removes them
 * before it draws, so that a page never shows two overlays or two highlights.
 */
export function removeLeftovers(doc: Document): void {
  for (const overlay of doc.querySelectorAll('aliexit-overlay')) overlay.remove();
  for (const marked of doc.querySelectorAll(`[${TARGET_ATTRIBUTE}]`)) {
    marked.removeAttribute(TARGET_ATTRIBUTE);
  }
}
