import { effect, signal, type Signal } from '@preact/signals';
import { labelsFor, pageLanguage } from '../labels';
import type { LabelSet } from '../labels/types';
import { PageSnapshot, type VisibilityCheck } from '../locate/snapshot';
import type { ProgressModel } from '../progress/model';
import { isFinished, type Progress } from '../progress/state';
import { DEFAULT_ORIGIN, shopOriginOf } from '../site/hosts';
import { ROUTE } from '../steps/route';
import { SIDE_GUIDES } from '../steps/side-guides';
import { targets } from '../steps/targets';
import type { Guide, MessageKey, StepDef, StepId } from '../steps/types';
import { evaluate, isChecked, type Decision, type Pointer } from './evaluate';
import { createCorrecting } from './correcting';
import { createFollower, supportsAnchoring } from './follow';
import { createFrameScheduler } from './frame-scheduler';
import { isInView, type Box } from './geometry';
import { createMutationFilter } from './mutation-filter';
import type { OverlayState, SideCard } from './overlay-state';
import { watchPage } from './page-watch';
import { reminderFor } from './reminder';
import { createTargetMark } from './target-mark';
import { isRendered } from './visibility';
import { pageWayForward, wayForward } from './way-forward';

/** How long a late page may take to render the step's element before the card says so. */
export const SEARCH_GRACE_MS = 2500;
/**
 * After the user's own action (a click, a key), how long the whole page is watched even while a
 * step's element is shown: the page answers an action anywhere (a form revealed beside the
 * button, a view rendered late), not only around the element.
 */
const AFTER_ACTION_MS = 10_000;

/** Every target the route looks for: a mutation that brings none of them cannot matter. */
const mutationFilter = createMutationFilter(Object.values(targets));

export interface OverlayPort {
  mount(): void;
  remove(): void;
}

/**
 * How frames share one page. The top frame draws the card; a child frame (a code widget or a
 * login form in an iframe) draws only when it holds the element itself, and says so, so that
 * the top frame steps aside meanwhile.
 */
export interface FrameLink {
  readonly isTop: boolean;
  /** Child frames: tell the top frame which guide this frame highlights, and the instruction. */
  report?(guide: string | null, instruction: string | null): void;
  /** Top frame: what child frames highlight right now. */
  readonly children?: Signal<readonly ChildShowing[]>;
}

/** A child frame's report: it highlights `guide`'s element; the top frame shows the card. */
export interface ChildShowing {
  readonly guide: string;
  readonly instruction: string;
  readonly frameUrl: string;
}

/** Instruction keys a child frame may name: those of the step model, nothing else. */
const KNOWN_INSTRUCTIONS: ReadonlySet<string> = new Set(
  [...ROUTE, ...SIDE_GUIDES].flatMap((guide) => [
    guide.text.instruction,
    ...guide.placements.flatMap((placement) =>
      placement.phases.flatMap((phase) => (phase.instruction ? [phase.instruction] : [])),
    ),
  ]),
);

export interface GuideOptions {
  readonly win: Window;
  readonly model: ProgressModel;
  readonly overlay: OverlayPort;
  readonly frame?: FrameLink;
  readonly isVisible?: VisibilityCheck;
  /** False once this copy of the script is orphaned; its context then disposes the guide. */
  readonly isValid?: () => boolean;
}

interface Shown {
  readonly element: Element;
  /** The controls the card keeps clear of (wayForward), found once when the element is shown. */
  readonly obstacles: readonly Element[];
  readonly guide: Guide;
  readonly region?: Element;
  readonly alternatives: readonly Element[];
}

/**
 * The content side of the guide. Idle (not started, or hidden) it holds no observer, no timer
 * and no listener on the page. Running, it watches the page, points at the next element and
 * turns the user's own trusted actions into progress. Returns the overlay state and a disposer.
 */
