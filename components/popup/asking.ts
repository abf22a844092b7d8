import { isAskingAnswer } from '../../core/messages';
import type { MessageKey, StepDef } from '../../core/steps/types';

/**
 * The question the popup asks with the card ("Did you delete it? The page looks like …"): the
 * current step's own question, for a destructive step, when the tab's guide says its card asks
 * it. Any other answer (another step's question, a key of another kind, a stray shape) asks
 * nothing: the popup then shows the step as usual.
 */
export function popupQuestion(step: StepDef, answer: unknown): MessageKey | null {
  if (step.destructive !== true || step.ask === undefined || !isAskingAnswer(answer)) return null;
  return answer.ask === step.ask ? step.ask : null;
}
