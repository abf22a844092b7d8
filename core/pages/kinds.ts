/**
 * The kinds of page the guide tells apart, of two sorts. A page's main content is of one main
 * kind at a time (or unknown); around it sit any number of surrounding kinds (the header, the
 * open account menu).
 */
export const MAIN_KINDS = [
  /** The login form (its own page or a login iframe), either of its two screens. */
  'login',
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
  /** Pages positively known to be off the route: from these the guide may lead back. */
  'home',
  'product',
  'orders',
] as const;

export const SURROUNDING_KINDS = [
  /** The header offers "Sign in / Register". */
  'signed-out',
  /** A signed-in header (its Account item), or mobile web's Account tab. */
  'header',
  /** The header's account menu is open (a popover). */
  'account-menu',
] as const;

export const PAGE_KINDS = [...SURROUNDING_KINDS, ...MAIN_KINDS] as const;

export type MainKind = (typeof MAIN_KINDS)[number];
export type SurroundingKind = (typeof SURROUNDING_KINDS)[number];
export type PageKind = MainKind | SurroundingKind;

/** Main kinds that are no page of the route: seen there, the route is positively left. */
export const OFF_ROUTE_KINDS: ReadonlySet<PageKind> = new Set<PageKind>([
  'home',
  'product',
  'orders',
]);
