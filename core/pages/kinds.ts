/** The kinds of page the route passes through. A page may be of several kinds at once. */
export const PAGE_KINDS = [
  /** Any page whose header offers "Sign in / Register". */
  'signed-out',
  /** The login form (its own page or a login iframe). */
  'login',
  /** Any signed-in page with the site header. */
  'header',
  /** The header's account menu is open (a popover). */
  'account-menu',
  /** The account center. */
  'account',
  'settings',
  /** The page that explains deletion and offers "Delete Your Account". */
  'delete-explainer',
  /** The security check: how to prove it is you. */
  'security-check',
  /** A box for the emailed code. */
  'code-entry',
  /** The final confirmation: the checkbox and "Delete Account". */
  'final-confirmation',
  /** The account has been deleted. */
  'deleted',
  /** A bot check (slider captcha on a `punish` URL): the user must pass it first. */
  'bot-check',
  /** The legacy profile and deactivation pages on accounts.aliexpress.com. */
  'legacy-account',
  /** The privacy center's list of requests ("Delete my account"). */
  'privacy-center',
  /** The privacy center's deletion request form (type "agree", press Delete). */
  'privacy-request',
  /** The privacy center after the request was sent. */
  'privacy-submitted',
] as const;

export type PageKind = (typeof PAGE_KINDS)[number];
