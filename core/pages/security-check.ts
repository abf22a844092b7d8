import { locate } from '../locate/locate';
import { targets } from '../steps/targets';
import type { PageDetector } from './detector';

/** URL unknown: recognised by the email method ("With your email verification", [C]). */
export const securityCheck: PageDetector = {
  kind: 'security-check',
  matches: (snapshot, labels) => locate(snapshot, targets.emailMethod, labels) !== null,
};
