import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What the page shows of the guide: the deletion-flow.md test contract, read from outside. */
export interface Marked {
  readonly count: number;
  readonly step: string | null;
  /** The replica's own note of which step the element belongs to (never read by AliExit). */
  readonly expected: string | null;
  /** The element under the highlight's centre is the target: the overlay does not block it. */
  readonly reachable: boolean;
  readonly overlays: number;
}

export async function readMarked(page: Page): Promise<Marked> {
  return page.evaluate(() => {
    const marked = [...document.querySelectorAll('[data-aliexit-target]')];
    const element = marked[0];
    let reachable = false;
    if (element) {
      const rect = element.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      reachable =
        hit !== null && (element === hit || element.contains(hit) || hit.contains(element));
    }
    return {
      count: marked.length,
      step: element?.getAttribute('data-aliexit-target') ?? null,
      expected: element?.getAttribute('data-replica-target') ?? null,
      reachable,
      overlays: document.querySelectorAll('aliexit-overlay').length,
    };
  });
}

/**
 * Waits until exactly one element carries data-aliexit-target="<step>", and checks it is the
 * element the replica says is right, and that a click on it would reach it.
 */
export async function expectHighlight(page: Page, step: string, replicaMark = step): Promise<void> {
  await page.waitForFunction(
    (id) => {
      const marked = document.querySelectorAll('[data-aliexit-target]');
      return marked.length === 1 && marked[0]?.getAttribute('data-aliexit-target') === id;
    },
    step,
    { timeout: 15_000 },
  );
  // Let a smooth scroll into view settle before reading positions.
  await page.waitForFunction(() => {
    const element = document.querySelector('[data-aliexit-target]');
    if (!element) return false;
    const rect = element.getBoundingClientRect();
    return rect.top >= 0 && rect.bottom <= window.innerHeight;
  });
  const marked = await readMarked(page);
  expect(marked).toMatchObject({ count: 1, step, overlays: 1, reachable: true });
  expect(marked.expected?.split(/\s+/)).toContain(replicaMark);
}

/** The popup's checklist as { step id: status }. */
export async function readChecklist(popup: Page): Promise<Record<string, string>> {
  return popup.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-step-id]')].map((item) => [
        item.getAttribute('data-step-id'),
        item.getAttribute('data-status'),
      ]),
    ),
  );
}

/** Waits until the popup shows this step as the current one. */
export async function expectCurrentInPopup(popup: Page, step: string): Promise<void> {
  await popup.waitForSelector(`[data-step-id="${step}"][data-status="current"]`, {
    timeout: 10_000,
  });
}
