import type { MessageKey } from './steps/types';

/**
 * Who says so. Shown beside every claim about AliExpress that is not the site's own word
 * (aliexpress-facts.md and deletion-flow.md: "reported by third parties, not confirmed").
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
  /** aliexpress-facts.md's label for the address: [C] several sources, [1] one source. */
  readonly provenance: 'confirmed' | 'single-source';
}

/** My Orders: `/p/order/index.html` [C]. Disputes and refunds are reached from it [I]. */
export const ORDERS_PAGE: SiteLink = {
  url: 'https://www.aliexpress.com/p/order/index.html',
  provenance: 'confirmed',
};

/** The account center: `/p/account/index.html` [1]. */
export const ACCOUNT_PAGE: SiteLink = {
  url: 'https://www.aliexpress.com/p/account/index.html',
  provenance: 'single-source',
};
