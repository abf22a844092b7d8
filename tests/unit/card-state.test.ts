import { describe, expect, it } from 'vitest';
import {
  besideChildCard,
  planCard,
  pointerCard,
  ringAnchoredFor,
  routeWords,
  searchFor,
  SEARCH_GRACE_MS,
} from '../../core/guide/card-state';
import type { Pointer } from '../../core/guide/evaluate';
import type { PageKind } from '../../core/pages/kinds';
import {
  ACTIONABLE_STEPS,
  INITIAL_PROGRESS,
  complete,
  currentStep,
  start,
  type Progress,
} from '../../core/progress/state';
import { ROUTE } from '../../core/steps/route';
import { SIDE_GUIDES } from '../../core/steps/side-guides';
import type { StepDef } from '../../core/steps/types';

// Plain values only: the card's state is computed without a layout, timers or frames.
const element = {} as Element;
const running = start(INITIAL_PROGRESS);
const accounts = new URL('https://accounts.aliexpress.com/verify');

function stepAt(index: number): StepDef {
  const step = ROUTE[index];
  if (!step) throw new Error(`no step ${index}`);
  return step;
}

/** Progress with every step before `index` done: the user is on step `index`. */
function at(index: number): Progress {
  return ROUTE.slice(0, index).reduce((p, step) => complete(p, step.id), running);
}

const finished = at(ROUTE.length);
const lastIndex = ROUTE.length - 1;
const destructiveIndex = ROUTE.findIndex((step) => step.destructive === true);

function pointer(guide: StepDef, extra: Partial<Pointer> = {}): Pointer {
  return {
    guide,
    detour: false,
    instruction: guide.text.instruction,
    element,
    alternatives: [],
    expected: true,
    ...extra,
  };
}

const pages = (...kinds: PageKind[]): ReadonlySet<PageKind> => new Set(kinds);
const top = { isTop: true };
const child = { isTop: false };

describe('whether the card shows, and in which frame', () => {
  it('shows nothing once the route is proven over, except on the deleted page itself', () => {
    const closing = pointer(stepAt(lastIndex));
    expect(planCard(closing, pages('header'), finished, top)).toEqual({
      show: 'nothing',
      silent: false,
    });
    expect(planCard(closing, pages('deleted'), finished, top)).toEqual({ show: 'pointer' });
  });

  it('lets a child frame speak only for an element it holds itself', () => {
    const step = stepAt(1);
    expect(planCard(pointer(step), pages(), at(1), child)).toEqual({ show: 'pointer' });
    for (const other of [{ element: null }, { detour: true }]) {
      expect(planCard(pointer(step, other), pages(), at(1), child)).toEqual({
        show: 'nothing',
        silent: true,
      });
    }
  });

  it('sits beside the iframe whose child frame holds the current step, instead of guessing', () => {
    const index = ROUTE.findIndex((step) => step.id === 'verification-code');
    const step = stepAt(index);
    const holding = { guide: step.id, instruction: 'verificationCodeDo', frameUrl: 'https://x/' };
    const elsewhere = { ...holding, guide: stepAt(0).id };
    const missing = pointer(step, { element: null });
    expect(planCard(missing, pages(), at(index), { isTop: true, children: [holding] })).toEqual({
      show: 'beside-child',
      child: holding,
    });
    expect(planCard(missing, pages(), at(index), { isTop: true, children: [elsewhere] })).toEqual({
      show: 'pointer',
    });
    // The top frame's own element wins over a child's report.
    expect(
      planCard(pointer(step), pages(), at(index), { isTop: true, children: [holding] }),
    ).toEqual({ show: 'pointer' });
  });
});

