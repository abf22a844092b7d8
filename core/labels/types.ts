/**
 * Label sets: the words AliExpress shows on its own pages, used to *recognise* elements.
 * They are not our UI text (that lives in public/_locales). Every label says where it comes from,
 * so that a claim about the site can be traced, and a label we wrote ourselves is marked as ours.
 */

/** How we know a label is what the site shows (see shared/notes/aliexpress-facts.md). */
export type LabelSource =
  /** Several independent public sources (how-to articles, public code) agree. */
  | 'confirmed'
  /** One public source only. */
  | 'single-source'
  /** Our own wording or translation: not seen on the site. */
  | 'ours';

export interface Label {
  /** Whole phrases the element's name may be, as the source says; compared after normalisation. */
  readonly phrases: readonly string[];
  /** More wordings we accept on our own account (small differences between captures). */
  readonly variants?: readonly string[];
  /**
   * Match on meaning: every group must have one of its words in the name. Used where the exact
   * sentence is uncertain (the confirmation checkbox).
   */
  readonly allWords?: readonly (readonly string[])[];
  /** A second set of word groups (English, kept by localized pages), tried after `allWords`. */
  readonly alternativeWords?: readonly (readonly string[])[];
  readonly source: LabelSource;
  /** Where the label was seen, or why it is ours. */
  readonly note?: string;
  /**
   * Phrases of `phrases` seen on the real site, with their own source and date, where the rest
   * of the label is our guess (aliexpress-facts.md: a few real words in ja, ar, pt, es).
   */
  readonly seen?: readonly SeenPhrases[];
}

export interface SeenPhrases {
  readonly phrases: readonly string[];
  readonly source: Exclude<LabelSource, 'ours'>;
  /** Where and when they were seen. */
  readonly note: string;
}

export type LabelKey =
  | 'signInRegister'
  | 'signIn'
  | 'continue'
  | 'back'
  | 'unknownEmail'
  | 'account'
  | 'settings'
  | 'deleteAccountLink'
  | 'deleteYourAccount'
  | 'securityVerification'
  | 'emailMethod'
  | 'verificationCode'
  | 'verify'
  | 'confirmSentence'
  | 'deleteAccountButton'
  | 'accountDeleted'
  | 'orderMethod'
  | 'customerService'
  | 'privacyDeleteMyAccount'
  | 'privacyDelete'
  | 'privacySubmitted'
  | 'legacyProfile'
  | 'legacyDeactivate'
  | 'slideToVerify';

export type LabelSet = Readonly<Record<LabelKey, Label>>;
