import { effect, signal, type Signal } from '@preact/signals';
import { labelsFor, pageLanguage } from '../labels';
import type { LabelSet } from '../labels/types';
import { PageSnapshot, type VisibilityCheck } from '../locate/snapshot';
import { TextIndex } from '../locate/text-index';
import type { ProgressModel } from '../progress/model';
import type { Progress } from '../progress/state';
import type { StepDef, StepId } from '../steps/types';
import { targets } from '../steps/targets';
import {
  besideChildCard,
  planCard,
  pointerCard,
  ringAnchoredFor,
  searchFor,
  SEARCH_GRACE_MS,
} from './card-state';
import { createReporter, frameElementFor, type FrameLink } from './child-frames';
import { anchorableFromOverlay } from './anchor-order';
import { createCorrecting } from './correcting';
import { evaluate, isChecked, type Decision, type Pointer } from './evaluate';
import { createFollower, supportsAnchoring } from './follow';
import { createFrameScheduler } from './frame-scheduler';
import {
  boxOf,
  isInView,
  layoutBoxes,
  layoutChanged,
  sameBox,
  type ShownElements,
} from './geometry';
import { createMutationFilter } from './mutation-filter';
import type { OverlayState } from './overlay-state';
import { AFTER_ACTION_MS, watchPage } from './page-watch';
import { createPartition } from './partition';
import { pressEffect, type Press } from './presses';
import { createTargetMark } from './target-mark';
import { isRendered } from './visibility';
import { pageWayForward, wayForward } from './way-forward';

/**
 * Every target the route looks for: a mutation that brings none of them cannot matter, and a
 * row of cards that holds none of their regions need not be heard inside.
 */
const partition = createPartition(Object.values(targets));
const mutationFilter = createMutationFilter(Object.values(targets), partition.isUnheard);

export interface OverlayPort {
  mount(): void;
  remove(): void;
}

export interface GuideOptions {
  readonly win: Window;
  readonly model: ProgressModel;
  readonly overlay: OverlayPort;
  readonly frame?: FrameLink;
  readonly isVisible?: VisibilityCheck;
  /** False once this copy of the script is orphaned; its context then disposes the guide. */
  readonly isValid?: () => boolean;
}

/** What this frame shows, as elements: the highlighted one, or the iframe the card sits beside. */
const NOTHING_SHOWN: ShownElements = {
  target: null,
  obstacles: [],
  region: null,
  frame: null,
  alternatives: [],
};

const PRESSES: readonly Press['type'][] = ['click', 'keydown', 'keyup', 'change'];

