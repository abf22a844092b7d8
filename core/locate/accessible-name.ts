/**
 * A small accessible-name computation: enough of the W3C algorithm for the controls AliExpress
 * uses (aria-label, aria-labelledby, <label>, alt, value, title, contents). It reads attributes
 * and text only; never a control's typed value, except a button's own caption.
 *
 * Weighed against Testing Library's dom-accessibility-api 0.7.1 (2026-12-01): it
 * would add 3.6 KB gzip to the guide module (47,987 → 51,639 B with its computeAccessibleName
 * and getRole in place of these two files), took 13-23× as long over the replica's 716 named
 * elements in jsdom (it reads computed styles), and names no placeholder-only box and no
 * wrapping <label> (spec-true, but the site's code and checkbox rely on them). Kept ours.
 */
export function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const doc = element.ownerDocument;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  const ariaLabel = element.getAttribute('aria-label')?.trim();
  if (ariaLabel) return ariaLabel;
  if (isLabelable(element)) {
    const fromLabels = [...(element.labels ?? [])]
      .map((label) => label.textContent ?? '')
      .join(' ');
    if (fromLabels.trim()) return fromLabels.trim();
    if (isButtonInput(element)) return element.getAttribute('value') ?? '';
    return element.getAttribute('placeholder') ?? element.getAttribute('title') ?? '';
  }
  if (element.localName === 'img') return element.getAttribute('alt') ?? '';
  const text = element.textContent?.replace(/\s+/g, ' ').trim();
  return text || element.getAttribute('title') || '';
}

type Labelable = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

// Tag names rather than instanceof: fixtures and frames each have their own globals.
function isLabelable(element: Element): element is Labelable {
  return ['input', 'select', 'textarea'].includes(element.localName);
}

function isButtonInput(element: Element): boolean {
  const type = element.getAttribute('type')?.toLowerCase() ?? '';
  return ['button', 'submit', 'reset'].includes(type);
}
