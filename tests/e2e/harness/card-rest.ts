import { expect } from 'vitest';
import { evaluateIn, type BrowserPage } from './in-page';

type CardBox = readonly [number, number, number, number] | null;

function readCardBox(page: BrowserPage): Promise<CardBox> {
  return evaluateIn(
    page,
    () => {
      const card = document.querySelector('aliexit-overlay')?.shadowRoot?.querySelector('.card');
      const box = card?.getBoundingClientRect();
      return box ? ([box.left, box.top, box.width, box.height] as const) : null;
    },
    undefined,
  );
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The page scrolls itself a little (the highlighted element stays on screen), then rests: the
 * card is then where a fresh placement puts it for the page as it is now (a resize, which
 * re-places at once, moves it no more). The pauses are waits, not timings: the card re-places
 * 150 to 300 ms after the scroll stopped.
 */
export async function expectCardPlacedOnceScrollRests(page: BrowserPage, by = 40): Promise<void> {
  await evaluateIn(page, (dy) => window.scrollBy(0, dy), by);
  await pause(800);
  const rested = await readCardBox(page);
  await evaluateIn(page, () => window.dispatchEvent(new Event('resize')), undefined);
  await pause(300);
  expect(rested).not.toBeNull();
  expect(await readCardBox(page)).toEqual(rested);
}

/**
 * Waits until the window has not scrolled for a while (the guide's own scroll to the element has
 * ended), then for the card's re-placement after it: what stays on screen, not what showed on
 * the way. The pauses are waits, not timings.
 */
export async function untilScrollRests(page: BrowserPage): Promise<void> {
  let last = Number.NaN;
  for (let still = 0; still < 4;) {
    await pause(100);
    const now = await evaluateIn(page, () => window.scrollY, undefined);
    still = now === last ? still + 1 : 0;
    last = now;
  }
  await pause(400);
}
