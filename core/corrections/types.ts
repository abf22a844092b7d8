import type { Role } from '../locate/roles';
import type { PageKind } from '../pages/kinds';
import type { Region, TagName, HrefShape } from './vocabulary';

/**
 * A control as AliExit remembers it after the user corrected the guide: only words of our own
 * fixed vocabulary (vocabulary.ts) and small numbers. No page text, no value, no id, no link
 * beyond a known path shape, no class outside the site's known stems.
 */
export interface ControlDescription {
  /** Its role (explicit or implicit), from the roles the step model speaks of; null: none. */
  readonly role: Role | null;
  readonly tag: TagName;
  /** Its parent's tag: two alike controls in different containers stay apart. */
  readonly parentTag: TagName;
  /** Class stems it carries among the site's known ones, sorted. */
  readonly stems: readonly string[];
  /** Its place among the parent's children of the same tag (0-based) and how many there are. */
  readonly index: number;
  readonly siblings: number;
  /** The parent's place among its own parent's children of the same tag. */
  readonly parentIndex: number;
  readonly region: Region;
  /** Where it leads, when that is one of the known path shapes. */
  readonly href: HrefShape | null;
  /** Its accessible name (or short text) fitted one of our labels for the site's language. */
  readonly labelMatched: boolean;
}

/** The user showed this control ("Show me where it is"), or said it is not the one. */
export type CorrectionKind = 'showed' | 'rejected';

export interface Correction {
  readonly kind: CorrectionKind;
  /** The step (or side guide) the correction is for, and the page kind it was made on. */
  readonly guide: string;
  readonly page: PageKind;
  /** Which of the placement's phases (the code boxes, then Verify): 0 for most steps. */
  readonly phase: number;
  /** The site's language (a key of LABEL_SETS). */
  readonly language: string;
  readonly control: ControlDescription;
}
