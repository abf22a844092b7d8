import type { Signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { OverlayActions, OverlayState } from '../../core/guide/overlay-state';
import { uiDirection, uiLanguage } from '../../core/i18n';
import { AnchoredRing, Spotlight } from './Spotlight';
import { PickOutline } from './Correction';
import { StepCard } from './StepCard';

interface OverlayProps {
  readonly state: Signal<OverlayState | null>;
  readonly actions: OverlayActions;
}

/** Everything AliExit draws on a page, inside <aliexit-overlay>'s shadow root. */
export function Overlay({ state, actions }: OverlayProps) {
  const viewport = useViewport();
  const current = state.value;
  if (!current) return null;
  return (
    <div class="overlay" dir={uiDirection()} lang={uiLanguage()}>
      {current.target && current.ringAnchored && <AnchoredRing />}
      {current.target && !current.ringAnchored && (
        <Spotlight
          target={current.target}
          alternatives={current.alternatives}
          viewport={viewport}
        />
      )}
      {current.correction?.picking && (
        <PickOutline hover={current.correction.hover} pointer={current.correction.pointer} />
      )}
      {current.cardHere && <StepCard state={current} actions={actions} viewport={viewport} />}
    </div>
  );
}

function useViewport() {
  // The layout viewport without scrollbars: a card placed by innerWidth hides under one.
  const read = () => ({
    width: document.documentElement.clientWidth,
    height: document.documentElement.clientHeight,
  });
  const [viewport, setViewport] = useState(read);
  useEffect(() => {
    const update = () => setViewport(read());
    window.addEventListener('resize', update, { passive: true });
    return () => window.removeEventListener('resize', update);
  }, []);
  return viewport;
}
