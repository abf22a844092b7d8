import { evaluate } from '../guide/evaluate';
import { labelsFor, pageLanguage } from '../labels';
import type { LabelSet } from '../labels/types';
import { PageSnapshot, type VisibilityCheck } from '../locate/snapshot';
import { currentStep, type Progress } from '../progress/state';
import type { Inspection } from './inspection';
import { pageSkeleton } from './skeleton';
import { safePath } from './vocabulary';

export type { Inspection } from './inspection';

export function inspectPage(
  doc: Document,
  url: URL,
  progress: Progress,
  isVisible: VisibilityCheck,
  now: () => number = () => performance.now(),
  /** Hands the look the user's corrections (core/corrections/lens.ts), when the guide runs. */
  withCorrections?: (snapshot: PageSnapshot, labels: LabelSet, language: string) => void,
): Inspection {
  const started = now();
  const snapshot = new PageSnapshot(doc, url, isVisible);
  const language = pageLanguage(doc, url.hostname);
  const labels = labelsFor(language);
  withCorrections?.(snapshot, labels, language);
  const { pages, pointer } = evaluate(snapshot, labels, progress);
  const detectionMs = Math.round((now() - started) * 10) / 10;
  const spot = pointer.element ?? pointer.region ?? doc.body;
  return {
    host: url.hostname,
    path: safePath(url.pathname),
    language,
    pages: [...pages],
    step: currentStep(progress).id,
    guide: pointer.side?.id ?? pointer.guide.id,
    found: pointer.element !== null,
    signals: pointer.found?.signals ?? [],
    score: pointer.found?.score ?? null,
    confidence: pointer.confidence ?? null,
    detectionMs,
    skeleton: spot ? pageSkeleton(spot) : '',
  };
}
