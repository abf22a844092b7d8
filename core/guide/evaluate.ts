import { locateCorrected, type Slot } from '../corrections/lens';
import type { LabelSet } from '../labels/types';
import { locate, type Confidence } from '../locate/locate';
import type { PageSnapshot } from '../locate/snapshot';
import type { Signal } from '../locate/spec';
import { detectPages } from '../pages';
import type { PageKind } from '../pages/kinds';
import { currentIndex, currentStep, type Progress } from '../progress/state';
import { ROUTE } from '../steps/route';
import { SIDE_GUIDES } from '../steps/side-guides';
import type { Guide, MessageKey, Placement, SideGuide, StepDef, StepId } from '../steps/types';

/** What the page shows for the route right now. */
export interface Decision {
  readonly pages: ReadonlySet<PageKind>;
  /** The furthest step whose completion page is on screen, when it is ahead of the user. */
  readonly reached?: StepDef;
  /**
   * Every step from the user's current one up to `reached` whose own completion page is on
   * screen too (a signed-in header completes sign-in), in route order: done, not skipped.
   */
  readonly seen: readonly StepDef[];
  /** Done steps whose checkbox is on screen and no longer ticked: to be reopened. */
  readonly unchecked: readonly StepId[];
  readonly pointer: Pointer;
}

export interface Pointer {
  /** What is shown: the current step, an earlier one (a detour), or a page's side guide. */
  readonly guide: Guide;
  /** Set when the guide is a side guide (a notice or another way), not a step of the route. */
  readonly side?: SideGuide;
  readonly detour: boolean;
  readonly instruction: MessageKey;
  /** Null when the page has nothing for the guide, or the element is not (yet) found. */
  readonly element: Element | null;
  readonly confidence?: Confidence;
  /** How the element was found (for the tester view): its signals and score. */
  readonly found?: { readonly signals: readonly Signal[]; readonly score: number };
  /** The popover or header the element sits in: the card keeps clear of it where it can. */
  readonly region?: Element;
  /** Other ways to do the same, outlined beside the element (never marked as the target). */
  readonly alternatives: readonly Element[];
  /** A placement for the guide fits this page and has something to point at. */
  readonly expected: boolean;
  /** Which page kind and phase the element is looked for in: where a user's correction goes. */
  readonly slot?: Slot;
}

/** Looks at the page once: which pages it is, what it completes, what to point at. No writes. */
export function evaluate(snapshot: PageSnapshot, labels: LabelSet, progress: Progress): Decision {
  const pages = detectPages(snapshot, labels);
  const current = currentIndex(progress);
  const reachedIndex = furthestReached(pages);
  const reached = reachedIndex >= current ? ROUTE[reachedIndex] : undefined;
  return {
    pages,
    ...(reached ? { reached } : {}),
    seen: reached
      ? ROUTE.slice(current, reachedIndex + 1).filter((step) =>
          step.completion.pages?.some((page) => pages.has(page)),
        )
      : [],
    unchecked: uncheckedSteps(snapshot, labels, pages, progress),
    pointer:
      sidePointer(snapshot, labels, pages) ??
      routePointer(snapshot, labels, pages, current, currentStep(progress)),
  };
}

/**
 * A box ticked by the user and then unticked takes its step back. (Unticking is not progress,
 * so a page's own state may undo it; only a trusted tick completes it.)
 */
function uncheckedSteps(
  snapshot: PageSnapshot,
  labels: LabelSet,
  pages: ReadonlySet<PageKind>,
  progress: Progress,
): StepId[] {
  if (pages.has('deleted')) return [];
  return ROUTE.filter((step) => step.completion.checked && progress.outcomes[step.id] === 'done')
    .filter((step) => {
      const phase = placementsOn(step, pages)[0]?.phases[0];
      const found = phase ? locate(snapshot, phase.find, labels) : null;
      return found !== null && !isChecked(found.element);
    })
    .map((step) => step.id);
}

function furthestReached(pages: ReadonlySet<PageKind>): number {
  return ROUTE.findLastIndex((step) => step.completion.pages?.some((page) => pages.has(page)));
}

