import { ACCOUNT_PAGE, ORDERS_PAGE, type ClaimSource, type SiteLink } from './claims';
import type { MessageKey } from './steps/types';

export const CHECK_IDS = [
  'open-orders',
  'open-disputes',
  'pending-refunds',
  'balance-coins-coupons',
  'order-history',
  'email-reuse',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

/** One thing to settle before the destructive steps; the user ticks it in the popup. */
export interface CheckItem {
  readonly id: CheckId;
  readonly title: MessageKey;
  /** Why it matters. */
  readonly detail: MessageKey;
  /** Where to check it, in words (always given: a link alone says nothing to a reader). */
  readonly where: MessageKey;
  /** The AliExpress page where it is checked, when its address is known. */
  readonly link?: SiteLink;
  readonly source: ClaimSource;
}

/**
 * "Before you delete". The consequences are commonly reported by third parties, not confirmed
 * by AliExpress [src:claim-preconditions]; keeping invoices is our advice [src:claim-our-advice].
 */
export const BEFORE_YOU_DELETE: readonly CheckItem[] = [
  {
    id: 'open-orders',
    title: 'checkOrdersTitle',
    detail: 'checkOrdersDetail',
    where: 'checkOrdersWhere',
    link: ORDERS_PAGE,
    source: 'third-party',
  },
  {
    id: 'open-disputes',
    title: 'checkDisputesTitle',
    detail: 'checkDisputesDetail',
    where: 'checkDisputesWhere',
    link: ORDERS_PAGE,
    source: 'third-party',
  },
  {
    id: 'pending-refunds',
    title: 'checkRefundsTitle',
    detail: 'checkRefundsDetail',
    where: 'checkRefundsWhere',
    link: ORDERS_PAGE,
    source: 'third-party',
  },
  {
    id: 'balance-coins-coupons',
    title: 'checkBalanceTitle',
    detail: 'checkBalanceDetail',
    where: 'checkBalanceWhere',
    link: ACCOUNT_PAGE,
    source: 'third-party',
  },
  {
    id: 'order-history',
    title: 'checkHistoryTitle',
    detail: 'checkHistoryDetail',
    where: 'checkHistoryWhere',
    link: ORDERS_PAGE,
    source: 'ours',
  },
  {
    id: 'email-reuse',
    title: 'checkEmailTitle',
    detail: 'checkEmailDetail',
    where: 'checkEmailWhere',
    source: 'third-party',
  },
];
