import { locateCorrected, type Slot } from '../corrections/lens';
import type { LabelSet } from '../labels/types';
import { locate, type Confidence } from '../locate/locate';
import type { PageSnapshot } from '../locate/snapshot';
import type { Signal } from '../locate/spec';
import { readPage, type PageReading } from '../pages';
import type { PageKind } from '../pages/kinds';
import { STRONG } from '../pages/detector';
import { currentIndex, currentStep, type Progress } from '../progress/state';
import { CLOSING_STEP, DELETING_STEP, ROUTE } from '../steps/route';
import { SIDE_GUIDES } from '../steps/side-guides';
import type { Guide, MessageKey, Placement, SideGuide, StepDef, StepId } from '../steps/types';

/** What the page shows for the route right now. */
export interface Decision {
  /** The page's kinds on evidence: its main kind, the kinds around it, what is proven. */
  readonly reading: PageReading;
  /** The main kind and the surrounding ones (reading.kinds). */
  readonly pages: ReadonlySet<PageKind>;
  /** The furthest step the page proves passed, when it is ahead of the user. */
  readonly reached?: StepDef;
  /**
   * Steps to complete, in route order: up to `reached`, each either proven by its own page
   * (done) or passed over on the way to it. Never a destructive step, never past one the user
   * has not done; never on a page that is not proven.
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
export function evaluate(
  snapshot: PageSnapshot,
  labels: LabelSet,
  progress: Progress,
  /** The step whose element the user pressed themselves (a trusted click or key) on this page. */
  pressed?: StepId,
): Decision {
  const reading = readPage(snapshot, labels);
  const pages = reading.kinds;
  const current = currentIndex(progress);
  const { reached, seen } = proven(
    withPress(reading, progress, current, pressed),
    progress,
    current,
  );
  return {
    reading,
    pages,
    ...(reached ? { reached } : {}),
    seen,
    unchecked: uncheckedSteps(snapshot, labels, pages, progress),
    pointer:
      sidePointer(snapshot, labels, reading) ??
      routePointer(snapshot, labels, reading, progress, current),
  };
}

/**
 * The user's own press on the current step's element is evidence of its own sort: the page that
 * follows it (Verify pressed, the confirmation in words no label knows) is proven by its main
 * kind's reading with one piece of evidence less than proof needs alone. Never past a
 * destructive step (proven() stops there), never for a page the reading does not place at all.
 */
function withPress(
  reading: PageReading,
  progress: Progress,
  current: number,
  pressed: StepId | undefined,
): PageReading {
  const main = reading.main;
  if (!pressed || ROUTE[current]?.id !== pressed || progress.outcomes[pressed] || !main) {
    return reading;
  }
  if (main.strong || main.strength < STRONG - 1) return reading;
  return { ...reading, strong: new Set([...reading.strong, main.kind]) };
}

/** The index of the first step at which a page of this kind is where it happens. */
function firstPlacedOn(kind: PageKind): number {
  return ROUTE.findIndex((step) => step.placements.some((placement) => placement.page === kind));
}

/**
 * The furthest step a proven page shows passed: a step whose completion page it is, or any
 * step before the first one that happens on it (a later page proves the earlier steps).
 */
function provenBy(kind: PageKind): number {
  const placed = firstPlacedOn(kind);
  const completes = ROUTE.findLastIndex(
    (step) => !step.destructive && step.completion.pages?.includes(kind),
  );
  return Math.max(placed - 1, completes);
}

/**
 * What the page proves, as steps to complete. Inference stops before the first destructive step
 * the user has not done: it and everything after it wait for the user's own click or word. The
 * closing step ("done") holds only once the user's own Delete Account was seen.
 */
function proven(
  reading: PageReading,
  progress: Progress,
  current: number,
): { reached?: StepDef; seen: StepDef[] } {
  const barrier = ROUTE.findIndex(
    (step, index) => index >= current && step.destructive === true && !progress.outcomes[step.id],
  );
  const limit = barrier === -1 ? ROUTE.length - 1 : barrier - 1;
  const furthest = Math.min(limit, Math.max(-1, ...[...reading.strong].map(provenBy)));
  const closing = ROUTE.indexOf(CLOSING_STEP);
  const deleted = DELETING_STEP ? progress.outcomes[DELETING_STEP.id] === 'done' : false;
  const deletedSeen = reading.strong.has('deleted') && deleted && barrier === -1;
  const reachedIndex = deletedSeen ? closing : furthest;
  const reached = ROUTE[reachedIndex];
  if (!reached || reachedIndex < current) return { seen: [] };
  const seen = ROUTE.slice(current, reachedIndex + 1).filter(
    (step, offset) =>
      !step.destructive &&
      (current + offset === reachedIndex ||
        step.completion.pages?.some((page) => reading.strong.has(page)) === true),
  );
  return { reached, seen };
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
      const phase = placementsOn(snapshot, labels, step, pages)[0]?.phases[0];
      const found = phase ? locate(snapshot, phase.find, labels) : null;
      return found !== null && !isChecked(found.element);
    })
    .map((step) => step.id);
}

