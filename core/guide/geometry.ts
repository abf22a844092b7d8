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

/** The card's size when no clear place exists: title and buttons only (overlay.css `.compact`). */
export const COMPACT_CARD: Size = { width: 240, height: 112 };

export interface CardPlace {
  readonly x: number;
  readonly y: number;
  /** No clear place for the whole card: it docks to a viewport corner in its compact form. */
  readonly compact: boolean;
}

/**
 * Where the card goes: beside the target (below, above, right, left: the first side with room),
 * inside the viewport, never over the target, and never over the page's way forward: every
 * control in `obstacles` (the target's section, the page's primary and cancel buttons). Where it
 * can, not over the region around the target (an open menu) either. With no clear place for the
 * whole card, the compact card docks to the viewport corner that covers nothing (or least).
 */
export function placeCard(
  target: Box | null,
  card: Size,
  viewport: Size,
  avoid: Box | null = null,
  obstacles: readonly Box[] = [],
): CardPlace {
  const fits = (at: { x: number; y: number }, size: Size) =>
    at.x >= MARGIN &&
    at.y >= MARGIN &&
    at.x + size.width <= viewport.width - MARGIN &&
    at.y + size.height <= viewport.height - MARGIN;
  const ring = target ? padBox(target) : null;
  const blockers = [...(ring ? [ring] : []), ...obstacles.map((box) => padBox(box, MARGIN / 2))];
  const clearOf = (at: { x: number; y: number }, size: Size, boxes: readonly Box[]) =>
    boxes.every((box) => !overlaps({ ...at, ...size }, box));
  const candidates = [
    ...(ring ? besideBox(ring, card, viewport) : []),
    ...(avoid ? besideBox(padBox(avoid, GAP), card, viewport) : []),
    ...blockers.flatMap((box) => besideBox(box, card, viewport)),
    ...corners(card, viewport),
  ];
  const place = (boxes: readonly Box[]) =>
    candidates.find((at) => fits(at, card) && clearOf(at, card, boxes));
  // Nothing to point at and nothing to keep clear of: the bottom-left corner, clear of the
  // header's account and cart at the top right and of the help widget at the bottom right.
  if (!target && obstacles.length === 0)
    return {
      x: MARGIN * 2,
      y: Math.max(MARGIN, viewport.height - card.height - MARGIN * 2),
      compact: false,
    };
  const best = (avoid && place([...blockers, avoid])) || place(blockers);
  if (best) return { ...best, compact: false };
  return { ...dockCorner(COMPACT_CARD, viewport, blockers), compact: true };
}

/** The viewport's corners for a card of this size, bottom ones first (the header is on top). */
function corners(card: Size, viewport: Size): { x: number; y: number }[] {
  const right = Math.max(MARGIN, viewport.width - card.width - MARGIN);
  const bottom = Math.max(MARGIN, viewport.height - card.height - MARGIN);
  return [
    { x: MARGIN, y: bottom },
    { x: right, y: bottom },
    { x: MARGIN, y: MARGIN },
    { x: right, y: MARGIN },
  ];
}

/** The corner where the compact card covers the least of the boxes (none, where it can). */
function dockCorner(card: Size, viewport: Size, boxes: readonly Box[]): { x: number; y: number } {
  const covered = (at: { x: number; y: number }) =>
    boxes.reduce((sum, box) => sum + overlapArea({ ...at, ...card }, box), 0);
  const [first, ...others] = corners(card, viewport);
  const start = first ?? { x: MARGIN, y: MARGIN };
  return others.reduce((best, at) => (covered(at) < covered(best) ? at : best), start);
}

function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
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

/** The element's box in viewport coordinates: the one layout read the guide makes per box. */
export function boxOf(element: Element): Box {
  const rect = element.getBoundingClientRect();
  return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
}

export function sameBox(a: Box | null, b: Box | null): boolean {
  if (!a || !b) return a === b;
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

export function sameBoxes(a: readonly Box[], b: readonly Box[]): boolean {
  return a.length === b.length && a.every((box, index) => sameBox(box, b[index] ?? null));
}

/** The boxes the overlay draws and keeps clear of (the layout's part of its state). */
export interface LayoutBoxes {
  /** The highlighted element; null: nothing highlighted. */
  readonly target: Box | null;
  /** The page's controls the card never covers (those with no area left out). */
  readonly obstacles: readonly Box[];
  /** The region around the target (an open menu, or the iframe that holds it). */
  readonly avoid: Box | null;
  /** What the card sits beside: the target, or the iframe that holds it. */
  readonly anchor: Box | null;
  readonly alternatives: readonly Box[];
}

/** What the guide shows in this frame, as elements: the boxes are read from them at once. */
export interface ShownElements {
  readonly target: Element | null;
  readonly obstacles: readonly Element[];
  readonly region: Element | null;
  /** The iframe whose child frame holds the element (top frame only). */
  readonly frame: Element | null;
  readonly alternatives: readonly Element[];
}

/**
 * The boxes the overlay draws, read from the layout in this one place: the highlighted element,
 * the region its card keeps clear of (the target's own, else the iframe's), what the card sits
 * beside, the alternatives.
 */
export function layoutBoxes(
  shown: ShownElements,
  read: (element: Element) => Box = boxOf,
): LayoutBoxes {
  const target = shown.target ? read(shown.target) : null;
  const region = shown.region ?? shown.frame;
  return {
    target,
    obstacles: shown.obstacles.map(read).filter((box) => box.width * box.height > 0),
    avoid: region ? read(region) : null,
    anchor: shown.frame ? read(shown.frame) : target,
    alternatives: shown.alternatives.map(read),
  };
}

/** Whether any box the overlay draws moved (else drawing again would change nothing). */
export function layoutChanged(next: LayoutBoxes, drawn: LayoutBoxes): boolean {
  return (
    !sameBox(next.target, drawn.target) ||
    !sameBox(next.avoid, drawn.avoid) ||
    !sameBox(next.anchor, drawn.anchor) ||
    !sameBoxes(next.obstacles, drawn.obstacles) ||
    !sameBoxes(next.alternatives, drawn.alternatives)
  );
}
