import type { MessageKey } from './steps/types';

/**
 * Who says so. Shown beside every claim about AliExpress that is not the site's own word
 * (docs/sources.md: "reported by third parties, not confirmed") [src:claim-preconditions].
 */
export type ClaimSource =
  /** Public how-to guides and deletion directories; AliExpress has not confirmed it. */
  | 'third-party'
  /** AliExit's own advice or inference, not a statement about the site. */
  | 'ours';

export const CLAIM_SOURCE_TEXT: Record<ClaimSource, MessageKey> = {
  'third-party': 'sourceThirdParty',
  ours: 'sourceOurs',
};

/** A page on AliExpress where the user checks something, with where we learnt its address. */
export interface SiteLink {
  readonly url: string;
  /** How sure the address is (docs/sources.md): several sources, or one. */
  readonly provenance: 'confirmed' | 'single-source';
}

/** My Orders: `/p/order/index.html`; disputes and refunds are reached from it [src:orders-url]. */
export const ORDERS_PAGE: SiteLink = {
  url: 'https://www.aliexpress.com/p/order/index.html',
  provenance: 'confirmed',
};

/** The account center: `/p/account/index.html` [src:account-center-url]. */
export const ACCOUNT_PAGE: SiteLink = {
  url: 'https://www.aliexpress.com/p/account/index.html',
  provenance: 'single-source',
};
