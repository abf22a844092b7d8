import { t } from '../../core/i18n';
import { LAWS, lawLabel } from '../../core/request/laws';
import type { TimelineEntry } from '../../core/request/timeline';
import { ROUTE } from '../../core/steps/route';
import { CopyButton } from './CopyButton';

/** One entry in the user's language: a date and what happened on it. */
export function entryText(entry: TimelineEntry): string {
  switch (entry.kind) {
    case 'started':
      return t('timelineStarted', [entry.date]);
    case 'step': {
      const step = ROUTE.find((item) => item.id === entry.step);
      return t('timelineStep', [entry.date, step ? t(step.text.title) : entry.step]);
    }
    case 'sent':
      return t('timelineSent', [entry.date, lawLabel(entry.law, t)]);
    case 'deadline':
      return t(
        LAWS[entry.law].deadlineSource.kind === 'law' ? 'timelineDeadline' : 'timelineReminder',
        [entry.date],
      );
  }
}

/** What "Copy a summary" puts on the clipboard: a heading and the dated lines, nothing else. */
export function timelineSummary(entries: readonly TimelineEntry[]): string {
  return [t('summaryHeading'), ...entries.map((entry) => `- ${entryText(entry)}`)].join('\n');
}

interface WhatIDidProps {
  readonly entries: readonly TimelineEntry[];
  readonly copy: (text: string) => Promise<void>;
}

/** "What I did": the dates kept on this computer, and a summary to paste into a complaint. */
export function WhatIDid({ entries, copy }: WhatIDidProps) {
  return (
    <section class="what-i-did" aria-labelledby="what-i-did-title">
      <h2 id="what-i-did-title" class="subhead">
        {t('whatIDid')}
      </h2>
      <p class="hint">{t('whatIDidIntro')}</p>
      {entries.length === 0 ? (
        <p data-timeline="empty">{t('timelineEmpty')}</p>
      ) : (
        <>
          <ul class="timeline" data-timeline="entries">
            {entries.map((entry) => (
              <li
                key={`${entry.kind}-${entry.kind === 'step' ? entry.step : ''}`}
                data-kind={entry.kind}
              >
                {entryText(entry)}
              </li>
            ))}
          </ul>
          <div class="row wrap">
            <CopyButton
              action="copy-summary"
              label="copySummary"
              text={timelineSummary(entries)}
              copy={copy}
            />
          </div>
        </>
      )}
    </section>
  );
}
