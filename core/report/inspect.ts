import { evaluate } from '../guide/evaluate';
import { labelsFor, pageLanguage } from '../labels';
import { PageSnapshot, type VisibilityCheck } from '../locate/snapshot';
import { currentStep, type Progress } from '../progress/state';
import { pageSkeleton } from './skeleton';

/** What the tester view shows for a tab: computed only when the popup asks. */
export interface Inspection {
  readonly host: string;
  /** The path with every digit replaced by 0: the page's kind, never an order's number. */
  readonly path: string;
  readonly language: string;
  readonly pages: readonly string[];
  readonly step: string;
  /** The guide shown: the step, an earlier one (a detour) or a side guide. */
  readonly guide: string;
  readonly found: boolean;
  readonly signals: readonly string[];
  readonly score: number | null;
  readonly confidence: string | null;
  readonly detectionMs: number;
  /** The privacy-safe skeleton around the element, or around the page's body when none. */
  readonly skeleton: string;
}

export function inspectPage(
  doc: Document,
  url: URL,
  progress: Progress,
  isVisible: VisibilityCheck,
  now: () => number = () => performance.now(),
): Inspection {
  const started = now();
  const snapshot = new PageSnapshot(doc, url, isVisible);
  const language = pageLanguage(doc, url.hostname);
  const { pages, pointer } = evaluate(snapshot, labelsFor(language), progress);
  const detectionMs = Math.round((now() - started) * 10) / 10;
  const spot = pointer.element ?? pointer.region ?? doc.body;
  return {
    host: url.hostname,
    path: url.pathname.replace(/\d/g, '0'),
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

/** The content script's answer has the shape the popup draws (it is shown as text only). */
export function isInspection(value: unknown): value is Inspection {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const strings = ['host', 'path', 'language', 'step', 'guide', 'skeleton'];
  return (
    strings.every((key) => typeof record[key] === 'string') &&
    Array.isArray(record.pages) &&
    Array.isArray(record.signals) &&
    typeof record.found === 'boolean' &&
    typeof record.detectionMs === 'number'
  );
}
