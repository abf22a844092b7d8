import { fitLabel } from '../locate/text';
import type { PageDetector } from './detector';

/** URL and wording unknown ([I]): a short text saying the account was deleted. */
export const deleted: PageDetector = {
  kind: 'deleted',
  matches: (snapshot, labels) =>
    snapshot
      .texts()
      .some(
        ({ element, text }) =>
          fitLabel(text, labels.accountDeleted) > 0 && snapshot.isVisible(element),
      ),
};
