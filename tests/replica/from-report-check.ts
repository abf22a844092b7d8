import { evaluate } from '../../core/guide/evaluate';
import { labelsFor, pageLanguage } from '../../core/labels';
import { PageSnapshot } from '../../core/locate/snapshot';
import { INITIAL_PROGRESS, complete, start, type Progress } from '../../core/progress/state';
import { ROUTE } from '../../core/steps/route';

/**
 * Whether the guide, with no correction of the user's, points at the page's
 * `data-replica-target="<guide>"` element: what a report's test (from-report.ts) asserts.
 * (jsdom has no layout: an element counts as visible unless hidden by attribute or style.)
 */
export function guideFindsReportTarget(doc: Document, guide: string): boolean {
  const url = new URL(doc.URL);
  const snapshot = new PageSnapshot(doc, url, (element) => !element.closest('[hidden]'));
  const labels = labelsFor(pageLanguage(doc, url.hostname));
  const { pointer } = evaluate(snapshot, labels, progressAt(guide));
  const target = doc.querySelector(`[data-replica-target="${guide}"]`);
  return target !== null && pointer.element === target;
}

/** Started, with every step before `guide` done. */
function progressAt(guide: string): Progress {
  const index = ROUTE.findIndex((step) => step.id === guide);
  return ROUTE.slice(0, Math.max(index, 0)).reduce(
    (progress, step) => complete(progress, step.id),
    start(INITIAL_PROGRESS),
  );
}