export function createGuide({
  win,
  model,
  overlay,
  frame = { isTop: true },
  isVisible = isRendered,
  isValid = () => true,
}: GuideOptions) {
  const doc = win.document;
  const state: Signal<OverlayState | null> = signal(null);
  const mark = createTargetMark();
  let session: (() => void) | null = null;
  let scheduler: ReturnType<typeof createFrameScheduler> | null = null;
  /** The card's correction buttons, for the running session (none when idle). */
  let correctionActions: {
    showMe(): void;
    notIt(): void;
    cancelPick(): void;
    attach(snapshot: PageSnapshot, labels: LabelSet, language: string): void;
  } | null = null;

  const stopEffect = effect(() => {
    const { running, visible } = model.progress.value;
    const active = model.loaded.value && running && visible;
    if (active && !session) session = startSession();
    else if (!active && session) stopSession();
    else if (session) scheduler?.evaluate();
  });

  // A child frame's report changes what the top frame shows.
  const stopChildren = frame.children?.subscribe(() => scheduler?.evaluate());

  function stopSession() {
    session?.();
    session = null;
  }

  function startSession(): () => void {
    const listeners = new AbortController();
    const on = { capture: true, passive: true, signal: listeners.signal };
    let shown: Shown | null = null;
    /** Nothing shown: the page's controls the card that speaks in words keeps clear of. */
    let unpointed: readonly Element[] = [];
    let reported = '';
    /** Top frame: the iframe whose child frame holds the element; the card sits beside it. */
    let anchorFrame: Element | null = null;
    let labels = labelsFor(pageLanguage(doc, win.location.hostname));
    let mounted = false;
    let searchingSince: number | undefined;
    let searchTimer: ReturnType<typeof setTimeout> | undefined;
    let lastUrl = win.location.href;
    /** The step whose shown element the user pressed themselves: evidence for the next page. */
    let pressed: StepId | undefined;
    let pendingComplete: string | undefined;
    /** The last pointer shown: what "Show me" and "That's not it" are about. */
    let lastPointer: Pointer | null = null;
    const correcting = createCorrecting({
      win,
      isOwn: isOverlay,
      evaluate: () => schedule.evaluate(),
      position: () => schedule.position(),
      boxOf,
    });
    correctionActions = {
      showMe: () => correcting.showMe(lastPointer?.slot),
      notIt: () => correcting.notIt(lastPointer?.slot, shown?.element ?? null),
      cancelPick: () => correcting.cancelPick(),
      attach: (snapshot, pageLabels, language) => correcting.attach(snapshot, pageLabels, language),
    };
    let lastAction = -Infinity;
    let actionTimer: ReturnType<typeof setTimeout> | undefined;

    const complete = (step: StepDef) => {
      if (pendingComplete === step.id || model.progress.value.outcomes[step.id] === 'done') return;
      pendingComplete = step.id;
      void model.complete(step.id).finally(() => (pendingComplete = undefined));
    };

    const report = (guide: string | null, instruction: string | null = null) => {
      const key = `${guide}:${instruction}`;
      if (frame.isTop || key === reported) return;
      reported = key;
      frame.report?.(guide, instruction);
    };

    const setMounted = (wanted: boolean) => {
      if (wanted === mounted) return;
      mounted = wanted;
      if (wanted) overlay.mount();
      else overlay.remove();
    };

    const clear = () => {
      follower.follow(null, false);
      mark.set(null, null);
      shown = null;
      unpointed = [];
      anchorFrame = null;
      state.value = null;
      setMounted(false);
    };

    /**
     * The boxes the overlay draws, read from the layout in this one place: the highlighted
     * element, the region its card keeps clear of, what the card sits beside, the alternatives.
     */
    const layoutBoxes = () => {
      const target = shown ? boxOf(shown.element) : null;
      const region = shown?.region ?? anchorFrame;
      return {
        target,
        obstacles: (shown?.obstacles ?? unpointed)
          .map(boxOf)
          .filter((box) => box.width * box.height > 0),
        avoid: region ? boxOf(region) : null,
        anchor: anchorFrame ? boxOf(anchorFrame) : target,
        alternatives: shown?.alternatives.map(boxOf) ?? [],
      };
    };

    const position = () => {
      const current = state.value;
      if (!current) return;
      if (shown && !shown.element.isConnected) return schedule.evaluate();
      if (anchorFrame && !anchorFrame.isConnected) return schedule.evaluate();
      const boxes = layoutBoxes();
      const correction =
        current.correction && lastPointer
          ? correcting.card(lastPointer, shown?.element ?? null)
          : undefined;
      if (
        !sameBox(boxes.target, current.target) ||
        !sameBox(boxes.avoid, current.avoid) ||
        !sameBox(boxes.anchor, current.anchor) ||
        !sameBoxes(boxes.obstacles, current.obstacles) ||
        !sameBoxes(boxes.alternatives, current.alternatives) ||
        !sameBox(correction?.hover ?? null, current.correction?.hover ?? null) ||
        correction?.pointer !== current.correction?.pointer
      ) {
        state.value = { ...current, ...boxes, ...(correction ? { correction } : {}) };
      }
    };

    const runEvaluation = () => {
      if (!isValid()) return;
      const progress = model.progress.value;
      if (win.location.href !== lastUrl) {
        lastUrl = win.location.href;
        searchingSince = undefined;
        watchWhileAnswering();
      }
      const url = new URL(win.location.href);
      const snapshot = new PageSnapshot(doc, url, isVisible);
      const language = pageLanguage(doc, url.hostname);
      labels = labelsFor(language);
      correcting.attach(snapshot, labels, language);
      const decision = evaluate(snapshot, labels, progress, pressed);
      // What the evaluation rested on: changes elsewhere only move the highlight. While a step's
      // element is shown, found with confidence, only changes around it can change the answer.
      const settled = isSettled(decision.pointer) && Date.now() - lastAction > AFTER_ACTION_MS;
      pageWatch.around(snapshot.watched, !settled);
      // In route order, so that a step whose page is also on screen ends "done", not "skipped".
      for (const step of decision.seen) complete(step);
      for (const id of decision.unchecked) void model.reopen(id);
      show(decision, progress);
    };

    const show = ({ pointer, pages }: Decision, progress: Progress) => {
      if (isFinished(progress) && !pages.has('deleted') && !pointer.side) return clear();
      if (!frame.isTop && (!pointer.element || pointer.detour)) {
        // A child frame speaks only when it holds the element itself.
        report(null);
        return clear();
      }
      // A child frame holds the step's element: the top frame's own guesses (a way back through
      // the menu, "not found") would be wrong. It shows the card beside that iframe instead.
      const child =
        frame.isTop && (!pointer.element || pointer.detour) ? childShowing(pointer) : null;
      if (child) return showForChild(child, pointer, progress);
      anchorFrame = null;
      lastPointer = pointer;

      const element = pointer.element;
      const isNew = element !== shown?.element;
      shown = element
        ? {
            element,
            obstacles: isNew || !shown ? wayForward(element) : shown.obstacles,
            guide: pointer.guide,
            alternatives: pointer.alternatives,
            ...(pointer.region ? { region: pointer.region } : {}),
          }
        : null;
      unpointed = element ? [] : pageWayForward(doc, isVisible);
      mark.set(element, element ? pointer.guide.id : null);
      report(element ? pointer.guide.id : null, element ? pointer.instruction : null);

      if (element || !pointer.expected) {
        searchingSince = undefined;
        clearTimeout(searchTimer);
      } else if (searchingSince === undefined) {
        searchingSince = Date.now();
        searchTimer = setTimeout(() => schedule.evaluate(), SEARCH_GRACE_MS);
      }
      const searching =
        searchingSince !== undefined && Date.now() - searchingSince < SEARCH_GRACE_MS;
      // CSS draws the ring on the element itself when it can: scrolling then costs no script.
      const ringAnchored = element !== null && pointer.alternatives.length === 0 && anchoring;
      const boxes = layoutBoxes();
      const scrollTo =
        element !== null && boxes.target && isNew && !isInView(boxes.target, viewport());
      follower.follow(element, ringAnchored, Boolean(scrollTo));
      if (element && scrollTo) {
        element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: scrollBehavior() });
      }
      setMounted(true);
      const correction = frame.isTop ? correcting.card(pointer, element) : undefined;
      state.value = {
        ...cardBasics(pointer, progress),
        ...(correction ? { correction } : {}),
        ...(pointer.detour ? { detourTitle: pointer.guide.text.title } : {}),
        instruction: pointer.instruction,
        ...boxes,
        ringAnchored,
        // In a child frame the ring is drawn here, the card by the top frame (room to read it).
        cardHere: frame.isTop,
        ...(pointer.confidence ? { confidence: pointer.confidence } : {}),
        searching,
        missing: pointer.expected && !element && !searching,
      };
    };

    /** What every card says: where the user is on the route, and the page's own guidance. */
    const cardBasics = (pointer: Pointer, progress: Progress) => {
      const step = model.current.value;
      return {
        step,
        stepNumber: model.stepNumber.value,
        total: model.total,
        ...(pointer.side ? { side: sideCard(pointer, url()) } : {}),
        finished: isFinished(progress),
        ...reminderFor(step, progress),
      };
    };

    /** A child frame that highlights the current step (or this page's side guide). */
    const childShowing = (pointer: Pointer): ChildShowing | undefined =>
      frame.children?.value.find(
        (child) => child.guide === pointer.guide.id || child.guide === model.current.value.id,
      );

    const showForChild = (child: ChildShowing, pointer: Pointer, progress: Progress) => {
      mark.set(null, null);
      shown = null;
      unpointed = [];
      anchorFrame = frameElementFor(doc, child.frameUrl);
      follower.follow(anchorFrame, anchoring);
      setMounted(true);
      state.value = {
        ...cardBasics(pointer, progress),
        instruction: KNOWN_INSTRUCTIONS.has(child.instruction)
          ? (child.instruction as MessageKey)
          : model.current.value.text.instruction,
        ...layoutBoxes(),
        ringAnchored: false,
        searching: false,
        missing: false,
        cardHere: true,
      };
    };

    /**
     * After the user's own click or key on a custom checkbox, its state as ARIA says it once the
     * page's handler ran: our listener runs first (capture), so read after the task, and again
     * after the next frame for pages that render their state late. A native box has `change`.
     */
    const completeWhenTicked = (step: StepDef, element: Element) => {
      if (!isCustomCheckbox(element)) return;
      const read = () => {
        if (element.isConnected && isChecked(element)) complete(step);
      };
      setTimeout(() => {
        read();
        win.requestAnimationFrame(read);
      }, 0);
    };

    const url = () => new URL(win.location.href);

    const schedule = createFrameScheduler(win, { evaluate: runEvaluation, position });
    scheduler = schedule;
    const anchoring = supportsAnchoring(win);
    const follower = createFollower(win, () => schedule.position());
    const pageWatch = watchPage(doc, mutationFilter, {
      evaluate: () => schedule.evaluateSoon(),
      // The page moved things around the highlight: it follows, without a new evaluation
      // (drawn by CSS, the ring follows by itself; the card waits for a crossing or a resize).
      moved: () => {
        if (shown && !state.value?.ringAnchored) schedule.position();
      },
      get evaluationPending() {
        return schedule.evaluationPending;
      },
      get labels() {
        return labels;
      },
    });
    // The user acted, or a page just arrived (it may still be rendering: AliExpress's apps fill
    // #root late): watch the whole page until it has had time to answer, then look again (which
    // lets the whole page go, if the element is still all that matters).
    const watchWhileAnswering = () => {
      lastAction = Date.now();
      pageWatch.wholePage();
      clearTimeout(actionTimer);
      actionTimer = setTimeout(() => schedule.evaluate(), AFTER_ACTION_MS + 1);
    };
    const acted = (event: Event) => {
      if (event.isTrusted) watchWhileAnswering();
    };
    watchWhileAnswering();
    for (const type of ['pointerdown', 'keydown', 'input']) doc.addEventListener(type, acted, on);
    win.addEventListener('popstate', () => schedule.evaluate(), on);
    win.addEventListener('hashchange', () => schedule.evaluate(), on);
    win.addEventListener('pagehide', () => report(null), on);
    // Progress comes only from the user's own actions: synthetic events are ignored.
    doc.addEventListener(
      'click',
      (event) => {
        if (!event.isTrusted || !shown || !event.composedPath().includes(shown.element)) return;
        const step = asStep(shown.guide);
        if (step && movesOn(step, lastPointer)) pressed = step.id;
        if (step?.completion.click) complete(step);
        if (step?.completion.checked) completeWhenTicked(step, shown.element);
        schedule.evaluate();
      },
      on,
    );
    // A custom control fires no click for a key. Space or Enter on a role="button" presses it:
    // heard as the key goes down, before the page's own handler moves on (a native button's own
    // click is heard above; completing twice does nothing).
    doc.addEventListener(
      'keydown',
      (event) => {
        if (!event.isTrusted || !shown || !event.composedPath().includes(shown.element)) return;
        if (event.key !== ' ' && event.key !== 'Enter') return;
        const step = asStep(shown.guide);
        if (step && movesOn(step, lastPointer)) pressed = step.id;
        if (step?.completion.click) complete(step);
      },
      on,
    );
    // A custom checkbox (role="checkbox") fires no change: Space or Enter on it ticks it too.
    doc.addEventListener(
      'keyup',
      (event) => {
        if (!event.isTrusted || !shown || !event.composedPath().includes(shown.element)) return;
        if (event.key !== ' ' && event.key !== 'Enter') return;
        const step = asStep(shown.guide);
        if (step?.completion.checked) completeWhenTicked(step, shown.element);
      },
      on,
    );
    doc.addEventListener(
      'change',
      (event) => {
        if (!event.isTrusted || !shown || !event.composedPath().includes(shown.element)) return;
        const step = asStep(shown.guide);
        if (step?.completion.checked && isChecked(shown.element)) complete(step);
        schedule.evaluate();
      },
      on,
    );
    schedule.evaluate();

    return () => {
      correcting.dispose();
      correctionActions = null;
      pageWatch.disconnect();
      follower.stop();
      listeners.abort();
      schedule.cancel();
      clearTimeout(searchTimer);
      clearTimeout(actionTimer);
      scheduler = null;
      report(null);
      clear();
    };
  }

  function viewport() {
    return { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
  }

  function scrollBehavior(): ScrollBehavior {
    return win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  }

  return {
    state,
    /** The card's "Show me where it is", "That's not it" and pick mode's Cancel. */
    showMe: () => correctionActions?.showMe(),
    notIt: () => correctionActions?.notIt(),
    cancelPick: () => correctionActions?.cancelPick(),
    /** The tester view's look at the page sees the user's corrections too (while running). */
    attachCorrections: (snapshot: PageSnapshot, pageLabels: LabelSet, language: string) =>
      correctionActions?.attach(snapshot, pageLabels, language),
    dispose(): void {
      stopEffect();
      stopChildren?.();
      stopSession();
    },
  };
}

