import { effect, signal, type Signal } from '@preact/signals';
import { labelsFor, pageLanguage } from '../labels';
import { PageSnapshot, type VisibilityCheck } from '../locate/snapshot';
import type { ProgressModel } from '../progress/model';
import { isFinished, reopen, type Progress } from '../progress/state';
import { updateProgress } from '../progress/storage';
import { ROUTE } from '../steps/route';
import { targets } from '../steps/targets';
import type { Guide, StepDef } from '../steps/types';
import { evaluate, isChecked, type Decision, type Pointer } from './evaluate';
import { createFrameScheduler } from './frame-scheduler';
import { isInView, type Box } from './geometry';
import { attributeScope, createMutationFilter } from './mutation-filter';
import type { OverlayState, SideCard } from './overlay-state';
import { reminderFor } from './reminder';
import { createTargetMark } from './target-mark';
import { isRendered } from './visibility';

/** How long a late page may take to render the step's element before the card says so. */
export const SEARCH_GRACE_MS = 2500;

/** Elements and texts coming and going anywhere: a target may appear anywhere. */
const TREE = { childList: true, subtree: true, characterData: true } satisfies MutationObserverInit;
/**
 * Attributes that can show, hide or change a target, watched only around what the last
 * evaluation rested on. Our own attribute is not among them.
 */
const ATTRIBUTES = {
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'disabled', 'open', 'aria-expanded'],
} satisfies MutationObserverInit;

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
  /** Child frames: tell the top frame which guide this frame highlights (null: none). */
  report?(guide: string | null): void;
  /** Top frame: the guides child frames highlight right now. */
  readonly childGuides?: Signal<ReadonlySet<string>>;
}

export interface GuideOptions {
  readonly win: Window;
  readonly model: ProgressModel;
  readonly overlay: OverlayPort;
  readonly frame?: FrameLink;
  readonly isVisible?: VisibilityCheck;
}

