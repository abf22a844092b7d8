/** Plain rectangles, so placement can be computed and tested without a layout engine. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Space between the element and the ring drawn around it. */
export const RING_PADDING = 6;
/** Space between the ring and the card. */
const GAP = 12;
const MARGIN = 8;

export function padBox(box: Box, padding = RING_PADDING): Box {
  return {
    x: box.x - padding,
    y: box.y - padding,
    width: box.width + 2 * padding,
    height: box.height + 2 * padding,
  };
}

/**
 * Where the card goes: beside the target (below, above, right, left: the first side with room),
 * inside the viewport, never over the target, and where it can, not over the region around it
 * (an open menu) either. With no room anywhere, the viewport's corner farthest from the target.
 */
export function placeCard(
  target: Box | null,
  card: Size,
  viewport: Size,
  avoid: Box | null = null,
): { x: number; y: number } {
  // Nothing to point at: the bottom-left corner, clear of the header's account and cart at the
  // top right and of the help widget at the bottom right.
  if (!target)
    return { x: MARGIN * 2, y: Math.max(MARGIN, viewport.height - card.height - MARGIN * 2) };
  const fits = (at: { x: number; y: number }) =>
    at.x >= MARGIN &&
    at.y >= MARGIN &&
    at.x + card.width <= viewport.width - MARGIN &&
    at.y + card.height <= viewport.height - MARGIN;
  const ring = padBox(target);
  const sides = [ring, ...(avoid ? [padBox(avoid, GAP)] : [])].flatMap((box) =>
    besideBox(box, card, viewport),
  );
  const clear = (at: { x: number; y: number }, box: Box) => !overlaps({ ...at, ...card }, box);
  const best =
    (avoid && sides.find((at) => fits(at) && clear(at, ring) && clear(at, avoid))) ||
    sides.find((at) => fits(at) && clear(at, ring));
  if (best) return best;
  const targetIsLow = ring.y + ring.height / 2 > viewport.height / 2;
  const targetIsRight = ring.x + ring.width / 2 > viewport.width / 2;
  return {
    x: targetIsRight ? MARGIN : viewport.width - card.width - MARGIN,
    y: targetIsLow ? MARGIN : viewport.height - card.height - MARGIN,
  };
}

/** The four places beside a box, in order of preference, slid along the side to fit. */
function besideBox(box: Box, card: Size, viewport: Size): { x: number; y: number }[] {
  const alongX = clamp(box.x, MARGIN, viewport.width - card.width - MARGIN);
  const alongY = clamp(box.y, MARGIN, viewport.height - card.height - MARGIN);
  return [
    { x: alongX, y: box.y + box.height + GAP },
    { x: alongX, y: box.y - GAP - card.height },
    { x: box.x + box.width + GAP, y: alongY },
    { x: box.x - GAP - card.width, y: alongY },
  ];
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether the box lies wholly inside the viewport (else it is scrolled into view). */
export function isInView(box: Box, viewport: Size): boolean {
  return (
    box.y >= 0 &&
    box.x >= 0 &&
    box.y + box.height <= viewport.height &&
    box.x + box.width <= viewport.width
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
