import { describe, expect, it } from 'vitest';
import type { Pointer } from '../../core/guide/evaluate';
import { pressEffect } from '../../core/guide/presses';
import { ROUTE } from '../../core/steps/route';
import { SIDE_GUIDES } from '../../core/steps/side-guides';
import type { Guide, StepDef } from '../../core/steps/types';

function steps(test: (step: StepDef) => boolean): StepDef[] {
  const found = ROUTE.filter(test);
  if (found.length === 0) throw new Error('the route has no such step');
  return found;
}

/** The pointer at the step's last phase on its first page with one, or at its first phase. */
function pointerAt(step: StepDef, phase: 'last' | 'first' = 'last'): Pointer {
  const placement = step.placements.find((candidate) => candidate.phases.length > 0);
  if (!placement) throw new Error(`${step.id} points at nothing`);
  const index = phase === 'last' ? placement.phases.length - 1 : 0;
  return {
    guide: step,
    detour: false,
    instruction: step.text.instruction,
    element: null,
    alternatives: [],
    expected: true,
    slot: { guide: step.id, page: placement.page, phase: index },
  };
}

const element = (html: string): Element => {
  document.body.innerHTML = html;
  const first = document.body.firstElementChild;
  if (!first) throw new Error('no element');
  return first;
};

describe("the user's own press on the shown element", () => {
  it('completes a click step by a click, or by Space or Enter going down, not other keys', () => {
    for (const step of steps((s) => s.completion.click === true)) {
      const button = element('<button>x</button>');
      const pointer = pointerAt(step);
      expect(pressEffect({ type: 'click' }, step, pointer, button).complete).toBe(step);
      for (const key of [' ', 'Enter']) {
        expect(pressEffect({ type: 'keydown', key }, step, pointer, button).complete).toBe(step);
      }
      expect(pressEffect({ type: 'keydown', key: 'Tab' }, step, pointer, button)).toEqual({
        evaluate: false,
      });
      expect(pressEffect({ type: 'keyup', key: 'Enter' }, step, pointer, button).complete).toBe(
        undefined,
      );
    }
  });

  it('counts as evidence for the next page only on the last phase of the step there', () => {
    const [step] = steps((s) => s.placements.some((p) => p.phases.length > 1));
    if (!step) throw new Error('a step with phases');
    const button = element('<button>Verify</button>');
    expect(pressEffect({ type: 'click' }, step, pointerAt(step), button).pressed).toBe(step.id);
    expect(pressEffect({ type: 'click' }, step, pointerAt(step, 'first'), button).pressed).toBe(
      undefined,
    );
    expect(pressEffect({ type: 'click' }, step, null, button).pressed).toBe(undefined);
  });

  it('completes a checkbox step only when its box is ticked, whatever box the page draws', () => {
    for (const step of steps((s) => s.completion.checked === true)) {
      const pointer = pointerAt(step);
      const ticked = element('<label><input type="checkbox" checked> I agree</label>');
      expect(pressEffect({ type: 'change' }, step, pointer, ticked).complete).toBe(step);
      const unticked = element('<label><input type="checkbox"> I agree</label>');
      expect(pressEffect({ type: 'change' }, step, pointer, unticked)).toEqual({ evaluate: true });
      // A native box says so with change: a click does not read it.
      expect(pressEffect({ type: 'click' }, step, pointer, ticked).readTick).toBe(undefined);
      // A box drawn by the page fires no change: its state is read after the click or the key.
      const custom = element('<div role="checkbox" aria-checked="false">I agree</div>');
      expect(pressEffect({ type: 'click' }, step, pointer, custom).readTick).toBe(step);
      expect(pressEffect({ type: 'keyup', key: ' ' }, step, pointer, custom).readTick).toBe(step);
      expect(pressEffect({ type: 'keyup', key: 'a' }, step, pointer, custom).readTick).toBe(
        undefined,
      );
    }
  });

  it('never completes anything for a side guide: nothing of it is stored', () => {
    for (const side of SIDE_GUIDES as readonly Guide[]) {
      const button = element('<button>x</button>');
      for (const type of ['click', 'keydown', 'keyup', 'change'] as const) {
        const effect = pressEffect({ type, key: 'Enter' }, side, null, button);
        expect(effect.complete ?? effect.readTick ?? effect.pressed).toBeUndefined();
      }
    }
  });
});
