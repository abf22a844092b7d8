import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StepCard } from '../../components/overlay/StepCard';
import type { OverlayState } from '../../core/guide/overlay-state';
import { ROUTE } from '../../core/steps/route';

function thirdStep() {
  const step = ROUTE[2];
  if (!step) throw new Error('the route has fewer than three steps');
  return step;
}
const STEP = thirdStep();

function showCard(missing: boolean): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  const state: OverlayState = {
    step: STEP,
    stepNumber: 3,
    total: ROUTE.length - 1,
    instruction: STEP.text.instruction,
    target: missing ? null : { x: 100, y: 100, width: 120, height: 30 },
    avoid: null,
    anchor: { x: 100, y: 100, width: 120, height: 30 },
    cardHere: true,
    alternatives: [],
    obstacles: [],
    searching: false,
    missing,
    finished: false,
  };
  render(
    <StepCard
      state={state}
      actions={{
        didThis: vi.fn(),
        hide: vi.fn(),
        showMe: vi.fn(),
        notIt: vi.fn(),
        cancelPick: vi.fn(),
      }}
      viewport={{ width: 1280, height: 800 }}
    />,
    host,
  );
  return host;
}

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

describe('the card when the guide cannot find the step', () => {
  it('points to "Ask in writing" in the popup, inside "Can\'t find it?"', () => {
    const host = showCard(true);
    const hint = host.querySelector('details.look-for [data-hint="ask-in-writing"]');
    expect(hint?.textContent).toBe(
      'Still stuck? Open AliExit from the toolbar and choose “Ask in writing”: a written request to delete your data.',
    );
    // Words, not a link: a page cannot open the extension's popup.
    expect(hint?.querySelector('a, button')).toBeNull();
  });

  it('says nothing of it while the element is found', () => {
    expect(showCard(false).querySelector('[data-hint="ask-in-writing"]')).toBeNull();
  });
});
