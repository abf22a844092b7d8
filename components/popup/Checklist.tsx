import type { StepStatus } from '../../core/progress/state';
import type { StepDef } from '../../core/steps/types';
import { t } from '../../core/i18n';

interface ChecklistProps {
  readonly items: readonly { readonly step: StepDef; readonly status: StepStatus }[];
}

const STATUS_TEXT = {
  done: 'statusDone',
  current: 'statusCurrent',
  pending: 'statusPending',
  skipped: 'statusSkipped',
} as const;

const STATUS_MARK: Record<StepStatus, string> = {
  done: '✓',
  skipped: '↷',
  current: '➜',
  pending: '',
};

/** The whole route with each step's status (data-step-id / data-status: the test contract). */
export function Checklist({ items }: ChecklistProps) {
  return (
    <ol class="checklist">
      {items.map(({ step, status }) => (
        <li key={step.id} data-step-id={step.id} data-status={status} class={`item ${status}`}>
          <span class="mark" aria-hidden="true">
            {STATUS_MARK[status]}
          </span>
          <span class="name">{t(step.text.title)}</span>
          <span class="status">{t(STATUS_TEXT[status])}</span>
        </li>
      ))}
    </ol>
  );
}
