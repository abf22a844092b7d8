import { afterEach, describe, expect, it } from 'vitest';
import { anchorableFromOverlay } from '../../core/guide/anchor-order';
import { OVERLAY_HOST } from '../../core/guide/target-mark';

describe('the ring is anchored by CSS only to an element laid out before the overlay', () => {
  afterEach(() => document.body.replaceChildren());

  it('anchors to the page, not to a menu the page appended after the overlay', () => {
    const item = document.createElement('a');
    document.body.append(item);
    const overlay = document.createElement(OVERLAY_HOST);
    document.body.append(overlay);
    const popover = document.createElement('div');
    const settings = document.createElement('a');
    popover.append(settings);
    // The account menu: appended to <body> on hover, after the overlay.
    document.body.append(popover);
    expect(anchorableFromOverlay(item)).toBe(true);
    expect(anchorableFromOverlay(settings)).toBe(false);
  });

  it('anchors when no overlay is there yet (it will be appended last)', () => {
    const item = document.createElement('a');
    document.body.append(item);
    expect(anchorableFromOverlay(item)).toBe(true);
  });
});
