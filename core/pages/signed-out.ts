import { locate } from '../locate/locate';
import { targets } from '../steps/targets';
import type { PageDetector } from './detector';

/**
 * The header offers "Sign in / Register" ([C]); the URL can be anything. (Mobile web's Account
 * tab looks the same signed in or out: there, the login page it leads to takes over.)
 */
export const signedOut: PageDetector = {
  kind: 'signed-out',
  matches: (snapshot, labels) => locate(snapshot, targets.headerSignIn, labels) !== null,
};
