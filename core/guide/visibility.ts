type CheckVisibility = (options?: Record<string, boolean>) => boolean;

/**
 * Whether the user can see an element: rendered, not hidden by CSS, not transparent, with a
 * size. Reads layout, so the locator calls it only for its best candidates.
 */
export function isRendered(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: CheckVisibility }).checkVisibility;
  const options = {
    opacityProperty: true,
    visibilityProperty: true,
    // Older names of the same options (Chromium before 121, Firefox before 125).
    checkOpacity: true,
    checkVisibilityCSS: true,
  };
  if (check && !check.call(element, options)) return false;
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}
