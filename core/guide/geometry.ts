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
 * Where the card goes: below the target, else above, else to its right or left, whichever
 * side has room, kept inside the viewport. It never covers the target when any side has room;
 * with none, it sits in the viewport's corner farthest from the target.
 */
export function placeCard(
  target: Box | null,
  card: Size,
  viewport: Size,
): { x: number; y: number } {
  const clampX = (x: number) => clamp(x, MARGIN, viewport.width - card.width - MARGIN);
  const clampY = (y: number) => clamp(y, MARGIN, viewport.height - card.height - MARGIN);
  if (!target) return { x: viewport.width - card.width - MARGIN * 2, y: MARGIN * 2 };
  const ring = padBox(target);
  const below = ring.y + ring.height + GAP;
  if (below + card.height <= viewport.height - MARGIN) return { x: clampX(ring.x), y: below };
  const above = ring.y - GAP - card.height;
  if (above >= MARGIN) return { x: clampX(ring.x), y: above };
  const right = ring.x + ring.width + GAP;
  if (right + card.width <= viewport.width - MARGIN) return { x: right, y: clampY(ring.y) };
  const left = ring.x - GAP - card.width;
  if (left >= MARGIN) return { x: left, y: clampY(ring.y) };
  const targetIsLow = ring.y + ring.height / 2 > viewport.height / 2;
  const targetIsRight = ring.x + ring.width / 2 > viewport.width / 2;
  return {
    x: targetIsRight ? MARGIN : viewport.width - card.width - MARGIN,
    y: targetIsLow ? MARGIN : viewport.height - card.height - MARGIN,
  };
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
