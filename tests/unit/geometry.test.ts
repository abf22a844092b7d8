import { describe, expect, it } from 'vitest';
import {
  COMPACT_CARD,
  SHORTEST_CARD,
  compactSize,
  isInView,
  layoutBoxes,
  layoutChanged,
  padBox,
  placeCard,
  sameBox,
  sameBoxes,
  type Box,
} from '../../core/guide/geometry';

const viewport = { width: 1280, height: 800 };
const card = { width: 320, height: 180 };

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('placeCard', () => {
  it('puts the card below a target near the top, without covering it', () => {
    const target = { x: 1100, y: 20, width: 80, height: 40 };
    const at = placeCard(target, card, viewport);
    expect(at.y).toBeGreaterThan(target.y + target.height);
    expect(at.x + card.width).toBeLessThanOrEqual(viewport.width);
    expect(overlaps({ ...at, ...card }, padBox(target))).toBe(false);
  });

  it('puts the card above a target near the bottom', () => {
    const target = { x: 200, y: 700, width: 120, height: 40 };
    const at = placeCard(target, card, viewport);
    expect(at.y + card.height).toBeLessThan(target.y);
  });

  it('uses the side when neither above nor below has room', () => {
    const target = { x: 100, y: 100, width: 200, height: 600 };
    const at = placeCard(target, card, viewport);
    expect(overlaps({ ...at, ...card }, padBox(target))).toBe(false);
  });

  it('keeps clear of the open menu around the target when there is room beside it', () => {
    const menu = { x: 980, y: 70, width: 230, height: 340 };
    const target = { x: 980, y: 310, width: 230, height: 46 };
    const at = placeCard(target, card, viewport, menu);
    expect(overlaps({ ...at, ...card }, menu)).toBe(false);
    expect(overlaps({ ...at, ...card }, padBox(target))).toBe(false);
  });

  it('without a target, sits bottom left, clear of the header and the help widget', () => {
    const at = placeCard(null, card, viewport);
    expect(at.x).toBeLessThan(viewport.width / 2);
    expect(at.y + card.height).toBeGreaterThan(viewport.height / 2);
    expect(at.y + card.height).toBeLessThanOrEqual(viewport.height);
  });

  it('keeps the card on a small screen', () => {
    const small = { width: 390, height: 844 };
    const at = placeCard({ x: 300, y: 10, width: 80, height: 30 }, card, small);
    expect(at.x).toBeGreaterThanOrEqual(0);
    expect(at.x + card.width).toBeLessThanOrEqual(small.width);
  });
});

describe('isInView', () => {
  it('tells when a target must be scrolled into view', () => {
    expect(isInView({ x: 10, y: 10, width: 10, height: 10 }, viewport)).toBe(true);
    expect(isInView({ x: 10, y: 1200, width: 10, height: 10 }, viewport)).toBe(false);
  });
});

describe('placeCard keeps the way forward clear', () => {
  const actions = [
    { x: 480, y: 520, width: 220, height: 44 },
    { x: 712, y: 520, width: 120, height: 44 },
  ];

  it('never covers the controls beside the target (the final button and Cancel)', () => {
    const checkbox = { x: 480, y: 460, width: 600, height: 40 };
    const at = placeCard(checkbox, card, viewport, null, actions);
    expect(at.compact).toBe(false);
    for (const box of [padBox(checkbox), ...actions])
      expect(overlaps({ ...at, ...card }, box)).toBe(false);
  });

  it('docks compact to a corner that covers nothing when no clear place exists', () => {
    const small = { width: 600, height: 560 };
    const target = { x: 40, y: 200, width: 520, height: 40 };
    const everywhere = [
      { x: 0, y: 0, width: 600, height: 150 },
      { x: 0, y: 300, width: 600, height: 120 },
    ];
    const at = placeCard(target, { width: 320, height: 300 }, small, null, everywhere);
    expect(at.compact).toBe(true);
    for (const box of [padBox(target), ...everywhere])
      expect(overlaps({ ...at, ...COMPACT_CARD }, box)).toBe(false);
  });
});

