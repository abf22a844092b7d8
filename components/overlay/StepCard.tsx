import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { compactSize, placeCard, type CardPlace, type Size } from '../../core/guide/geometry';
import type { OverlayActions, OverlayState } from '../../core/guide/overlay-state';
import { t } from '../../core/i18n';
import { NotIt, ShowMe, YouShowedThis } from './Correction';
import { Reminder } from './Reminder';

interface StepCardProps {
  readonly state: OverlayState;
  readonly actions: OverlayActions;
  readonly viewport: { readonly width: number; readonly height: number };
}

/** The small card beside the highlight: where the user is, what to do, and a way out. */
export function StepCard({ state, actions, viewport }: StepCardProps) {
  const card = useRef<HTMLDivElement>(null);
  // Where focus was on the page before it entered the card: Esc gives it back there.
  const cameFrom = useRef<HTMLElement | null>(null);
  const [position, setPosition] = useState<CardPlace>({ x: -9999, y: -9999, compact: false });
  const { step, side } = state;
  const closed = state.finished && !side;
  // Pick mode: the card shrinks to what to do and Cancel, leaving the page in sight.
  const picking = state.correction?.picking === true;
  // Before a destructive step: its compact form too says that deletion cannot be undone.
  const warns = state.reminder !== undefined && !side;
  // Nothing to point at: what to look for is open, in the compact form too.
  const inWords = state.missing && !closed && !picking;

  const measured = useRef<{ key: string; size: Size } | null>(null);

  useLayoutEffect(() => {
    const element = card.current;
    if (!element) return;
    // The card's size changes with its text, the open "can't find it" and the viewport. While
    // the page scrolls only the target moves: then no layout is read, frame after frame.
    const open = element.querySelector('details')?.open ?? false;
    const key = `${element.textContent ?? ''}|${open}|${viewport.width}x${viewport.height}`;
    if (measured.current?.key !== key) measured.current = { key, size: wholeSize(element) };
    const next = placeCard(
      state.anchor,
      measured.current.size,
      viewport,
      state.avoid,
      state.obstacles,
      compactSize({ warning: warns, words: inWords }),
    );
    if (
      next.x !== position.x ||
      next.y !== position.y ||
      next.compact !== position.compact ||
      next.tight !== position.tight ||
      next.height !== position.height
    )
      setPosition(next);
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

  // A live region announces changes, not what it held when it appeared: fill it after mount.
  const announcement =
    side || closed
      ? [eyebrow, heading].filter(Boolean).join(': ')
      : t('announceStep', [String(state.stepNumber), String(state.total), heading]);
  const [spoken, setSpoken] = useState('');
  useEffect(() => setSpoken(announcement), [announcement]);

  const onFocusIn = (event: FocusEvent) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !card.current?.contains(from)) cameFrom.current = from;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // A page script can dispatch Escape into the open shadow root: only the user's key counts.
    if (event.key !== 'Escape' || !event.isTrusted) return;
    event.preventDefault();
    const back = cameFrom.current;
    if (back?.isConnected) back.focus({ preventScroll: true });
    actions.hide(event);
  };

  return (
    <div
      ref={card}
      class={cardClass(position, inWords)}
      role="region"
      aria-label={t('cardLabel')}
      style={{
        transform: `translate(${position.x}px, ${position.y}px)`,
        maxHeight: position.height === undefined ? '' : `${position.height}px`,
        // The compact form is as tall as what it keeps (geometry.ts compactSize).
        height: position.compact && position.height !== undefined ? `${position.height}px` : '',
      }}
      onFocusIn={onFocusIn}
      onKeyDown={onKeyDown}
    >
      <p class="sr-only" role="status" data-live="card">
        {spoken}
      </p>
      {eyebrow && <p class="progress">{eyebrow}</p>}
      <p class="title">{heading}</p>
      <p class="instruction">{t(closed ? 'doneDo' : state.instruction)}</p>
      {warns && state.reminder && <Reminder reminder={state.reminder} />}
      {state.correction && <YouShowedThis correction={state.correction} />}
      {state.confidence === 'low' && <p class="status">{t('probablyThis')}</p>}
      {state.alternatives.length > 0 && <p class="status">{t('alternativesNote')}</p>}
      {state.searching && <p class="status">…</p>}
      {state.missing && !picking && <p class="status">{t('notFound')}</p>}
      {side?.link && (
        <p>
          <a class="link" href={side.link.href}>
            {t(side.link.text)}
          </a>
        </p>
      )}
      {!closed && !picking && (
        <details class="look-for" open={inWords}>
          <summary>{t('cantFindIt')}</summary>
          <p>{t(lookFor)}</p>
          {/* A content script cannot open the popup: the line says where the other way is. */}
          {state.missing && !side && <p data-hint="ask-in-writing">{t('cardAskInWriting')}</p>}
        </details>
      )}
      {state.correction && <ShowMe correction={state.correction} actions={actions} />}
      <div class="actions" hidden={picking}>
        {!closed && !side && (
          <button type="button" class="primary" data-action="did-this" onClick={actions.didThis}>
            {t('iDidThis')}
          </button>
        )}
        {state.correction && <NotIt correction={state.correction} actions={actions} />}
        <button type="button" data-action="hide" aria-keyshortcuts="Escape" onClick={actions.hide}>
          {t('hide')}
        </button>
      </div>
    </div>
  );
}

/**
 * The card's form, for the stylesheet: whole, compact, or compact at its least (`tight`); and
 * whether it speaks in words (what to look for is open: the compact form keeps it).
 */
function cardClass({ compact, tight }: CardPlace, inWords: boolean): string {
  return ['card', compact && 'compact', compact && tight && 'tight', inWords && 'in-words']
    .filter(Boolean)
    .join(' ');
}

/**
 * The whole card's size, as the stylesheet lets it be, whatever form it is shown in now: read
 * with the compact form and any shortening taken off for the moment (the compact card's size is
 * not measured: geometry.ts compactSize). Measured only when the text or the viewport changed.
 */
function wholeSize(element: HTMLElement): Size {
  const { className } = element;
  const { maxHeight } = element.style;
  const { height } = element.style;
  element.classList.remove('compact', 'tight');
  element.style.maxHeight = '';
  element.style.height = '';
  const size = { width: element.offsetWidth, height: element.offsetHeight };
  element.className = className;
  element.style.maxHeight = maxHeight;
  element.style.height = height;
  return size;
}
