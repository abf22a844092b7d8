import { locate } from '../locate/locate';
import { targets } from '../steps/targets';
import type { PageDetector } from './detector';

/** Its URL is unknown: recognised by its "Delete Your Account" button ([C], how-to articles). */
export const deleteExplainer: PageDetector = {
  kind: 'delete-explainer',
  matches: (snapshot, labels) => locate(snapshot, targets.deleteYourAccount, labels) !== null,
};
