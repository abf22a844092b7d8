import type { LabelSet } from '../labels/types';
import { locate, type Confidence } from '../locate/locate';
import type { PageSnapshot } from '../locate/snapshot';
import { detectPages } from '../pages';
import type { PageKind } from '../pages/kinds';
import { currentIndex, currentStep, type Progress } from '../progress/state';
import { ROUTE } from '../steps/route';
import type { MessageKey, Placement, StepDef, StepId } from '../steps/types';

/** What the page shows for the route right now. */
export interface Decision {
  readonly pages: ReadonlySet<PageKind>;
  /** The furthest step whose completion page is on screen, when it is ahead of the user. */
  readonly reached?: StepDef;
  /** Done steps whose checkbox is on screen and no longer ticked: to be reopened. */
  readonly unchecked: readonly StepId[];
  /** What to point at: the current step's element, or an earlier step's to get back on route. */
  readonly pointer: Pointer;
}

export interface Pointer {
  /** The step whose element is shown: the current one, or an earlier one (a detour). */
  readonly step: StepDef;
  readonly detour: boolean;
  readonly instruction: MessageKey;
  /** Null when the page has nothing for the step, or the element is not (yet) found. */
  readonly element: Element | null;
  readonly confidence?: Confidence;
  /** The popover or header the element sits in: the card keeps clear of it where it can. */
  readonly region?: Element;
  /** A placement for the step fits this page: the element should be here. */
  readonly expected: boolean;
}

/** Looks at the page once: which pages it is, what it completes, what to point at. No writes. */
export function evaluate(snapshot: PageSnapshot, labels: LabelSet, progress: Progress): Decision {
  const pages = detectPages(snapshot, labels);
  const current = currentIndex(progress);
  const reachedIndex = furthestReached(pages);
  const reached = reachedIndex >= current ? ROUTE[reachedIndex] : undefined;
  const step = currentStep(progress);
  return {
    pages,
    ...(reached ? { reached } : {}),
    unchecked: uncheckedSteps(snapshot, labels, pages, progress),
    pointer: pointerFor(snapshot, labels, pages, current, step),
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
      const phase = placementOn(step, pages)?.phases[0];
      const found = phase ? locate(snapshot, phase.find, labels) : null;
      return found !== null && !isChecked(found.element);
    })
    .map((step) => step.id);
}

function furthestReached(pages: ReadonlySet<PageKind>): number {
  return ROUTE.findLastIndex((step) => step.completion.pages?.some((page) => pages.has(page)));
}

function pointerFor(
  snapshot: PageSnapshot,
  labels: LabelSet,
  pages: ReadonlySet<PageKind>,
  current: number,
  step: StepDef,
): Pointer {
  const here = placementOn(step, pages);
  if (here) {
    const found = pointAt(snapshot, labels, step, here);
    return { ...found, detour: false, expected: here.phases.length > 0 };
  }
  // Not on this step's page: the latest earlier step that fits this page leads back to the route.
  // The closing "done" step has nothing to lead back to.
  if (step.id !== 'done') {
    for (const earlier of ROUTE.slice(0, current).reverse()) {
      const placement = placementOn(earlier, pages);
      if (placement && placement.phases.length > 0) {
        const found = pointAt(snapshot, labels, earlier, placement);
        if (found.element) return { ...found, detour: true, expected: true };
      }
    }
  }
  return {
    step,
    detour: false,
    instruction: step.text.instruction,
    element: null,
    expected: false,
  };
}

function placementOn(step: StepDef, pages: ReadonlySet<PageKind>): Placement | undefined {
  return step.placements.find((placement) => pages.has(placement.page));
}

function pointAt(
  snapshot: PageSnapshot,
  labels: LabelSet,
  step: StepDef,
  placement: Placement,
): Omit<Pointer, 'detour' | 'expected'> {
  for (const [index, phase] of placement.phases.entries()) {
    const found = locate(snapshot, phase.find, labels);
    const isLast = index === placement.phases.length - 1;
    if (found && phase.until === 'filled' && isFilled(found.element) && !isLast) continue;
    return {
      step,
      instruction: phase.instruction ?? step.text.instruction,
      element: found?.element ?? null,
      ...(found ? { confidence: found.confidence } : {}),
      ...(found?.region ? { region: found.region } : {}),
    };
  }
  return { step, instruction: step.text.instruction, element: null };
}

/**
 * Whether every text box in the element has something typed in it. Only emptiness is read:
 * the code itself is never read, kept or compared.
 */
export function isFilled(element: Element): boolean {
  const boxes = element.matches('input') ? [element] : [...element.querySelectorAll('input')];
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
