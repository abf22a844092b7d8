import { locate } from '../locate/locate';
import { targets } from '../steps/targets';
import type { PageDetector } from './detector';

/** The account popover is open: a visible Settings entry inside a popover ([C]). */
export const accountMenu: PageDetector = {
  kind: 'account-menu',
  matches: (snapshot, labels) => locate(snapshot, targets.settingsInMenu, labels) !== null,
};
