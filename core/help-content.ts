import type { ClaimSource } from './claims';
import type { MessageKey } from './steps/types';

/** A paragraph of help, and who says so. */
export interface HelpPoint {
  readonly text: MessageKey;
  readonly source: ClaimSource;
}

export interface Question {
  readonly question: MessageKey;
  readonly answer: MessageKey;
  readonly source: ClaimSource;
}

/**
 * No access to the account's email [src:route-no-email]: after "Delete Your
 * Account" the site offers other ways to prove identity; customer service is the last one.
 */
export const NO_EMAIL_STEPS: readonly HelpPoint[] = [
  { text: 'noEmailStep1', source: 'ours' },
  { text: 'noEmailStep2', source: 'third-party' },
  { text: 'noEmailStep3', source: 'third-party' },
  { text: 'noEmailStep4', source: 'third-party' },
];

/**
 * What users ask [src:claim-no-deactivate] [src:claim-customer-service] [src:claim-no-emails-after]
 * [src:route-privacy-center] [src:aliexpress-russia]; how long it takes is our advice.
 */
export const QUESTIONS: readonly Question[] = [
  { question: 'qDeactivate', answer: 'aDeactivate', source: 'third-party' },
  { question: 'qCustomerService', answer: 'aCustomerService', source: 'third-party' },
  { question: 'qEmails', answer: 'aEmails', source: 'third-party' },
  { question: 'qTime', answer: 'aTime', source: 'ours' },
  { question: 'qOtherWay', answer: 'aOtherWay', source: 'third-party' },
  { question: 'qRussia', answer: 'aRussia', source: 'third-party' },
];

/** What happens next; the consequences are third-party reports, the last point is ours. */
export const AFTER_DELETION: readonly HelpPoint[] = [
  { text: 'afterPermanent', source: 'third-party' },
  { text: 'afterEmails', source: 'third-party' },
  { text: 'afterCoins', source: 'third-party' },
  { text: 'afterEmailReuse', source: 'third-party' },
  { text: 'afterUninstall', source: 'ours' },
];
