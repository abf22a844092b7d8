import { expect } from 'vitest';
import { evaluateIn, waitInPage, type BrowserPage } from './in-page';

/**
 * The README's test contract, read from outside the page, the same in Chromium and in
 * Firefox: these helpers take either browser's page.
 */
export interface Marked {
  readonly count: number;
  readonly step: string | null;
  /** The replica's own note of which step the element belongs to (never read by AliExit). */
  readonly expected: string | null;
  /** The element under the highlight's centre is the target: the overlay does not block it. */
  readonly reachable: boolean;
  readonly overlays: number;
}

export async function readMarked(page: BrowserPage): Promise<Marked> {
  return evaluateIn(
    page,
    () => {
      const marked = [...document.querySelectorAll('[data-aliexit-target]')];
      const element = marked[0];
      let reachable = false;
      if (element) {
        const rect = element.getBoundingClientRect();
        const hit = document.elementFromPoint(
          rect.left + rect.width / 2,
          rect.top + rect.height / 2,
        );
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
    },
    undefined,
  );
}

/**
 * Waits until exactly one element carries data-aliexit-target="<step>", and checks it is the
 * element the replica says is right, and that a click on it would reach it.
 */
export async function expectHighlight(
  page: BrowserPage,
  step: string,
  replicaMark = step,
): Promise<void> {
  await waitInPage(
    page,
    (id) => {
      const marked = document.querySelectorAll('[data-aliexit-target]');
      return marked.length === 1 && marked[0]?.getAttribute('data-aliexit-target') === id;
    },
    step,
    { what: `the highlight on "${step}"` },
  );
  // Let a smooth scroll into view settle before reading positions.
  await waitInPage(
    page,
    () => {
      const element = document.querySelector('[data-aliexit-target]');
      if (!element) return false;
      const rect = element.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= window.innerHeight;
    },
    undefined,
    { what: `the "${step}" target to scroll into view` },
  );
  const marked = await readMarked(page);
  expect(marked).toMatchObject({ count: 1, step, overlays: 1, reachable: true });
  expect(marked.expected?.split(/\s+/)).toContain(replicaMark);
}

/** Waits until no element carries the highlight (the overlay may stay, as on the done page). */
export async function expectNoHighlight(page: BrowserPage): Promise<void> {
  await waitInPage(
    page,
    () => document.querySelectorAll('[data-aliexit-target]').length === 0,
    undefined,
    { what: 'the highlight to go' },
  );
}

/** The popup's checklist as { step id: status }. */
export async function readChecklist(popup: BrowserPage): Promise<Record<string, string>> {
  return evaluateIn(
    popup,
    () =>
      Object.fromEntries(
        [...document.querySelectorAll('[data-step-id]')].map((item) => [
          item.getAttribute('data-step-id'),
          item.getAttribute('data-status'),
        ]),
      ),
    undefined,
  );
}

/** Waits until the popup shows this step as the current one. */
export async function expectCurrentInPopup(popup: BrowserPage, step: string): Promise<void> {
  await waitInPage(
    popup,
    (id) => document.querySelector(`[data-step-id="${id}"][data-status="current"]`) !== null,
    step,
    { timeout: 10_000, what: `"${step}" as the popup's current step` },
  );
}

/** The checklist once the whole route is walked: every step done, "done" current. */
export const FINISHED_CHECKLIST = {
  'sign-in': 'done',
  account: 'done',
  settings: 'done',
  'delete-account': 'done',
  'delete-your-account': 'done',
  'verification-method': 'done',
  'verification-code': 'done',
  confirm: 'done',
  delete: 'done',
  done: 'current',
} as const;