/**
 * The content side of the guide. Idle (not started, or hidden) it holds no observer, no timer
 * and no listener on the page. Running, it watches the page, points at the next element and
 * turns the user's own trusted actions into progress. Returns the overlay state and a disposer.
 * What the card says is card-state.ts; frames, child-frames.ts; boxes, geometry.ts; what a
 * press means, presses.ts: this file only wires them to the page, the timers and the storage.
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
    let shown: ShownElements = NOTHING_SHOWN;
    const report = createReporter(frame);
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
      notIt: () => correcting.notIt(lastPointer?.slot, shown.target),
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

    const setMounted = (wanted: boolean) => {
      if (wanted === mounted) return;
      mounted = wanted;
      if (wanted) overlay.mount();
      else overlay.remove();
    };

    const clear = () => {
      follower.follow(null, false);
      mark.set(null, null);
      shown = NOTHING_SHOWN;
      state.value = null;
      setMounted(false);
    };

    const position = () => {
      const current = state.value;
      if (!current) return;
      if (shown.target && !shown.target.isConnected) return schedule.evaluate();
      if (shown.frame && !shown.frame.isConnected) return schedule.evaluate();
      const boxes = layoutBoxes(shown);
      const correction =
        current.correction && lastPointer ? correcting.card(lastPointer, shown.target) : undefined;
      if (
        layoutChanged(boxes, current) ||
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
      // Every look is taken with the whole page heard, so that it fills the kept texts: the
      // look after a shown element left (a header taken away, then put back) finds them kept,
      // not empty (they are forgotten while only the element's surroundings are watched). A
      // settled look lets the page go again right after (around, below).
      pageWatch.wholePage();
      pageWatch.catchUp();
      const snapshot = new PageSnapshot(doc, url, isVisible, texts);
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
      show(decision, progress, url);
    };

    const show = ({ pointer, pages }: Decision, progress: Progress, url: URL) => {
      const plan = planCard(pointer, pages, progress, {
        isTop: frame.isTop,
        ...(frame.children ? { children: frame.children.value } : {}),
      });
      if (plan.show === 'nothing') {
        if (plan.silent) report(null);
        return clear();
      }
      if (plan.show === 'beside-child') {
        mark.set(null, null);
        shown = { ...NOTHING_SHOWN, frame: frameElementFor(doc, plan.child.frameUrl) };
        follower.follow(shown.frame, anchoring);
        setMounted(true);
        state.value = {
          ...besideChildCard(plan.child, pointer, progress, url),
          ...layoutBoxes(shown),
        };
        return;
      }
      lastPointer = pointer;
      const element = pointer.element;
      const isNew = element !== shown.target;
      shown = element
        ? {
            target: element,
            obstacles: isNew ? wayForward(element) : shown.obstacles,
            region: pointer.region ?? null,
            frame: null,
            alternatives: pointer.alternatives,
          }
        : // Nothing to point at: the card that speaks in words keeps clear of the page's controls.
          { ...NOTHING_SHOWN, obstacles: pageWayForward(doc, isVisible) };
      mark.set(element, element ? pointer.guide.id : null);
      report(element ? pointer.guide.id : null, element ? pointer.instruction : null);

      const search = searchFor(pointer, searchingSince, Date.now());
      if (search.since === undefined) clearTimeout(searchTimer);
      else if (searchingSince === undefined) {
        searchTimer = setTimeout(() => schedule.evaluate(), SEARCH_GRACE_MS);
      }
      searchingSince = search.since;
      // CSS anchors only to an element laid out before the overlay (a menu appended after it gets
      // the ring drawn by script).
      const ringAnchored =
        ringAnchoredFor(pointer, anchoring) && element !== null && anchorableFromOverlay(element);
      const boxes = layoutBoxes(shown);
      const scrollTo =
        element !== null && boxes.target && isNew && !isInView(boxes.target, viewport());
      follower.follow(element, ringAnchored, Boolean(scrollTo));
      if (element && scrollTo) {
        element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: scrollBehavior() });
      }
      setMounted(true);
      const correction = frame.isTop ? correcting.card(pointer, element) : undefined;
      state.value = {
        ...pointerCard({
          pointer,
          progress,
          url,
          search,
          isTop: frame.isTop,
          ringAnchored,
          correction,
        }),
        ...boxes,
      };
    };

    /**
     * After the user's own click or key on a custom checkbox, its state as ARIA says it once the
     * page's handler ran: our listener runs first (capture), so read after the task, and again
     * after the next frame for pages that render their state late. A native box has `change`.
     */
    const completeWhenTicked = (step: StepDef, element: Element) => {
      const read = () => {
        if (element.isConnected && isChecked(element)) complete(step);
      };
      setTimeout(() => {
        read();
        win.requestAnimationFrame(read);
      }, 0);
    };

    const schedule = createFrameScheduler(win, { evaluate: runEvaluation, position });
    scheduler = schedule;
    const anchoring = supportsAnchoring(win);
    /** The page's texts, re-read between looks only where the whole-page observer heard a change. */
    const texts = new TextIndex(partition.isUnheard);
    const follower = createFollower(win, () => schedule.position());
    const pageWatch = watchPage(doc, mutationFilter, partition, {
      evaluate: () => schedule.evaluateSoon(),
      // The page moved things around the highlight: it follows, without a new evaluation
      // (drawn by CSS, the ring follows by itself; the card waits for a crossing or a resize).
      moved: () => {
        if (shown.target && !state.value?.ringAnchored) schedule.position();
      },
      get evaluationPending() {
        return schedule.evaluationPending;
      },
      get labels() {
        return labels;
      },
      texts,
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
    // Progress comes only from the user's own actions on the shown element: synthetic events
    // are ignored.
    const pressedHere = (event: Event) => {
      // The highlighted element is always the last pointer's: its guide is the one pressed.
      const element = shown.target;
      if (!event.isTrusted || !element || !lastPointer) return;
      if (!event.composedPath().includes(element)) return;
      // A click has no key; a page's event is read, never its other fields.
      const key = (event as Partial<KeyboardEvent>).key;
      const type = event.type as Press['type'];
      const effect = pressEffect(
        { type, ...(key ? { key } : {}) },
        lastPointer.guide,
        lastPointer,
        element,
      );
      if (effect.pressed) pressed = effect.pressed;
      if (effect.complete) complete(effect.complete);
      if (effect.readTick) completeWhenTicked(effect.readTick, element);
      if (effect.evaluate) schedule.evaluate();
    };
    for (const type of PRESSES) doc.addEventListener(type, pressedHere, on);
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

/** AliExit's own overlay, as events from its shadow root reach the window. */
function isOverlay(target: EventTarget | null): boolean {
  const element = target as Element | null;
  return typeof element?.closest === 'function' && element.closest('aliexit-overlay') !== null;
}
