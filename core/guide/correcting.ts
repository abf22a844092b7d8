import { attachLens, type Slot } from '../corrections/lens';
import { createCorrectionsSession } from '../corrections/session';
import type { LabelSet } from '../labels/types';
import type { PageSnapshot } from '../locate/snapshot';
import { ROUTE } from '../steps/route';
import type { Pointer } from './evaluate';
import type { Box } from './geometry';
import type { CorrectionCard } from './overlay-state';
import { startPickMode, type PickMode } from './pick-mode';

interface CorrectingOptions {
  readonly win: Window;
  /** Whether an event target is AliExit's own overlay. */
  readonly isOwn: (target: EventTarget | null) => boolean;
  /** The corrections or the pick changed: look at the page again. */
  readonly evaluate: () => void;
  /** The outline under the pointer moved: draw again, no new look needed. */
  readonly position: () => void;
  readonly boxOf: (element: Element) => Box;
}

/**
 * The user's corrections within one guide session (the controller's): the stored ones as a
 * lens for each evaluation, "Show me where it is" (pick mode) and "That's not it". Everything it
 * starts, `dispose()` ends.
 */
export function createCorrecting({ win, isOwn, evaluate, position, boxOf }: CorrectingOptions) {
  const corrections = createCorrectionsSession(win.document, evaluate);
  let pick: PickMode | null = null;
  let hover: Element | null = null;
  let pointer: { x: number; y: number } | null = null;
  let language = 'en';
  let labels: LabelSet | null = null;

  const stopPicking = () => {
    pick?.stop();
    pick = null;
    hover = null;
    pointer = null;
  };

  return {
    /** Hands one evaluation the user's corrections. */
    attach(snapshot: PageSnapshot, pageLabels: LabelSet, pageLanguage: string): void {
      labels = pageLabels;
      language = pageLanguage;
      attachLens(snapshot, corrections.lens(pageLabels));
    },

    /** What the card offers for this pointer and highlight. */
    card(shown: Pointer, element: Element | null): CorrectionCard | undefined {
      if (!shown.slot || shown.side?.kind === 'notice') return undefined;
      return {
        canShow: true,
        canReject: element !== null,
        picking: pick !== null,
        showed: element !== null && shown.found?.signals.includes('correction') === true,
        destructive: ROUTE.some((step) => step.id === shown.guide.id && step.destructive === true),
        hover: hover?.isConnected ? boxOf(hover) : null,
        pointer,
      };
    },

    /** "Show me where it is": pick mode for the slot, until a pick, Esc or Cancel. */
    showMe(slot: Slot | undefined): void {
      if (!slot || pick) return;
      pick = startPickMode({
        win,
        isOwn,
        onHover: (control, at) => {
          hover = control;
          pointer = at;
          position();
        },
        onPick: (control) => {
          stopPicking();
          if (labels) void corrections.correct('showed', slot, control, language, labels);
          evaluate();
        },
        onCancel: () => {
          stopPicking();
          evaluate();
        },
      });
      evaluate();
    },

    /** "That's not it": never offered again for the slot; the guide looks again without it. */
    notIt(slot: Slot | undefined, element: Element | null): void {
      if (!slot || !element || !labels) return;
      void corrections.correct('rejected', slot, element, language, labels);
      evaluate();
    },

    cancelPick(): void {
      if (!pick) return;
      stopPicking();
      evaluate();
    },

    dispose(): void {
      stopPicking();
      corrections.dispose();
    },
  };
}

export type Correcting = ReturnType<typeof createCorrecting>;
