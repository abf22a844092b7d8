import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { placeCard } from '../../core/guide/geometry';
import type { OverlayActions, OverlayState } from '../../core/guide/overlay-state';
import { t } from '../../core/i18n';

interface StepCardProps {
  readonly state: OverlayState;
  readonly actions: OverlayActions;
  readonly viewport: { readonly width: number; readonly height: number };
}

/** The small card beside the highlight: where the user is, what to do, and a way out. */
export function StepCard({ state, actions, viewport }: StepCardProps) {
  const card = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ x: -9999, y: -9999 });
  const { step } = state;

  useLayoutEffect(() => {
    const element = card.current;
    if (!element) return;
    const size = { width: element.offsetWidth, height: element.offsetHeight };
    const next = placeCard(state.target, size, viewport, state.avoid);
    if (next.x !== position.x || next.y !== position.y) setPosition(next);
  });

  const heading = state.finished
    ? t('doneTitle')
    : state.detourTitle
      ? t('firstDo', [t(state.detourTitle)])
      : t(step.text.title);

  return (
    <div
      ref={card}
      class="card"
      role="dialog"
      aria-label="AliExit"
      style={{ transform: `translate(${position.x}px, ${position.y}px)` }}
    >
      {!state.finished && (
        <p class="progress">{t('stepOf', [String(state.stepNumber), String(state.total)])}</p>
      )}
      <p class="title">{heading}</p>
      <p class="instruction">{t(state.finished ? 'doneDo' : state.instruction)}</p>
      {state.searching && <p class="status">…</p>}
      {state.missing && <p class="status">{t('notFound')}</p>}
      {!state.finished && (
        <details class="look-for" open={state.missing}>
          <summary>{t('cantFindIt')}</summary>
          <p>{t(step.text.lookFor)}</p>
        </details>
      )}
      <div class="actions">
        {!state.finished && (
          <button type="button" class="primary" data-action="did-this" onClick={actions.didThis}>
            {t('iDidThis')}
          </button>
        )}
        <button type="button" data-action="hide" onClick={actions.hide}>
          {t('hide')}
        </button>
      </div>
    </div>
  );
}
