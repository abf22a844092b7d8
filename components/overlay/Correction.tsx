import type { CorrectionCard, OverlayActions } from '../../core/guide/overlay-state';
import type { Box } from '../../core/guide/geometry';
import { t } from '../../core/i18n';

/**
 * Only the user's own press counts: a page script calling `.click()` on these buttons in the
 * open shadow root sends an untrusted event, which changes nothing.
 */
function trusted(action: (event: Event) => void) {
  return (event: Event) => {
    if (event.isTrusted) action(event);
  };
}

interface CorrectionProps {
  readonly correction: CorrectionCard;
  readonly actions: OverlayActions;
}

/** "Show me where it is", beside "Can't find it?"; in pick mode, what to do and Cancel. */
export function ShowMe({ correction, actions }: CorrectionProps) {
  if (correction.picking) {
    return (
      <div class="pick" data-pick="on">
        <div class="pick-words">
          <p class="status">{t('pickInstruction')}</p>
          {correction.destructive && <p class="status">{t('pickDestructive')}</p>}
        </div>
        <div class="actions">
          <button type="button" data-action="cancel-pick" onClick={trusted(actions.cancelPick)}>
            {t('cancelPick')}
          </button>
        </div>
      </div>
    );
  }
  if (!correction.canShow) return null;
  return (
    <p>
      <button
        type="button"
        class="text-button"
        data-action="show-me"
        onClick={trusted(actions.showMe)}
      >
        {t('showMe')}
      </button>
    </p>
  );
}

/** "That's not it", on every highlight, and whether the highlight is the user's own pick. */
export function NotIt({ correction, actions }: CorrectionProps) {
  if (!correction.canReject || correction.picking) return null;
  return (
    <button type="button" data-action="not-it" onClick={trusted(actions.notIt)}>
      {t('notIt')}
    </button>
  );
}

export function YouShowedThis({ correction }: { readonly correction: CorrectionCard }) {
  if (!correction.showed || correction.picking) return null;
  return (
    <p class="status showed" data-correction="showed">
      {t('youShowedThis')}
    </p>
  );
}

/**
 * Pick mode on the page: the control under the pointer (or focus) outlined, and a crosshair
 * that follows the pointer, drawn in the overlay (it takes no pointer events), never on the page.
 */
export function PickOutline({
  hover,
  pointer,
}: {
  readonly hover: Box | null;
  readonly pointer: { readonly x: number; readonly y: number } | null;
}) {
  return (
    <svg class="pick-layer" aria-hidden="true" width="100%" height="100%">
      {hover && (
        <rect
          class="pick-outline"
          x={hover.x - 3}
          y={hover.y - 3}
          width={hover.width + 6}
          height={hover.height + 6}
          rx={6}
          ry={6}
        />
      )}
      {pointer && (
        <g class="pick-cursor" transform={`translate(${pointer.x + 14} ${pointer.y + 14})`}>
          <circle r="9" />
          <path d="M-5 0H5M0 -5V5" />
        </g>
      )}
    </svg>
  );
}
