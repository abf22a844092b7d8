import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StepCard } from '../../components/overlay/StepCard';
import { SWALLOWED_EVENTS, startPickMode } from '../../core/guide/pick-mode';
import type { CorrectionCard, OverlayState } from '../../core/guide/overlay-state';
import { ROUTE } from '../../core/steps/route';

function deleteAccount() {
  const found = ROUTE.find((step) => step.id === 'delete-account');
  if (!found) throw new Error('no step');
  return found;
}
const STEP = deleteAccount();

function cardWith(correction: CorrectionCard) {
  const state: OverlayState = {
    step: STEP,
    stepNumber: ROUTE.indexOf(STEP) + 1,
    total: ROUTE.length - 1,
    instruction: STEP.text.instruction,
    target: { x: 100, y: 100, width: 120, height: 30 },
    avoid: null,
    anchor: { x: 100, y: 100, width: 120, height: 30 },
    cardHere: true,
    alternatives: [],
    obstacles: [],
    searching: false,
    missing: false,
    finished: false,
    correction,
  };
  const actions = {
    didThis: vi.fn(),
    hide: vi.fn(),
    showMe: vi.fn(),
    notIt: vi.fn(),
    cancelPick: vi.fn(),
  };
  const host = document.createElement('div');
  document.body.append(host);
  render(
    <StepCard state={state} actions={actions} viewport={{ width: 1280, height: 800 }} />,
    host,
  );
  const button = (action: string) => host.querySelector<HTMLElement>(`[data-action="${action}"]`);
  return { host, actions, button };
}

const OFFERED: CorrectionCard = {
  canShow: true,
  canReject: true,
  picking: false,
  showed: false,
  destructive: false,
  hover: null,
  pointer: null,
};

afterEach(() => {
  document.body.replaceChildren();
});

describe("the card's correction buttons", () => {
  it("offers Show me and That's not it; a page script pressing them changes nothing", () => {
    const { button, actions } = cardWith(OFFERED);
    const showMe = button('show-me');
    const notIt = button('not-it');
    expect(showMe?.textContent).toBe('Show me where it is');
    expect(notIt?.textContent).toBe("That's not it");
    // jsdom's clicks are untrusted, as a page script's are in the browser.
    showMe?.click();
    notIt?.click();
    showMe?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(actions.showMe).not.toHaveBeenCalled();
    expect(actions.notIt).not.toHaveBeenCalled();
  });

  it("in pick mode: what to do and Cancel, no That's not it; a destructive step says who presses", () => {
    const { button, host } = cardWith({ ...OFFERED, picking: true, destructive: true });
    expect(button('cancel-pick')).not.toBeNull();
    expect(button('not-it')).toBeNull();
    expect(button('show-me')).toBeNull();
    expect(host.textContent).toContain('AliExit never presses it');
  });

  it("marks the user's own pick", () => {
    expect(cardWith({ ...OFFERED, showed: true }).host.textContent).toContain('You showed this');
    expect(cardWith(OFFERED).host.textContent).not.toContain('You showed this');
  });

  it("offers no That's not it when nothing is highlighted", () => {
    expect(cardWith({ ...OFFERED, canReject: false }).button('not-it')).toBeNull();
  });
});

describe('pick mode', () => {
  it("lets a page script's own events through and picks nothing from them", () => {
    document.body.innerHTML = '<a href="#x" id="link"><span>Close membership</span></a>';
    const onPick = vi.fn();
    const heard: string[] = [];
    document.addEventListener('click', () => heard.push('click'));
    const pick = startPickMode({
      win: window,
      isOwn: () => false,
      onHover: () => undefined,
      onPick,
      onCancel: () => undefined,
    });
    document.querySelector('span')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onPick).not.toHaveBeenCalled();
    expect(heard).toEqual(['click']);
    pick.stop();
  });

  it('leaves no listener behind when it stops', () => {
    const added: string[] = [];
    const removed: string[] = [];
    const win = {
      document,
      addEventListener: (type: string, _: unknown, options: { signal: AbortSignal }) => {
        added.push(type);
        options.signal.addEventListener('abort', () => removed.push(type));
      },
    } as unknown as Window;
    const pick = startPickMode({
      win,
      isOwn: () => false,
      onHover: () => undefined,
      onPick: () => undefined,
      onCancel: () => undefined,
    });
    expect(added).toEqual(expect.arrayContaining([...SWALLOWED_EVENTS, 'keydown', 'pointermove']));
    pick.stop();
    expect(removed.sort()).toEqual(added.sort());
  });
});
