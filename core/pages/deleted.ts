import type { PageDetector } from './detector';

/** URL and wording unknown ([I]): a short text saying the account was deleted. */
export const deleted: PageDetector = {
  kind: 'deleted',
  matches: (snapshot, labels) =>
    snapshot.fits(labels.accountDeleted).some(({ element }) => snapshot.isVisible(element)),
};
