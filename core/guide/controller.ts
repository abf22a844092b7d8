import { effect, signal, type Signal } from '@preact/signals';
import { labelsFor, pageLanguage } from '../labels';
import { PageSnapshot, type VisibilityCheck } from '../locate/snapshot';
import type { ProgressModel } from '../progress/model';
import { isFinished, reopen, type Progress } from '../progress/state';
import { updateProgress } from '../progress/storage';
import { ROUTE } from '../steps/route';
import type { StepDef } from '../steps/types';
import { evaluate, isChecked, type Decision } from './evaluate';
import { createFrameScheduler } from './frame-scheduler';
import { isInView, type Box } from './geometry';
import type { OverlayState } from './overlay-state';
import { createTargetMark } from './target-mark';
import { isRendered } from './visibility';

/** How long a late page may take to render the step's element before the card says so. */
export const SEARCH_GRACE_MS = 2500;

/** Mutations that can show, hide or replace a target. Our own attribute is not among them. */
const OBSERVED = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'disabled', 'open', 'aria-expanded'],
} satisfies MutationObserverInit;

export interface OverlayPort {
  mount(): void;
  remove(): void;
}

export interface GuideOptions {
  readonly win: Window;
  readonly model: ProgressModel;
  readonly overlay: OverlayPort;
  readonly isVisible?: VisibilityCheck;
}

/**
 * The content side of the guide. Idle (not started, or hidden) it holds no observer, no timer
 * and no listener on the page. Running, it watches the page, points at the next element and
 * turns the user's own trusted actions into progress. Returns the overlay state and a disposer.
 */
export function createGuide({ win, model, overlay, isVisible = isRendered }: GuideOptions) {
  const doc = win.document;
  const state: Signal<OverlayState | null> = signal(null);
  const mark = createTargetMark();
  let session: (() => void) | null = null;
  let scheduler: ReturnType<typeof createFrameScheduler> | null = null;

  const stopEffect = effect(() => {
    const { running, visible } = model.progress.value;
    const active = model.loaded.value && running && visible;
    if (active && !session) session = startSession();
    else if (!active && session) stopSession();
    else if (session) scheduler?.evaluate();
  });

  function stopSession() {
    session?.();
    session = null;
  }

  function startSession(): () => void {
    const listeners = new AbortController();
    const on = { capture: true, passive: true, signal: listeners.signal };
    let shown: { element: Element; step: StepDef; region?: Element } | null = null;
    let searchingSince: number | undefined;
    let searchTimer: ReturnType<typeof setTimeout> | undefined;
    let lastUrl = win.location.href;
    let pendingComplete: string | undefined;

    const complete = (step: StepDef) => {
      if (pendingComplete === step.id || model.progress.value.outcomes[step.id] === 'done') return;
      pendingComplete = step.id;
      void model.complete(step.id).finally(() => (pendingComplete = undefined));
    };

    const position = () => {
      const current = state.value;
      if (!current) return;
      if (shown && !shown.element.isConnected) return schedule.evaluate();
      const target = shown ? boxOf(shown.element) : null;
      const avoid = shown?.region ? boxOf(shown.region) : null;
      if (!sameBox(target, current.target) || !sameBox(avoid, current.avoid)) {
        state.value = { ...current, target, avoid };
      }
    };

    const runEvaluation = () => {
      const progress = model.progress.value;
      if (win.location.href !== lastUrl) {
        lastUrl = win.location.href;
        searchingSince = undefined;
      }
      const snapshot = new PageSnapshot(doc, new URL(win.location.href), isVisible);
      const labels = labelsFor(pageLanguage(doc));
      const decision = evaluate(snapshot, labels, progress);
      if (decision.reached) complete(decision.reached);
      for (const id of decision.unchecked) void updateProgress((p) => reopen(p, id));
      show(decision, progress);
    };

    const show = ({ pointer, pages }: Decision, progress: Progress) => {
      const finished = isFinished(progress);
      if (finished && !pages.has('deleted')) {
        // Finished: only the account-deleted page keeps its card; elsewhere the guide is quiet.
        mark.set(null, null);
        shown = null;
        state.value = null;
        return;
      }
      const element = pointer.element;
      const isNew = element !== shown?.element;
      shown = element
        ? { element, step: pointer.step, ...(pointer.region ? { region: pointer.region } : {}) }
        : null;
      mark.set(element, element ? pointer.step.id : null);

      if (element || !pointer.expected) {
        searchingSince = undefined;
        clearTimeout(searchTimer);
      } else if (searchingSince === undefined) {
        searchingSince = Date.now();
        searchTimer = setTimeout(() => schedule.evaluate(), SEARCH_GRACE_MS);
      }
      const searching =
        searchingSince !== undefined && Date.now() - searchingSince < SEARCH_GRACE_MS;
      const target = element ? boxOf(element) : null;
      if (element && target && isNew && !isInView(target, viewport())) {
        element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: scrollBehavior() });
      }
      const stepIndex = ROUTE.findIndex((s) => s.id === model.current.value.id);
      state.value = {
        step: model.current.value,
        stepNumber: Math.min(stepIndex + 1, model.total),
        total: model.total,
        ...(pointer.detour ? { detourTitle: pointer.step.text.title } : {}),
        instruction: pointer.instruction,
        target,
        avoid: element && pointer.region ? boxOf(pointer.region) : null,
        ...(pointer.confidence ? { confidence: pointer.confidence } : {}),
        searching,
        missing: pointer.expected && !element && !searching,
        finished,
      };
    };

    const schedule = createFrameScheduler(win, { evaluate: runEvaluation, position });
    scheduler = schedule;
    const observer = new MutationObserver(() => schedule.evaluate());
    observer.observe(doc.documentElement, OBSERVED);
    win.addEventListener('scroll', () => schedule.position(), on);
    win.addEventListener('resize', () => schedule.position(), on);
    win.addEventListener('popstate', () => schedule.evaluate(), on);
    win.addEventListener('hashchange', () => schedule.evaluate(), on);
    // Progress comes only from the user's own actions: synthetic events are ignored.
    doc.addEventListener(
      'click',
      (event) => {
        if (!event.isTrusted || !shown || !event.composedPath().includes(shown.element)) return;
        if (shown.step.completion.click) complete(shown.step);
        schedule.evaluate();
      },
      on,
    );
    doc.addEventListener(
      'change',
      (event) => {
        if (!event.isTrusted || !shown || !event.composedPath().includes(shown.element)) return;
        if (shown.step.completion.checked && isChecked(shown.element)) complete(shown.step);
        schedule.evaluate();
      },
      on,
    );
    overlay.mount();
    schedule.evaluate();

    return () => {
      observer.disconnect();
      listeners.abort();
      schedule.cancel();
      clearTimeout(searchTimer);
      scheduler = null;
      mark.set(null, null);
      state.value = null;
      overlay.remove();
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
    dispose(): void {
      stopEffect();
      stopSession();
    },
  };
}

function boxOf(element: Element): Box {
  const rect = element.getBoundingClientRect();
  return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
}

function sameBox(a: Box | null, b: Box | null): boolean {
  if (!a || !b) return a === b;
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