function sidePointer(
  snapshot: PageSnapshot,
  labels: LabelSet,
  pages: ReadonlySet<PageKind>,
): Pointer | undefined {
  for (const side of SIDE_GUIDES) {
    const placements = placementsOn(side, pages);
    if (placements.length === 0) continue;
    return { ...pointAt(snapshot, labels, side, placements), side, detour: false };
  }
  return undefined;
}

function routePointer(
  snapshot: PageSnapshot,
  labels: LabelSet,
  pages: ReadonlySet<PageKind>,
  current: number,
  step: StepDef,
): Pointer {
  const here = placementsOn(step, pages);
  if (here.length > 0) return { ...pointAt(snapshot, labels, step, here), detour: false };
  // Not on this step's page: the latest earlier step that fits this page leads back to the route.
  // The closing "done" step has nothing to lead back to.
  if (step.id !== 'done') {
    for (const earlier of ROUTE.slice(0, current).reverse()) {
      const placements = placementsOn(earlier, pages).filter((p) => p.phases.length > 0);
      if (placements.length === 0) continue;
      const found = pointAt(snapshot, labels, earlier, placements);
      if (found.element) return { ...found, detour: true };
    }
  }
  return {
    guide: step,
    detour: false,
    instruction: step.text.instruction,
    element: null,
    alternatives: [],
    expected: false,
  };
}

function placementsOn(guide: Guide, pages: ReadonlySet<PageKind>): Placement[] {
  return guide.placements.filter((placement) => pages.has(placement.page));
}

/** The first placement that finds its element wins; with none, the first one explains. */
function pointAt(
  snapshot: PageSnapshot,
  labels: LabelSet,
  guide: Guide,
  placements: readonly Placement[],
): Omit<Pointer, 'detour'> {
  let first: Omit<Pointer, 'detour'> | undefined;
  for (const placement of placements) {
    const found = pointInPlacement(snapshot, labels, guide, placement);
    if (found.element) return found;
    first ??= found;
  }
  return (
    first ?? {
      guide,
      instruction: guide.text.instruction,
      element: null,
      alternatives: [],
      expected: false,
    }
  );
}

function pointInPlacement(
  snapshot: PageSnapshot,
  labels: LabelSet,
  guide: Guide,
  placement: Placement,
): Omit<Pointer, 'detour'> {
  const expected = placement.phases.length > 0;
  for (const [index, phase] of placement.phases.entries()) {
    const slot: Slot = { guide: guide.id, page: placement.page, phase: index };
    const found = locateCorrected(snapshot, phase.find, labels, slot);
    const isLast = index === placement.phases.length - 1;
    if (found && phase.until === 'filled' && isFilled(found.element) && !isLast) continue;
    const alternatives = (phase.alternatives ?? [])
      .map((spec) => locate(snapshot, spec, labels)?.element)
      .filter((element): element is Element => element !== undefined && element !== found?.element);
    return {
      guide,
      instruction: phase.instruction ?? guide.text.instruction,
      element: found?.element ?? null,
      ...(found
        ? { confidence: found.confidence, found: { signals: found.signals, score: found.score } }
        : {}),
      ...(found?.region ? { region: found.region } : {}),
      alternatives,
      expected,
      slot,
    };
  }
  return { guide, instruction: guide.text.instruction, element: null, alternatives: [], expected };
}

/**
 * Whether every text box in the element has something typed in it. Only emptiness is read:
 * the code itself is never read, kept or compared.
 */
export function isFilled(element: Element): boolean {
  const boxes = element.matches('input, textarea')
    ? [element]
    : [...element.querySelectorAll('input, textarea')];
  return boxes.length > 0 && boxes.every((box) => (box as HTMLInputElement).value !== '');
}

/** Whether the checkbox in (or at) the element is ticked. */
export function isChecked(element: Element): boolean {
  const box = element.matches('input[type="checkbox"], [role="checkbox"]')
    ? element
    : element.querySelector('input[type="checkbox"], [role="checkbox"]');
  if (!box) return false;
  if (box.localName === 'input') return (box as HTMLInputElement).checked;
  return box.getAttribute('aria-checked') === 'true';
}
