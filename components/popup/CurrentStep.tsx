import type { MessageKey, StepDef } from '../../core/steps/types';
import { t } from '../../core/i18n';

interface CurrentStepProps {
  readonly step: StepDef;
  readonly number: number;
  readonly total: number;
  readonly onContinue: () => void;
  readonly onDidThis: () => void;
  /** The card's question for this step (components/popup/asking.ts), asked here too. */
  readonly question?: MessageKey | null;
}

/** What to do next, and the way to the page where it happens. */
export function CurrentStep({
  step,
  number,
  total,
  onContinue,
  onDidThis,
  question,
}: CurrentStepProps) {
  return (
    <section class="next-step" aria-labelledby="current-title">
      <p class="eyebrow">{t('stepOf', [String(number), String(total)])}</p>
      <h2 id="current-title">{t(step.text.title)}</h2>
      {question ? (
        // The page looks past this step, which the user was not seen doing: ask, never say so.
        <p class="question" data-question={question}>
          {t(question)}
        </p>
      ) : (
        <p>{t(step.text.instruction)}</p>
      )}
      {step.destructive && <p class="warning">{t('destructiveNote')}</p>}
      <div class="row">
        <button type="button" class="primary" data-action="continue" onClick={onContinue}>
          {t('continue')}
        </button>
        <button type="button" data-action="did-this" onClick={onDidThis}>
          {t('iDidThis')}
        </button>
      </div>
      <p class="hint">{t('continueHint')}</p>
    </section>
  );
}
