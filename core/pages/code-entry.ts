import { locate } from '../locate/locate';
import { targets } from '../steps/targets';
import type { PageDetector } from './detector';

/** URL unknown: recognised by visible code boxes ([1]) and a Verify button. */
export const codeEntry: PageDetector = {
  kind: 'code-entry',
  matches: (snapshot, labels) =>
    locate(snapshot, targets.codeBoxes, labels) !== null &&
    locate(snapshot, targets.verifyButton, labels) !== null,
};
