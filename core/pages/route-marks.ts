import type { LabelSet } from '../labels/types';
import { regionsOf } from '../locate/regions';
import type { PageSnapshot } from '../locate/snapshot';
import { CODE_INPUTS } from '../steps/targets';
import { fromHeading } from './evidence';

/**
 * Whether a page the guide cannot place still carries the deletion route's marks: a deletion or
 * security heading, a code box, a checkbox among them. There the guide stays on the current
 * step and says what to look for (it never sends the user back out of the deletion flow).
 */
export function routeMarks(snapshot: PageSnapshot, labels: LabelSet): boolean {
  const headings = [
    labels.deleteYourAccount,
    labels.deleteAccountLink,
    labels.deleteAccountButton,
    labels.securityVerification,
    labels.verificationCode,
  ];
  if (headings.some((label) => fromHeading(snapshot, label, 'route heading').length > 0))
    return true;
  const body = snapshot.doc.body;
  if (!body) return false;
  // Each selector asked alone (a lone tag selector is the browser's fast path; a list is not).
  const codeBox = snapshot
    .queryAny(snapshot.doc, CODE_INPUTS)
    .some(
      (box) => !regionsOf(snapshot).isOutOfContext(box, body, false) && snapshot.isVisible(box),
    );
  return codeBox;
}
