/** bench/evaluation.ts's page side: one evaluation of the route's second step, timed. */
import { evaluate } from '../core/guide/evaluate';
import { isRendered } from '../core/guide/visibility';
import { labelsFor, pageLanguage } from '../core/labels';
import { PageSnapshot } from '../core/locate/snapshot';
import { INITIAL_PROGRESS, complete, start } from '../core/progress/state';
import { ROUTE } from '../core/steps/route';

const first = ROUTE[0];
if (!first) throw new Error('empty route');
const progress = complete(start(INITIAL_PROGRESS), first.id);
(window as unknown as { __evalOnce(): unknown }).__evalOnce = () => {
  const started = performance.now();
  const snapshot = new PageSnapshot(document, new URL(location.href), isRendered);
  const decision = evaluate(snapshot, labelsFor(pageLanguage(document)), progress);
  const element = decision.pointer.element;
  return {
    ms: performance.now() - started,
    found: element
      ? `${decision.pointer.guide.id}: ${element.localName}.${element.className}`
      : null,
  };
};
