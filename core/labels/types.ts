/**
 * Label sets: the words AliExpress shows on its own pages, used to *recognise* elements.
 * They are not our UI text (that lives in public/_locales). Every label says where it comes from,
 * so that a claim about the site can be traced, and a label we wrote ourselves is marked as ours.
 */

/** How we know a label is what the site shows (the confidence levels of docs/sources.md). */
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
  /** What the control may say in other words (labels/meanings.ts), attached by labelsFor. */
  readonly meaning?: MeaningSet;
  /**
   * Phrases of `phrases` seen on the real site, with their own source and date, where the rest
   * of the label is our guess ([src:real-localized-words]: a few real words in ja, ar, pt, es).
   */
  readonly seen?: readonly SeenPhrases[];
}

/**
 * One way a control may say what it does in words no source shows: every group has one of its
 * words in the name ("delete/remove/close" + "account"), and every other word of the name is a
 * filler of this meaning or a function word of the language, so that running text of another
 * meaning ("Verify your email address to get a coupon") never fits.
 */
export interface Meaning {
  readonly groups: readonly (readonly string[])[];
  /** Words the name may hold beyond the groups without changing its meaning ("code", "now"). */
  readonly fillers?: readonly string[];
  /** A checkbox's sentence: any other words may surround the groups. */
  readonly sentence?: boolean;
}

/** A label's meanings in one language, and that language's words around a label. All ours. */
export interface MeaningSet {
  readonly meanings: readonly Meaning[];
  /** Articles, possessives, prepositions: words that never change what a control does. */
  readonly functionWords: readonly string[];
  /** What the page's Cancel button says: the control beside it is the page's way forward. */
  readonly cancelWords: readonly string[];
  readonly source: 'ours';
  readonly note: string;
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