/**
 * The iframe showing `frameUrl` (same address, query aside), if this document has it. The page
 * writes the `src` attributes: one that does not parse matches nothing, and never throws.
 */
export function frameElementFor(doc: Document, frameUrl: string): Element | null {
  const wanted = withoutQuery(frameUrl);
  if (wanted === null) return null;
  for (const iframe of doc.querySelectorAll('iframe[src]')) {
    if (withoutQuery(iframe.getAttribute('src') ?? '', doc.baseURI) === wanted) return iframe;
  }
  return null;
}

function withoutQuery(href: string, base?: string): string | null {
  try {
    const url = new URL(href, base);
    return `${url.origin}${url.pathname}`;
  } catch {
    return null;
  }
}

/**
 * The route's own element, shown, found with confidence (no detour, no side guide, no other
 * ways): the answer changes only around what the evaluation rested on, or with the user's click.
 */
function isSettled(pointer: Pointer): boolean {
  return (
    pointer.element !== null &&
    pointer.confidence === 'high' &&
    !pointer.detour &&
    !pointer.side &&
    pointer.alternatives.length === 0
  );
}

/**
 * Whether the element shown is the step's last phase on its page (Verify, not the code boxes
 * before it): only a press there moves the user on, and so counts as evidence of the next page.
 */