describe('the compact card before a destructive step', () => {
  const warning = compactSize({ warning: true, words: false });
  // A small window, the final button on the right, the page's Cancel low on the left: the
  // compact card's usual corner (bottom left) is clear for its one line, not for the warning's.
  const small = { width: 400, height: 300 };
  const button = { x: 340, y: 100, width: 52, height: 100 };
  const cancel = { x: 8, y: 190, width: 112, height: 20 };
  const tall = { width: 320, height: 400 };

  it('keeps clear of the way forward at its taller size', () => {
    const at = placeCard(button, tall, small, null, [cancel], warning);
    expect(at.compact).toBe(true);
    for (const box of [padBox(button), cancel])
      expect(overlaps({ ...at, ...warning }, box)).toBe(false);
    expect(at.y + warning.height).toBeLessThanOrEqual(small.height);
    expect(at.tight).toBeUndefined();
  });

  it('takes the usual compact size rather than cover Cancel where only that is clear', () => {
    // 480x200: the button and Cancel side by side in the middle; room above them for one line.
    const low = { width: 480, height: 200 };
    const deleteButton = { x: 60, y: 96, width: 213, height: 48 };
    const cancelButton = { x: 287, y: 98, width: 110, height: 44 };
    const at = placeCard(deleteButton, tall, low, null, [cancelButton], warning);
    expect(at.tight).toBe(true);
    for (const box of [padBox(deleteButton), cancelButton])
      expect(overlaps({ ...at, ...COMPACT_CARD }, box)).toBe(false);
  });
});

describe('placeCard in a short window', () => {
  // 200 % zoom on a 1280x800 window, the deletion button scrolled to the middle, Cancel beside it:
  // the card, at most half the window tall, fits neither above nor below it whole.
  const short = { width: 625, height: 385 };
  const button = { x: 60, y: 171, width: 213, height: 44 };
  const cancel = { x: 285, y: 171, width: 110, height: 44 };
  const tall = { width: 320, height: 176 };

  it('shortens the card above or below the element rather than hiding its text', () => {
    const at = placeCard(button, tall, short, null, [cancel]);
    expect(at.compact).toBe(false);
    const height = at.height ?? tall.height;
    expect(height).toBeGreaterThanOrEqual(SHORTEST_CARD);
    expect(height).toBeLessThan(tall.height);
    const box = { x: at.x, y: at.y, width: tall.width, height };
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(short.height);
    for (const other of [padBox(button), cancel]) expect(overlaps(box, other)).toBe(false);
  });

  it('keeps the card whole where it fits whole', () => {
    expect(placeCard(button, tall, viewport, null, [cancel]).height).toBeUndefined();
    const small = placeCard(button, { width: 320, height: 120 }, short, null, [cancel]);
    expect(small.compact).toBe(false);
    expect(small.height).toBeUndefined();
  });
});

describe('the layout the overlay draws', () => {
  const at = (x: number) => ({ x, y: 10, width: 20, height: 30 });
  const element = (name: string) => ({ name }) as unknown as Element;
  const read = (boxes: Record<string, Box>) => (el: Element) =>
    boxes[(el as unknown as { name: string }).name] ?? { x: 0, y: 0, width: 0, height: 0 };

  it('sits the card beside the iframe that holds the element, and keeps clear of it', () => {
    const boxes = layoutBoxes(
      { target: null, obstacles: [], region: null, frame: element('frame'), alternatives: [] },
      read({ frame: at(5) }),
    );
    expect(boxes).toEqual({
      target: null,
      obstacles: [],
      avoid: at(5),
      anchor: at(5),
      alternatives: [],
    });
  });

  it("keeps clear of the target's own region before the iframe's, and drops controls with no area", () => {
    const boxes = layoutBoxes(
      {
        target: element('target'),
        obstacles: [element('button'), element('hidden')],
        region: element('menu'),
        frame: null,
        alternatives: [element('other')],
      },
      read({ target: at(1), button: at(2), menu: at(3), other: at(4) }),
    );
    expect(boxes).toEqual({
      target: at(1),
      obstacles: [at(2)],
      avoid: at(3),
      anchor: at(1),
      alternatives: [at(4)],
    });
  });

  it('is drawn again only when a box moved', () => {
    const drawn = {
      target: at(1),
      obstacles: [at(2)],
      avoid: null,
      anchor: at(1),
      alternatives: [],
    };
    expect(layoutChanged({ ...drawn, obstacles: [at(2)] }, drawn)).toBe(false);
    expect(layoutChanged({ ...drawn, target: at(9) }, drawn)).toBe(true);
    expect(layoutChanged({ ...drawn, obstacles: [] }, drawn)).toBe(true);
    expect(layoutChanged({ ...drawn, avoid: at(3) }, drawn)).toBe(true);
    expect(layoutChanged({ ...drawn, anchor: null }, drawn)).toBe(true);
    expect(layoutChanged({ ...drawn, alternatives: [at(4)] }, drawn)).toBe(true);
    expect(sameBox(null, null)).toBe(true);
    expect(sameBoxes([at(1)], [at(1), at(2)])).toBe(false);
  });
});