describe('the wait for a late element', () => {
  const missing = pointer(stepAt(2), { element: null });

  it('searches from the first look that missed it, then says it was not found', () => {
    const first = searchFor(missing, undefined, 1000);
    expect(first).toEqual({ since: 1000, searching: true, missing: false });
    expect(searchFor(missing, first.since, 1000 + SEARCH_GRACE_MS - 1).searching).toBe(true);
    expect(searchFor(missing, first.since, 1000 + SEARCH_GRACE_MS)).toEqual({
      since: 1000,
      searching: false,
      missing: true,
    });
  });

  it('does not wait for an element found, or one that does not belong on this page', () => {
    const none = { since: undefined, searching: false, missing: false };
    expect(searchFor(pointer(stepAt(2)), 1000, 99_999)).toEqual(none);
    expect(searchFor({ ...missing, expected: false }, 1000, 99_999)).toEqual(none);
  });
});

describe('what the card says', () => {
  it('counts the step from the model, the closing step as the last of the steps to act on', () => {
    for (const [index, step] of ROUTE.entries()) {
      const words = routeWords(pointer(step), at(index), accounts);
      expect(words.step).toBe(currentStep(at(index)));
      expect(words.stepNumber).toBe(Math.min(index + 1, ACTIONABLE_STEPS));
      expect(words.total).toBe(ACTIONABLE_STEPS);
    }
  });

  it('recalls "before you delete" before a destructive step only', () => {
    expect(destructiveIndex).toBeGreaterThan(0);
    const before = stepAt(destructiveIndex);
    expect(routeWords(pointer(before), at(destructiveIndex), accounts).reminder).toBeDefined();
    expect(routeWords(pointer(stepAt(0)), at(0), accounts).reminder).toBeUndefined();
  });

  it("links a side guide back to the shop's own host, never the accounts host", () => {
    const side = SIDE_GUIDES.find((guide) => guide.link);
    if (!side?.link) throw new Error('a side guide with a link');
    const words = routeWords({ ...pointer(stepAt(0)), guide: side, side }, at(0), accounts);
    expect(new URL(words.side?.link?.href ?? '').hostname).toBe('www.aliexpress.com');
    expect(new URL(words.side?.link?.href ?? '').pathname).toBe(side.link.path);
  });

  it('names the earlier step of a detour, and leaves the card to the top frame in a child', () => {
    const search = searchFor(pointer(stepAt(0)), undefined, 0);
    const base = { progress: at(2), url: accounts, search, ringAnchored: true };
    const detour = pointerCard({
      ...base,
      pointer: pointer(stepAt(1), { detour: true }),
      isTop: false,
    });
    expect(detour.detourTitle).toBe(stepAt(1).text.title);
    expect(detour.cardHere).toBe(false);
    const own = pointerCard({ ...base, pointer: pointer(stepAt(2)), isTop: true });
    expect(own.detourTitle).toBeUndefined();
    expect(own.cardHere).toBe(true);
  });

  it("shows a child frame's instruction only when the step model has it", () => {
    const index = ROUTE.findIndex((step) => step.id === 'verification-code');
    const step = stepAt(index);
    const known = step.placements[0]?.phases[1]?.instruction;
    if (!known) throw new Error('a phase with its own instruction');
    const report = { guide: step.id, instruction: known, frameUrl: 'https://x/' };
    const missing = pointer(step, { element: null });
    expect(besideChildCard(report, missing, at(index), accounts).instruction).toBe(known);
    const forged = { ...report, instruction: '<img src=x onerror=alert(1)>' };
    expect(besideChildCard(forged, missing, at(index), accounts).instruction).toBe(
      step.text.instruction,
    );
  });
});

describe('the ring drawn by CSS', () => {
  it('only for one element with no other ways beside it, where the browser anchors', () => {
    const step = stepAt(0);
    expect(ringAnchoredFor(pointer(step), true)).toBe(true);
    expect(ringAnchoredFor(pointer(step), false)).toBe(false);
    expect(ringAnchoredFor(pointer(step, { alternatives: [element] }), true)).toBe(false);
    expect(ringAnchoredFor(pointer(step, { element: null }), true)).toBe(false);
  });
});
