import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { popupQuestion } from '../../components/popup/asking';
import { CurrentStep } from '../../components/popup/CurrentStep';
import { ROUTE } from '../../core/steps/route';
import { englishMessage } from './setup';

const ASKING = ROUTE.filter((step) => step.destructive === true && step.ask !== undefined);
const NOT_ASKING = ROUTE.filter((step) => !ASKING.includes(step));

describe('the popup asks the card\'s question ("Did you delete it?")', () => {
  it("asks each destructive step its own question when the tab's guide asks it", () => {
    expect(ASKING.length).toBeGreaterThan(0);
    for (const step of ASKING) expect(popupQuestion(step, { ask: step.ask })).toBe(step.ask);
  });

  it("asks nothing on any other answer: none, another step's question, another key, another shape", () => {
    for (const step of ASKING) {
      const others = ASKING.filter((other) => other !== step).map((other) => other.ask);
      for (const answer of [
        undefined,
        null,
        { ask: null },
        step.ask,
        { ask: 'doneDo' },
        { ask: step.ask, text: 'Your account is deleted' },
        ...others.map((ask) => ({ ask })),
      ])
        expect(popupQuestion(step, answer), JSON.stringify(answer)).toBeNull();
    }
    // A step the user can take back never asks: the popup shows its instruction.
    for (const step of NOT_ASKING)
      for (const ask of ASKING.map((s) => s.ask))
        expect(popupQuestion(step, { ask }), step.id).toBeNull();
  });

  describe("in the popup's current step", () => {
    let root: HTMLElement;
    beforeEach(() => {
      root = document.createElement('div');
      document.body.append(root);
    });
    afterEach(() => {
      render(null, root);
      root.remove();
    });

    for (const step of ASKING) {
      it(`${step.id}: the question instead of the instruction, answered with "I did this"`, () => {
        const onDidThis = vi.fn();
        const ask = popupQuestion(step, { ask: step.ask });
        render(
          <CurrentStep
            step={step}
            number={1}
            total={ROUTE.length}
            onContinue={() => undefined}
            onDidThis={onDidThis}
            question={ask}
          />,
          root,
        );
        const text = root.textContent ?? '';
        expect(text).toContain(englishMessage(step.ask ?? ''));
        expect(text).not.toContain(englishMessage(step.text.instruction));
        root.querySelector<HTMLButtonElement>('[data-action="did-this"]')?.click();
        expect(onDidThis).toHaveBeenCalledOnce();
      });
    }

    it('without a question, the step as usual', () => {
      const step = ASKING[0];
      if (!step) throw new Error('no asking step');
      render(
        <CurrentStep
          step={step}
          number={1}
          total={ROUTE.length}
          onContinue={() => undefined}
          onDidThis={() => undefined}
          question={popupQuestion(step, null)}
        />,
        root,
      );
      expect(root.textContent).toContain(englishMessage(step.text.instruction));
      expect(root.querySelector('[data-question]')).toBeNull();
    });
  });
});