function movesOn(step: StepDef, pointer: Pointer | null): boolean {
  const slot = pointer?.slot;
  if (!slot || slot.guide !== step.id) return false;
  const placement = step.placements.find((candidate) => candidate.page === slot.page);
  return placement !== undefined && slot.phase === placement.phases.length - 1;
}

/** A checkbox drawn by the page (role="checkbox", aria-checked), with no native box inside. */
function isCustomCheckbox(element: Element): boolean {
  if (element.querySelector('input[type="checkbox"]') || element.matches('input')) return false;
  return (
    element.matches('[role="checkbox"]') || element.querySelector('[role="checkbox"]') !== null
  );
}

function asStep(guide: Guide): StepDef | undefined {
  return ROUTE.find((step) => step === guide);
}

function sideCard(pointer: Pointer, url: URL): SideCard | undefined {
  const side = pointer.side;
  if (!side) return undefined;
  return {
    kind: side.kind,
    title: side.text.title,
    lookFor: side.text.lookFor,
    ...(side.link
      ? { link: { href: new URL(side.link.path, shopOrigin(url)).href, text: side.link.text } }
      : {}),
  };
}

/** Links back to the route go to the shop's own host (www or a language host), not accounts. */
function shopOrigin(url: URL): string {
  return shopOriginOf(url) ?? DEFAULT_ORIGIN;
}

/** AliExit's own overlay, as events from its shadow root reach the window. */
function isOverlay(target: EventTarget | null): boolean {
  const element = target as Element | null;
  return typeof element?.closest === 'function' && element.closest('aliexit-overlay') !== null;
}

function boxOf(element: Element): Box {
  const rect = element.getBoundingClientRect();
  return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
}

function sameBox(a: Box | null, b: Box | null): boolean {
  if (!a || !b) return a === b;
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

function sameBoxes(a: readonly Box[], b: readonly Box[]): boolean {
  return a.length === b.length && a.every((box, index) => sameBox(box, b[index] ?? null));
}