interface Shown {
  readonly element: Element;
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
}: GuideOptions) {
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

  // A child frame's report changes what the top frame shows.
  const stopChildren = frame.childGuides?.subscribe(() => scheduler?.evaluate());

  function stopSession() {
    session?.();
    session = null;
  }

  function startSession(): () => void {
    const listeners = new AbortController();
    const on = { capture: true, passive: true, signal: listeners.signal };
    let shown: Shown | null = null;
    /** What the last evaluation rested on: changes elsewhere only move the highlight. */
    let watched: ReadonlySet<Element> = new Set();
    let labels = labelsFor(pageLanguage(doc, win.location.hostname));
    let reported: string | null = null;
    let mounted = false;
    let searchingSince: number | undefined;
    let searchTimer: ReturnType<typeof setTimeout> | undefined;
    let lastUrl = win.location.href;
    let pendingComplete: string | undefined;

    const complete = (step: StepDef) => {
      if (pendingComplete === step.id || model.progress.value.outcomes[step.id] === 'done') return;
      pendingComplete = step.id;
      void model.complete(step.id).finally(() => (pendingComplete = undefined));
    };

    const report = (guide: string | null) => {
      if (frame.isTop || guide === reported) return;
      reported = guide;
      frame.report?.(guide);
    };

    const setMounted = (wanted: boolean) => {
      if (wanted === mounted) return;
      mounted = wanted;
      if (wanted) overlay.mount();
      else overlay.remove();
    };

    const clear = () => {
      mark.set(null, null);
      shown = null;
      state.value = null;
      setMounted(false);
    };

    const position = () => {
      const current = state.value;
      if (!current) return;
      if (shown && !shown.element.isConnected) return schedule.evaluate();
      const target = shown ? boxOf(shown.element) : null;
      const avoid = shown?.region ? boxOf(shown.region) : null;
      const alternatives = shown?.alternatives.map(boxOf) ?? [];
      if (
        !sameBox(target, current.target) ||
        !sameBox(avoid, current.avoid) ||
        !sameBoxes(alternatives, current.alternatives)
      ) {
        state.value = { ...current, target, avoid, alternatives };
      }
    };

    const runEvaluation = () => {
      const progress = model.progress.value;
      if (win.location.href !== lastUrl) {
        lastUrl = win.location.href;
        searchingSince = undefined;
      }
      const url = new URL(win.location.href);
      const snapshot = new PageSnapshot(doc, url, isVisible);
      labels = labelsFor(pageLanguage(doc, url.hostname));
      const decision = evaluate(snapshot, labels, progress);
      watched = snapshot.watched;
      attributeObserver.disconnect();
      for (const [element, subtree] of attributeScope(watched)) {
        attributeObserver.observe(element, { ...ATTRIBUTES, subtree });
      }
      if (decision.reached) complete(decision.reached);
      for (const id of decision.unchecked) void updateProgress((p) => reopen(p, id));
      show(decision, progress);
    };

    const show = ({ pointer, pages }: Decision, progress: Progress) => {
      const finished = isFinished(progress);
      if (finished && !pages.has('deleted') && !pointer.side) return clear();
      if (!frame.isTop && (!pointer.element || pointer.detour)) {
        // A child frame speaks only when it holds the element itself.
        report(null);
        return clear();
      }
      // A child frame holds the step's element: the top frame's own guesses (a way back through
      // the menu, "not found") would be wrong, so it steps aside.
      if (frame.isTop && (!pointer.element || pointer.detour) && someChildShows(pointer)) {
        return clear();
      }

      const element = pointer.element;
      const isNew = element !== shown?.element;
      shown = element
        ? {
            element,
            guide: pointer.guide,
            alternatives: pointer.alternatives,
            ...(pointer.region ? { region: pointer.region } : {}),
          }
        : null;
      mark.set(element, element ? pointer.guide.id : null);
      report(element ? pointer.guide.id : null);

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
      const step = model.current.value;
      setMounted(true);
      state.value = {
        step,
        stepNumber: Math.min(ROUTE.indexOf(step) + 1, model.total),
        total: model.total,
        ...(pointer.side ? { side: sideCard(pointer, url()) } : {}),
        ...(pointer.detour ? { detourTitle: pointer.guide.text.title } : {}),
        instruction: pointer.instruction,
        target,
        avoid: element && pointer.region ? boxOf(pointer.region) : null,
        alternatives: element ? pointer.alternatives.map(boxOf) : [],
        ...(pointer.confidence ? { confidence: pointer.confidence } : {}),
        searching,
        missing: pointer.expected && !element && !searching,
        finished,
        ...reminderFor(step, progress),
      };
    };

    /** The current step (or side guide) is already highlighted inside a child frame. */
    const someChildShows = (pointer: Pointer) => {
      const guides = frame.childGuides?.value;
      if (!guides || guides.size === 0) return false;
      return guides.has(pointer.guide.id) || guides.has(model.current.value.id);
    };

    const url = () => new URL(win.location.href);

    const schedule = createFrameScheduler(win, { evaluate: runEvaluation, position });
    scheduler = schedule;
    const onRecords = (records: MutationRecord[]) => {
      if (schedule.evaluationPending) return;
      if (mutationFilter.mayMatter(records, watched, labels)) {
        schedule.evaluate();
      } else if (shown) {
        // The page moved things around the highlight: it follows, without a new evaluation.
        schedule.position();
      }
    };
    const treeObserver = new MutationObserver(onRecords);
    treeObserver.observe(doc.documentElement, TREE);
    const attributeObserver = new MutationObserver(onRecords);
    win.addEventListener('scroll', () => schedule.position(), on);
    win.addEventListener('resize', () => schedule.position(), on);
    win.addEventListener('popstate', () => schedule.evaluate(), on);
    win.addEventListener('hashchange', () => schedule.evaluate(), on);
    win.addEventListener('pagehide', () => report(null), on);
    // Progress comes only from the user's own actions: synthetic events are ignored.
    doc.addEventListener(
      'click',
      (event) => {
        if (!event.isTrusted || !shown || !event.composedPath().includes(shown.element)) return;
        const step = asStep(shown.guide);
        if (step?.completion.click) complete(step);
        schedule.evaluate();
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
      treeObserver.disconnect();
      attributeObserver.disconnect();
      listeners.abort();
      schedule.cancel();
      clearTimeout(searchTimer);
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
    dispose(): void {
      stopEffect();
      stopChildren?.();
      stopSession();
    },
  };
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
  return /^(accounts|login|passport|privacy)\./.test(url.hostname)
    ? `${url.protocol}//www.${url.hostname.split('.').slice(1).join('.')}`
    : url.origin;
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
