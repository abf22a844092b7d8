import type { TargetSpec } from '../locate/spec';

/**
 * How each element of the route is recognised, from the facts in docs/sources.md. Region selectors and
 * class prefixes are the stable parts of the real markup (each tagged with its entry); names come from
 * the page's label set.
 */

/** The desktop header ([src:header-markup]: #_global_header_23_, #_full_container_header_23_, pc-header--…). */
export const HEADER_REGIONS = [
  '#_global_header_23_',
  '#_full_container_header_23_',
  '[class*="pc-header--"]',
] as const;

/** A redesign may drop every id and prefix above: the page's own header landmark remains. */
const TOP_LANDMARKS = ['header', '[role="banner"]'] as const;

/** The account menu opens as a popover appended to <body>, away from its trigger ([src:account-menu-markup]). */
export const POPOVER_REGIONS = [
  '.comet-v2-popover',
  '[class*="my-account--menuBox--"]',
  '[class*="my-account--popupCls--"]',
  '[role="menu"]',
] as const;

/** The two-step sign-in's "multiple emails" prompt (div.nfm-multiple-email-prompt) [src:two-step-sign-in]. */
const MULTIPLE_EMAIL_PROMPT = [
  '.nfm-multiple-email-prompt',
  '[class*="multiple-email" i]',
] as const;

/** Settings links: /account/setting/index.html and the older account_settings.htm ([src:settings-url] each). */
export const SETTINGS_HREF = /\/account\/setting|account_settings\.htm/i;

/** Code boxes seen in AliExpress flows ([src:code-widget] each): six single-digit inputs, or data-id boxes. */
export const CODE_INPUTS = [
  'input.verify-code-input',
  'input[data-id]',
  'input[autocomplete="one-time-code"]',
  'input[inputmode="numeric"][maxlength="1"]',
] as const;

/** The mobile account page and the desktop account center [src:account-center-url]. */
export const ACCOUNT_HREF = /\/(p\/)?account\/index\.html/i;

/** The privacy center: privacy.aliexpress.com/home and /p/privacy-center/ [src:privacy-center-url]. */
export const PRIVACY_CENTER_URLS = [
  /^privacy\.aliexpress\.(com|us)\//,
  /\.aliexpress\.(com|us)\/p\/privacy-center\//,
];

export const targets = {
  headerSignIn: {
    label: 'signInRegister',
    roles: ['button', 'link'],
    classPrefixes: ['my-account--menuItem', 'my-account--signin'],
    selectors: ['button[class*="my-account--signin--"]'],
    within: [...HEADER_REGIONS, ...TOP_LANDMARKS, ...POPOVER_REGIONS],
    fallback: 'top-band',
  },
  /** The password screen's Sign in (a type="button" button holding a span "Sign in") [src:two-step-sign-in]. */
  loginSubmit: {
    label: 'signIn',
    roles: ['button'],
    selectors: ['.login-submit'],
    within: ['form'],
    // A heading "Sign in" above the form is no button.
    requires: ['role'],
  },
  /** The email screen's Continue (button[aria-label="Continue"]) [src:two-step-sign-in]. */
  loginContinue: {
    label: 'continue',
    roles: ['button'],
    selectors: ['button[aria-label="Continue"]'],
    within: ['form'],
    requires: ['role'],
  },
  /** The "multiple emails" prompt's own Continue. */
  loginPromptContinue: {
    label: 'continue',
    roles: ['button'],
    within: MULTIPLE_EMAIL_PROMPT,
    requires: ['role'],
  },
  multipleEmailPrompt: {
    selectors: MULTIPLE_EMAIL_PROMPT,
  },
  /** "You do not have an account with this email…" [src:two-step-sign-in], with Register and Back. */
  unknownEmailNotice: {
    label: 'unknownEmail',
  },
  loginBack: {
    label: 'back',
    roles: ['button', 'link'],
    requires: ['role'],
  },
  accountItem: {
    label: 'account',
    roles: ['button', 'link'],
    classPrefixes: ['my-account--menuItem', 'my-account--newMenuItem', 'my-account--accountWrap'],
    within: [...HEADER_REGIONS, ...TOP_LANDMARKS],
    // Redesigned with other ids and prefixes: an Account-labelled control in the top band.
    fallback: 'top-band',
  },
  /** Mobile web has no desktop header: its Account tab links to the account page. */
  accountLink: {
    label: 'account',
    roles: ['link', 'tab', 'button'],
    href: ACCOUNT_HREF,
    requires: ['name', 'href'],
  },
  settingsInMenu: {
    label: 'settings',
    roles: ['link', 'menuitem'],
    href: SETTINGS_HREF,
    within: POPOVER_REGIONS,
    // Redesigned: a portal laid over the page after the hover, whatever its classes.
    fallback: 'portal',
  },
  settingsOnAccountPage: {
    label: 'settings',
    roles: ['link', 'menuitem', 'tab'],
    href: SETTINGS_HREF,
  },
  deleteAccountLink: {
    label: 'deleteAccountLink',
    roles: ['link', 'button'],
    requires: ['role'],
  },
  deleteYourAccount: {
    label: 'deleteYourAccount',
    roles: ['button', 'link'],
    // A heading may say the same words: only a control counts.
    requires: ['role'],
  },
  emailMethod: {
    label: 'emailMethod',
    roles: ['button', 'radio', 'option', 'link', 'tab'],
  },
  codeBoxes: {
    roles: ['textbox'],
    selectors: CODE_INPUTS,
    group: true,
  },
  verifyButton: {
    label: 'verify',
    roles: ['button'],
    selectors: ['button#j-test'],
    // A heading may say the same words: only a control counts.
    requires: ['role'],
  },
  confirmCheckbox: {
    label: 'confirmSentence',
    roles: ['checkbox'],
    // Matched on meaning, the sentence may be anywhere: only a checkbox's label counts.
    requires: ['role'],
  },
  deleteButton: {
    label: 'deleteAccountButton',
    roles: ['button'],
    // A heading may say the same words: only a control counts.
    requires: ['role'],
  },
  orderMethod: {
    label: 'orderMethod',
    roles: ['button', 'radio', 'option', 'link', 'tab'],
  },
  customerService: {
    label: 'customerService',
    roles: ['button', 'radio', 'option', 'link', 'tab'],
  },
  /** The slider captcha's knob and box ([src:bot-check-url]: #nc_1_n1z, .nc-container, baxia ids). */
  botCheck: {
    label: 'slideToVerify',
    selectors: ['#nc_1_n1z', '.nc-container', '[id^="baxia"]'],
  },
  /** The legacy pages' headings (Fusion `next-*` components, [src:legacy-pages-url]). */
  legacyProfile: {
    label: 'legacyProfile',
    within: ['h1', 'h2', 'h3', '.next-card-title'],
  },
  legacyDeactivate: {
    label: 'legacyDeactivate',
    within: ['h1', 'h2', 'h3', '.next-card-title'],
  },
  privacyDeleteMyAccount: {
    label: 'privacyDeleteMyAccount',
    roles: ['button', 'link', 'tab', 'option', 'radio'],
  },
  /** The privacy form's box where the user types "agree" ([src:privacy-center-url]). */
  privacyAgreeBox: {
    selectors: ['input[type="text"]', 'input:not([type])', 'textarea'],
    within: ['form', '#root', '#app'],
  },
  privacyDeleteButton: {
    label: 'privacyDelete',
    roles: ['button'],
    within: ['form', '#root', '#app'],
    // A heading may say the same words: only a control counts.
    requires: ['role'],
  },
} as const satisfies Record<string, TargetSpec>;