describe('placeCard with nothing to point at keeps the page clear', () => {
  const cardOf = (height: number) => ({ width: 320, height });
  /** Where the card lands, as the box it covers (the compact card's size when docked). */
  const landed = (at: ReturnType<typeof placeCard>, size: { width: number; height: number }) => ({
    ...at,
    ...(at.compact ? COMPACT_CARD : size),
  });

  it('rests bottom left when nothing is there', () => {
    const controls = [{ x: 600, y: 300, width: 120, height: 44 }];
    const at = placeCard(null, card, viewport, null, controls);
    expect(at).toEqual(placeCard(null, card, viewport));
  });

  it('moves off a control that sits where it would rest', () => {
    const size = cardOf(300);
    const resting = placeCard(null, size, viewport);
    const control = { x: resting.x + 40, y: resting.y + 100, width: 138, height: 26 };
    const at = placeCard(null, size, viewport, null, [control]);
    expect(overlaps(landed(at, size), control)).toBe(false);
  });

  // The sign-in form at 1024x640 behind a tall card (the "Deletion cannot be undone" reminder),
  // with the form's buttons where other fonts may put them: a few pixels either way.
  it('never covers the sign-in form, wherever other fonts put its buttons', () => {
    for (const size of [viewport, { width: 1024, height: 640 }, { width: 390, height: 844 }])
      for (let shift = -60; shift <= 60; shift += 4)
        for (const height of [180, 320, 420, 518, 560]) {
          const left = Math.max(8, size.width / 2 - 180 + shift);
          const form = [
            { x: left, y: 230, width: 356, height: 46 },
            { x: left, y: 290, width: 127, height: 44 },
            { x: left + 125, y: 386, width: 44, height: 44 },
            { x: left + 187, y: 386, width: 44, height: 44 },
            { x: left, y: 430, width: 138, height: 26 },
          ];
          const at = placeCard(null, cardOf(height), size, null, form);
          for (const control of form)
            expect(
              overlaps(landed(at, cardOf(height)), control),
              `${size.width} ${shift} ${height}`,
            ).toBe(false);
        }
  });

  it('docks compact to a clear corner when the whole card fits nowhere', () => {
    const small = { width: 600, height: 560 };
    const band = { x: 0, y: 200, width: 600, height: 160 };
    const at = placeCard(null, { width: 320, height: 420 }, small, null, [band]);
    expect(at.compact).toBe(true);
    expect(overlaps({ ...at, ...COMPACT_CARD }, band)).toBe(false);
  });

  it('docks compact beside a control when every corner is taken', () => {
    const small = { width: 600, height: 560 };
    const cornerControls = [
      { x: 0, y: 0, width: 260, height: 130 },
      { x: 340, y: 0, width: 260, height: 130 },
      { x: 0, y: 430, width: 260, height: 130 },
      { x: 340, y: 430, width: 260, height: 130 },
    ];
    const at = placeCard(null, { width: 320, height: 420 }, small, null, cornerControls);
    expect(at.compact).toBe(true);
    for (const control of cornerControls)
      expect(overlaps({ ...at, ...COMPACT_CARD }, control)).toBe(false);
  });
});
