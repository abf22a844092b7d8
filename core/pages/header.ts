import { locate } from '../locate/locate';
import { targets } from '../steps/targets';
import type { PageDetector } from './detector';
import { signedOut } from './signed-out';

/**
 * A signed-in page: the header's account item says "Account" and not "Sign in / Register"; on
 * mobile web, an Account tab that links to the account page.
 */
export const header: PageDetector = {
  kind: 'header',
  matches: (snapshot, labels) =>
    (locate(snapshot, targets.accountItem, labels) !== null ||
      locate(snapshot, targets.accountLink, labels) !== null) &&
    !signedOut.matches(snapshot, labels),
};
