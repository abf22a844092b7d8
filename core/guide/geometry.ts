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

/** The card's size when no clear place exists: one line of title and the buttons (overlay.css `.compact`). */
export const COMPACT_CARD: Size = { width: 320, height: 72 };

/** What the compact card keeps besides its title and buttons, each worth a window's pixels. */
export interface CompactKeeps {
  /** Before a destructive step: that deletion cannot be undone, in up to two lines. */
  readonly warning: boolean;
  /** With nothing to point at: what to look for, in up to three lines. */
  readonly words: boolean;
}

const WARNING_LINES_PX = 32;
const WORDS_LINES_PX = 56;

/**
 * The compact card's size with what it keeps (StepCard draws it this tall). Where that has no
 * clear place, COMPACT_CARD is taken instead (CardPlace.tight).
 */
export function compactSize({ warning, words }: CompactKeeps): Size {
  return {
    width: COMPACT_CARD.width,
    height: COMPACT_CARD.height + (warning ? WARNING_LINES_PX : 0) + (words ? WORDS_LINES_PX : 0),
  };
}

/**
 * The least a card beside its element may be shortened to (the rest scrolls inside it): the
 * step, its title and the instruction's first lines. Any less, and the compact card says more.
 */
export const SHORTEST_CARD = 120;

export interface CardPlace {
  readonly x: number;
  readonly y: number;
  /** No clear place for the whole card: it docks to a viewport corner in its compact form. */
  readonly compact: boolean;
  /**
   * Compact, and the compact form asked for (compactSize) has no clear place where COMPACT_CARD
   * has: the card takes that size rather than cover the page's way forward (its Cancel), a
   * warning in the title's place, what to look for left to "Show me where it is". Also where
   * nothing is clear: it covers less.
   */
  readonly tight?: true;
  /**
   * The whole card fits nowhere, but above or below the element there is room for most of it:
   * it sits there this tall, and what does not fit scrolls inside it (a short window, 200 %
   * zoom, the element in its middle). Compact: the compact form's height. Absent: the card is
   * as tall as it is.
   */
  readonly height?: number;
}

/**
 * Where the card goes: beside the target (below, above, right, left: the first side with room),
 * inside the viewport, never over the target, and never over the page's way forward: every
 * control in `obstacles` (the target's section, the page's primary and cancel buttons; with no
 * target, the main content's controls). Where it can, not over the region around the target (an
 * open menu) either. With no target it rests in the bottom-left corner when that is clear. With no
 * clear place for the whole card, the compact card docks to a viewport corner that covers nothing;
 * failing that, to any clear place beside a control; failing that, to the corner covering least.
 */
export function placeCard(
  target: Box | null,
  card: Size,
  viewport: Size,
  avoid: Box | null = null,
  obstacles: readonly Box[] = [],
  /** The card's compact form (compactSize of what it keeps). */
  compact: Size = COMPACT_CARD,
): CardPlace {
  const fits = (at: Point, size: Size) => fitsIn(at, size, viewport);
  const ring = target ? padBox(target) : null;
  const blockers = [...(ring ? [ring] : []), ...obstacles.map((box) => padBox(box, MARGIN / 2))];
  const resting = restingPlace(card, viewport);
  // Nothing to point at and nothing to keep clear of: the resting place, even when it is tall.
  if (!ring && obstacles.length === 0) return { ...resting, compact: false };
  const candidates = ring
    ? [
        ...besideBox(ring, card, viewport),
        ...(avoid ? besideBox(padBox(avoid, GAP), card, viewport) : []),
        ...blockers.flatMap((box) => besideBox(box, card, viewport)),
        ...corners(card, viewport),
      ]
    : [
        resting,
        ...corners(card, viewport),
        ...blockers.flatMap((box) => besideBox(box, card, viewport)),
      ];
  const place = (boxes: readonly Box[]) =>
    candidates.find((at) => fits(at, card) && clearOf(at, card, boxes));
  const best = (avoid && place([...blockers, avoid])) || place(blockers);
  if (best) return { ...best, compact: false };
  const short =
    ring &&
    ((avoid && shortenedBeside(ring, card, viewport, [...blockers, avoid])) ||
      shortenedBeside(ring, card, viewport, blockers));
  if (short) return { ...short, compact: false };
  return dockCompact(compact, viewport, blockers);
}

/**
 * The compact card's place: the first clear corner or place beside a blocker for the form asked
 * for; for a form that keeps more than its title, failing that, the usual compact size
 * (`tight`); failing all, the corner covering least.
 */
function dockCompact(compact: Size, viewport: Size, blockers: readonly Box[]): CardPlace {
  // As the stylesheet draws it: never wider than the viewport leaves room for.
  const sized = (size: Size) => ({
    width: Math.min(size.width, viewport.width - 2 * MARGIN),
    height: size.height,
  });
  const clear = (size: Size) =>
    [...corners(size, viewport), ...blockers.flatMap((box) => besideBox(box, size, viewport))].find(
      (at) => fitsIn(at, size, viewport) && clearOf(at, size, blockers),
    );
  const asked = sized(compact);
  const docked = clear(asked);
  if (docked) return { ...docked, compact: true, height: asked.height };
  const usual = sized(COMPACT_CARD);
  if (asked.height <= usual.height) {
    return { ...dockCorner(asked, viewport, blockers), compact: true, height: asked.height };
  }
  const tight = clear(usual) ?? dockCorner(usual, viewport, blockers);
  return { ...tight, compact: true, tight: true, height: usual.height };
}

type Point = { readonly x: number; readonly y: number };

/** Whether a card of this size at this place lies inside the viewport's margins. */
function fitsIn(at: Point, size: Size, viewport: Size): boolean {
  return (
    at.x >= MARGIN &&
    at.y >= MARGIN &&
    at.x + size.width <= viewport.width - MARGIN &&
    at.y + size.height <= viewport.height - MARGIN
  );
}

/** Whether a card of this size at this place covers none of the boxes. */
function clearOf(at: Point, size: Size, boxes: readonly Box[]): boolean {
  return boxes.every((box) => !overlaps({ ...at, ...size }, box));
}

/**
 * The card below or above the ring, shortened to the room there (the taller of the two), when
 * that room is at least SHORTEST_CARD and covers none of `boxes`.
 */
function shortenedBeside(
  ring: Box,
  card: Size,
  viewport: Size,
  boxes: readonly Box[],
): { x: number; y: number; height: number } | undefined {
  const x = clamp(ring.x, MARGIN, viewport.width - card.width - MARGIN);
  const below = ring.y + ring.height + GAP;
  const roomBelow = Math.min(card.height, viewport.height - MARGIN - below);
  const roomAbove = Math.min(card.height, ring.y - GAP - MARGIN);
  return [
    { x, y: below, height: roomBelow },
    { x, y: ring.y - GAP - roomAbove, height: roomAbove },
  ]
    .filter(({ height }) => height >= SHORTEST_CARD)
    .filter(({ x: left, y, height }) => {
      const box = { x: left, y, width: card.width, height };
      return (
        left >= MARGIN &&
        left + card.width <= viewport.width - MARGIN &&
        boxes.every((other) => !overlaps(box, other))
      );
    })
    .sort((a, b) => b.height - a.height)[0];
}

/**
 * Where a card with nothing to point at rests: bottom left, clear of the header's account and
 * cart at the top right and of the help widget at the bottom right.
 */
function restingPlace(card: Size, viewport: Size): { x: number; y: number } {
  return { x: MARGIN * 2, y: Math.max(MARGIN, viewport.height - card.height - MARGIN * 2) };
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
