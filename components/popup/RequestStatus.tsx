import { t } from '../../core/i18n';
import {
  composeReminder,
  letterText,
  mailtoHref,
  type Requester,
} from '../../core/request/compose';
import { LAWS, lawLabel } from '../../core/request/laws';
import type { SentRequest } from '../../core/request/sent';
import type { RequestStatus as Status } from '../../core/request/status';
import { CopyButton } from './CopyButton';

interface RequestStatusProps {
  readonly sent: SentRequest;
  readonly status: Status;
  /** What is typed in the form now (the reminder must carry it too; it is not stored). */
  readonly requester: Requester;
  readonly copy: (text: string) => Promise<void>;
  readonly onForget: () => void;
}

/** The request the user sent: days left; once the deadline has passed, the follow-up. */
export function RequestStatus({ sent, status, requester, copy, onForget }: RequestStatusProps) {
  // Where no law sets a deadline we could source, the day is our own reminder: said as such.
  const legal = LAWS[sent.law].deadlineSource.kind === 'law';
  return (
    <div class="request-status" data-request-status={status.overdue ? 'overdue' : 'waiting'}>
      <p>{t('requestSentOn', [sent.sentOn, lawLabel(sent.law, t)])}</p>
      {!status.overdue && (
        <p class="days-left" data-days-left={status.daysLeft}>
          {t(legal ? 'requestDaysLeft' : 'reminderDaysLeft', [
            status.deadline,
            String(status.daysLeft),
          ])}
        </p>
      )}
      {status.overdue && <FollowUp sent={sent} status={status} requester={requester} copy={copy} />}
      <button type="button" data-action="forget-request" onClick={onForget}>
        {t('forgetRequest')}
      </button>
    </div>
  );
}

function FollowUp({ sent, status, requester, copy }: Omit<RequestStatusProps, 'onForget'>) {
  const law = LAWS[sent.law];
  const reminder = composeReminder(sent.law, requester, sent.sentOn, status.deadline);
  return (
    <div class="follow-up" data-follow-up>
      <p class="warning">
        {t(law.deadlineSource.kind === 'law' ? 'requestOverdue' : 'reminderOverdue', [
          status.deadline,
        ])}
      </p>
      <h2 class="subhead">{t('reminderTitle')}</h2>
      <pre class="letter" data-letter="reminder" tabIndex={0} lang="en" dir="ltr">
        {letterText(reminder)}
      </pre>
      <div class="row wrap">
        <a class="button" data-action="open-reminder" href={mailtoHref(reminder)}>
          {t('openInEmail')}
        </a>
        <CopyButton action="copy-reminder" text={letterText(reminder)} copy={copy} />
      </div>
      <h2 class="subhead">{t('complainTitle')}</h2>
      {law.authority ? (
        <>
          <p>
            <a
              data-authority={sent.law}
              href={law.authority.url}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t(law.authority.name)}
              <span class="sr-only"> {t('opensInNewTab')}</span>
            </a>
          </p>
          <p class="source">{t('sourceAuthority', [law.authority.checked])}</p>
        </>
      ) : (
        <p data-authority="none">{t('authorityNone')}</p>
      )}
    </div>
  );
}
