import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StepCard } from '../../components/overlay/StepCard';
import type { OverlayState } from '../../core/guide/overlay-state';
import { reminderFor } from '../../core/guide/reminder';
import { setCheck } from '../../core/progress/checklists';
import { INITIAL_PROGRESS, start, type Progress } from '../../core/progress/state';
import { ROUTE } from '../../core/steps/route';
import type { StepId } from '../../core/steps/types';

function step(id: StepId) {
  const found = ROUTE.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

function cardState(id: StepId, progress: Progress): OverlayState {
  const index = ROUTE.findIndex((s) => s.id === id);
  return {
    step: step(id),
    stepNumber: index + 1,
    total: 9,
    instruction: step(id).text.instruction,
    target: { x: 100, y: 100, width: 120, height: 30 },
    avoid: null,
    obstacles: [],
    anchor: { x: 100, y: 100, width: 120, height: 30 },
    cardHere: true,
    alternatives: [],
    searching: false,
    missing: false,
    finished: false,
    ...reminderFor(step(id), progress),
  };
}

function showCard(state: OverlayState, hide = vi.fn()) {
  const host = document.createElement('div');
  document.body.append(host);
  render(
    <StepCard
      state={state}
      actions={{ didThis: vi.fn(), hide, showMe: vi.fn(), notIt: vi.fn(), cancelPick: vi.fn() }}
      viewport={{ width: 1280, height: 800 }}
    />,
    host,
  );
  return { host, hide };
}

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

describe('the card before a destructive step', () => {
  const running = setCheck(
    setCheck(start(INITIAL_PROGRESS), 'open-orders', true),
    'email-reuse',
    true,
  );

  it('lists what is left of "before you delete" and says deletion cannot be undone', () => {
    for (const id of ['delete-your-account', 'delete'] as const) {
      const { host } = showCard(cardState(id, running));
      expect(host.querySelector('.irreversible')?.textContent).toBe('Deletion cannot be undone.');
      expect([...host.querySelectorAll('.reminder li')].map((li) => li.textContent)).toEqual([
        'No open disputes',
        'No pending refunds',
        'Balance, coins and coupons used up',
        'Order history and invoices saved',
      ]);
      // A reminder, not a gate: the user can still say they did the step.
      expect(host.querySelector('[data-action="did-this"]')).not.toBeNull();
      host.remove();
    }
  });

  it('says every item is ticked once they are, and still warns', () => {
    const allTicked = (
      ['open-disputes', 'pending-refunds', 'balance-coins-coupons', 'order-history'] as const
    ).reduce((p, id) => setCheck(p, id, true), running);
    const { host } = showCard(cardState('delete', allTicked));
    expect(host.querySelector('.reminder')?.textContent).toContain(
      'You ticked every item in "Before you delete".',
    );
    expect(host.querySelector('.irreversible')).not.toBeNull();
  });

  it('stays out of the other steps', () => {
    for (const id of ['settings', 'delete-account', 'verification-code', 'confirm'] as const) {
      expect(reminderFor(step(id), running)).toEqual({});
    }
  });
});

describe('the card and the keyboard', () => {
  // The user's own Esc (hide, focus back to the page) is a trusted key: tests/e2e/keyboard.test.ts.
  it('ignores an Escape the page dispatches into the card', () => {
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    const { host, hide } = showCard(cardState('settings', start(INITIAL_PROGRESS)));
    const hideButton = host.querySelector<HTMLButtonElement>('[data-action="hide"]');
    hideButton?.focus();
    expect(document.activeElement).toBe(hideButton);
    hideButton?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(hide).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(hideButton);
  });

  it('names itself and its controls, and announces the step once it is on the page', async () => {
    const { host } = showCard(cardState('settings', start(INITIAL_PROGRESS)));
    expect(host.querySelector('.card')?.getAttribute('aria-label')).toBe('AliExit guide');
    expect(host.querySelector('[data-action="hide"]')?.getAttribute('aria-keyshortcuts')).toBe(
      'Escape',
    );
    // Empty when it appears, then filled: screen readers announce changes to a live region.
    const live = host.querySelector('[role="status"]');
    await vi.waitFor(() => expect(live?.textContent).toBe('Step 3 of 9: Choose Settings'));
  });
});
