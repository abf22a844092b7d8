import type en from '../../public/_locales/en/messages.json';
import type { TargetSpec } from '../locate/spec';
import type { PageKind } from '../pages/kinds';

/** A key of the extension's UI messages (public/_locales/en/messages.json is the reference). */
export type MessageKey = keyof typeof en;

export const STEP_IDS = [
  'sign-in',
  'account',
  'settings',
  'delete-account',
  'delete-your-account',
  'verification-method',
  'verification-code',
  'confirm',
  'delete',
  'done',
] as const;

export type StepId = (typeof STEP_IDS)[number];

/** Where a claim about the site comes from (the confidence levels of docs/sources.md). */
export interface Provenance {
  readonly confidence: 'confirmed' | 'single-source' | 'inferred';
  readonly note: string;
}

/** One element to point at; a step may point at several in turn (the code box, then Verify). */
export interface TargetPhase {
  readonly find: TargetSpec;
  /** Other ways to do the same (no access to the email?): outlined, not marked, beside it. */
  readonly alternatives?: readonly TargetSpec[];
  /** Move on to the next phase once every input in this target has something typed in it. */
  readonly until?: 'filled';
  /** Replaces the step's instruction while this phase is shown. */
  readonly instruction?: MessageKey;
}

/** A page the step happens on, and what to point at there (nothing: explain only). */
export interface Placement {
  readonly page: PageKind;
  readonly phases: readonly TargetPhase[];
  /** Applies only while this is on the page (a prompt, a message): tried before the others. */
  readonly when?: TargetSpec;
}

/** What completes a step. Only the user's own (trusted) actions and the site's pages count. */
export interface Completion {
  /**
   * The step is done once one of these pages is seen with strong evidence (so is every step
   * before a page where a later step happens). Never read for a destructive step.
   */
  readonly pages?: readonly PageKind[];
  /** A trusted click on the highlighted element completes it. */
  readonly click?: boolean;
  /** A trusted click that leaves the highlighted checkbox checked completes it. */
  readonly checked?: boolean;
}

export interface GuideText {
  readonly title: MessageKey;
  readonly instruction: MessageKey;
  /** "Can't find it?": a plain description of what to look for. */
  readonly lookFor: MessageKey;
}

/** Something the overlay can guide through: what to say, and on which pages what to point at. */
export interface Guide {
  readonly id: string;
  readonly text: GuideText;
  readonly placements: readonly Placement[];
  readonly provenance: Provenance;
}

/**
 * Pages off the main route that get their own guidance, whatever step the user is on: a bot
 * check to pass first, the privacy center's request form (another way to the same end), the
 * legacy deactivation pages. They are not steps: nothing of them is stored.
 */
export type SideGuideId =
  'bot-check' | 'legacy-account' | 'privacy-choose' | 'privacy-confirm' | 'privacy-done';

export interface SideGuide extends Guide {
  readonly id: SideGuideId;
  /** A notice stops the route until dealt with; an alternative is another way to the same end. */
  readonly kind: 'notice' | 'alternative';
  /** A link the user may follow back to the route (never followed for them). */
  readonly link?: { readonly path: string; readonly text: MessageKey };
}

export interface StepDef extends Guide {
  readonly id: StepId;
  readonly completion: Completion;
  /** Where "Continue" may take the user; only for steps reached by plain navigation. */
  readonly entry?: { readonly path: string; readonly provenance: Provenance };
  /**
   * Pressing this step's element deletes or starts deleting: never opened or pressed for the
   * user, and never completed or skipped by inference: only the user's own trusted click on it,
   * or "I did this".
   */
  readonly destructive?: boolean;
  /** A destructive step's question when a later page is seen first ("Did you press …?"). */
  readonly ask?: MessageKey;
  /**
   * The route's last step, where it ends: nothing to act on ("step k of n" counts the others),
   * current once reached, and done only once the deletion is proven (the deleted page after the
   * user's own press on the last destructive step) or the user says so. Exactly one step has it.
   */
  readonly closing?: true;
}
