import { controlAt } from '../corrections/describe';

/**
 * "Show me where it is": while it lasts, the user points at the control the guide could not
 * find. The pointer's control is outlined (by the overlay, never by styling the page); a trusted
 * click picks it and never reaches the page: every pointer and mouse event of that gesture is
 * stopped at the window, before any of the page's own listeners below it. Tab walks the page's
 * controls (focus moves as usual, the outline follows it) and Enter or Space picks the focused
 * one, as the key comes up. Esc leaves. Events from AliExit's own overlay (the card's Cancel) pass untouched.
 *
 * Owned by the controller's session: `stop()` removes every listener; nothing stays behind.
 */
export interface PickModeOptions {
  readonly win: Window;
  /** Whether an event target is AliExit's own overlay (its host element or inside it). */
  readonly isOwn: (target: EventTarget | null) => boolean;
  /** The control under the pointer or focus changed (null: none). */
  readonly onHover: (control: Element | null, pointer: { x: number; y: number } | null) => void;
  readonly onPick: (control: Element) => void;
  readonly onCancel: () => void;
}

/** Every event of a click gesture: none of them may reach the page while picking. */
export const SWALLOWED_EVENTS = [
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
] as const;

const PICK_KEYS = new Set(['Enter', ' ']);

export function startPickMode({ win, isOwn, onHover, onPick, onCancel }: PickModeOptions) {
  const listeners = new AbortController();
  const on = { capture: true, signal: listeners.signal };
  const doc = win.document;
  /** The page's element an event is for (the innermost, across open shadow roots). */
  const pageTarget = (event: Event): Element | null => {
    if (isOwn(event.target)) return null;
    const first = event.composedPath()[0];
    return first && (first as Node).nodeType === 1 ? (first as Element) : null;
  };
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
    event.stopImmediatePropagation();
  };

  for (const type of SWALLOWED_EVENTS) {
    win.addEventListener(
      type,
      (event) => {
        // A page's own scripted events are the page's business; only the user's are stopped.
        if (!event.isTrusted) return;
        const target = pageTarget(event);
        if (!target) return;
        swallow(event);
        if (type === 'click' && (event as MouseEvent).button === 0) onPick(controlAt(target));
      },
      on,
    );
  }
  win.addEventListener(
    'pointermove',
    (event) => {
      const target = pageTarget(event);
      onHover(target ? controlAt(target) : null, { x: event.clientX, y: event.clientY });
    },
    { ...on, passive: true },
  );
  win.addEventListener(
    'focusin',
    (event) => {
      const target = pageTarget(event);
      if (target) onHover(controlAt(target), null);
    },
    { ...on, passive: true },
  );
  // A key acts as it comes up: its going down (and repeats) is swallowed, and its coming up too,
  // so that no part of the press reaches the page after pick mode ends (a site's role="button"
  // may act as Space or Enter comes up). A key that went down before pick mode (Enter on Show
  // me) is not a pick: only a press whose going down was swallowed here acts.
  let pressed: { readonly key: string; readonly act: () => void } | null = null;
  for (const type of ['keydown', 'keypress', 'keyup'] as const) {
    win.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted) return;
        if (type === 'keyup') {
          if (pressed?.key !== event.key) return;
          swallow(event);
          const { act } = pressed;
          pressed = null;
          act();
          return;
        }
        if (event.key === 'Escape') {
          swallow(event);
          if (type === 'keydown') pressed = { key: event.key, act: onCancel };
          return;
        }
        if (!PICK_KEYS.has(event.key)) return;
        const focused = doc.activeElement;
        // Enter on the card's own buttons is theirs; on the page it picks.
        if (!focused || focused === doc.body || isOwn(focused)) return;
        swallow(event);
        if (type === 'keydown') {
          const control = controlAt(focused);
          pressed = { key: event.key, act: () => onPick(control) };
        }
      },
      on,
    );
  }

  return {
    stop(): void {
      listeners.abort();
      onHover(null, null);
    },
  };
}

export type PickMode = ReturnType<typeof startPickMode>;
