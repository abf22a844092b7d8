/**
 * The tester view's answer from a tab, apart from the code that computes it (inspect.ts): the
 * popup checks the answer's shape and needs none of the locator or the label sets for that.
 */

/** What the tester view shows for a tab: computed only when the popup asks. */
export interface Inspection {
  readonly host: string;
  /** The path, every segment not on a fixed list replaced by `*` (report/vocabulary.ts). */
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
