import { locate } from '../locate/locate';
import { targets } from '../steps/targets';
import type { PageDetector } from './detector';

/** URL unknown: recognised by the closing checkbox, matched on meaning ([1]). */
export const finalConfirmation: PageDetector = {
  kind: 'final-confirmation',
  matches: (snapshot, labels) => locate(snapshot, targets.confirmCheckbox, labels) !== null,
};