function sidePointer(
  snapshot: PageSnapshot,
  labels: LabelSet,
  reading: PageReading,
): Pointer | undefined {
  for (const side of SIDE_GUIDES) {
    const placements = placementsOn(snapshot, labels, side, reading.kinds);
    if (placements.length === 0) continue;
    return { ...pointAt(snapshot, labels, side, placements), side, detour: false };
  }
  return undefined;
}

function routePointer(
  snapshot: PageSnapshot,
  labels: LabelSet,
  reading: PageReading,
  progress: Progress,
  current: number,
): Pointer {
  const step = currentStep(progress);
  const asking = askingPointer(reading, progress, step);
  if (asking) return asking;
  const here = placementsOn(snapshot, labels, step, reading.kinds);
  if (here.length > 0) {
    const pointer = { ...pointAt(snapshot, labels, step, here), detour: false };
    return step.closing && progress.outcomes[step.id] === 'done'
      ? { ...pointer, instruction: 'doneDo' }
      : pointer;
  }
  // Not on this step's page. Only from a page positively known (its main kind) does the guide
  // lead back to the latest earlier step that fits it; on a page it cannot place it stays on
  // the step, and says what to look for when the page carries the route's marks.
  if (!step.closing && reading.main && !reading.routeMarks) {
    for (const earlier of ROUTE.slice(0, current).reverse()) {
      const placements = placementsOn(snapshot, labels, earlier, reading.kinds).filter(
        (p) => p.phases.length > 0,
      );
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
    expected: reading.routeMarks,
  };
}

/**
 * A destructive step the user has not done, on a page that looks like it happened (a later
 * page of the route): the guide asks, in words, and never marks it for them.
 */
function askingPointer(reading: PageReading, progress: Progress, step: StepDef): Pointer | null {
  if (!step.destructive || !step.ask || progress.outcomes[step.id]) return null;
  const index = ROUTE.indexOf(step);
  const main = reading.main?.kind;
  if (!main || firstPlacedOn(main) <= index) return null;
  return {
    guide: step,
    detour: false,
    instruction: step.ask,
    element: null,
    alternatives: [],
    expected: false,
  };
}

/** The placements of the guide on these pages; those with a condition first, when it holds. */
function placementsOn(
  snapshot: PageSnapshot,
  labels: LabelSet,
  guide: Guide,
  pages: ReadonlySet<PageKind>,
): Placement[] {
  return guide.placements.filter(
    (placement) =>
      pages.has(placement.page) &&
      (!placement.when || locate(snapshot, placement.when, labels) !== null),
  );
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

/**
 * The element of the step just before this one on the same page (the checkbox above Delete
 * Account): a later step looks first in the section that holds it.
 */
function previousOnPage(
  snapshot: PageSnapshot,
  labels: LabelSet,
  guide: Guide,
  placement: Placement,
): Element | undefined {
  const index = ROUTE.findIndex((step) => step === guide);
  const previous = index > 0 ? ROUTE[index - 1] : undefined;
  const there = previous?.placements.find((p) => p.page === placement.page);
  const phase = there?.phases[there.phases.length - 1];
  return phase ? (locate(snapshot, phase.find, labels)?.element ?? undefined) : undefined;
}

function pointInPlacement(
  snapshot: PageSnapshot,
  labels: LabelSet,
  guide: Guide,
  placement: Placement,
): Omit<Pointer, 'detour'> {
  const expected = placement.phases.length > 0;
  let anchor = previousOnPage(snapshot, labels, guide, placement);
  for (const [index, phase] of placement.phases.entries()) {
    const slot: Slot = { guide: guide.id, page: placement.page, phase: index };
    const found = locateCorrected(snapshot, phase.find, labels, slot, anchor);
    const isLast = index === placement.phases.length - 1;
    if (found && phase.until === 'filled' && isFilled(found.element) && !isLast) {
      // A later phase looks first in the form or section that holds this one.
      anchor = found.element;
      continue;
    }
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
