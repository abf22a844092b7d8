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
  const { step, side } = state;

  useLayoutEffect(() => {
    const element = card.current;
    if (!element) return;
    const size = { width: element.offsetWidth, height: element.offsetHeight };
    const next = placeCard(state.target, size, viewport, state.avoid);
    if (next.x !== position.x || next.y !== position.y) setPosition(next);
  });

  const eyebrow = side
    ? t(side.kind === 'alternative' ? 'anotherWay' : 'notice')
    : state.finished
      ? null
      : t('stepOf', [String(state.stepNumber), String(state.total)]);
  const heading = side
    ? t(side.title)
    : state.finished
      ? t('doneTitle')
      : state.detourTitle
        ? t('firstDo', [t(state.detourTitle)])
        : t(step.text.title);
  const lookFor = side ? side.lookFor : step.text.lookFor;
  const closed = state.finished && !side;

  return (
    <div
      ref={card}
      class="card"
      role="dialog"
      aria-label="AliExit"
      style={{ transform: `translate(${position.x}px, ${position.y}px)` }}
    >
      {eyebrow && <p class="progress">{eyebrow}</p>}
      <p class="title">{heading}</p>
      <p class="instruction">{t(closed ? 'doneDo' : state.instruction)}</p>
      {state.confidence === 'low' && <p class="status">{t('probablyThis')}</p>}
      {state.alternatives.length > 0 && <p class="status">{t('alternativesNote')}</p>}
      {state.searching && <p class="status">…</p>}
      {state.missing && <p class="status">{t('notFound')}</p>}
      {side?.link && (
        <p>
          <a class="link" href={side.link.href}>
            {t(side.link.text)}
          </a>
        </p>
      )}
      {!closed && (
        <details class="look-for" open={state.missing}>
          <summary>{t('cantFindIt')}</summary>
          <p>{t(lookFor)}</p>
        </details>
      )}
      <div class="actions">
        {!closed && !side && (
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
