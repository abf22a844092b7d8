import type { TargetSpec } from '../locate/spec';

/**
 * How each element of the route is recognised, from aliexpress-facts.md. Region selectors and
 * class prefixes are the stable parts of the real markup ([C] unless noted); names come from
 * the page's label set.
 */

/** The desktop header ([C]: #_global_header_23_, #_full_container_header_23_, pc-header--…). */
export const HEADER_REGIONS = [
  '#_global_header_23_',
  '#_full_container_header_23_',
  '[class*="pc-header--"]',
] as const;

/** The account menu opens as a popover appended to <body>, away from its trigger ([C]). */
export const POPOVER_REGIONS = ['.comet-v2-popover', '[class*="my-account--menuBox--"]'] as const;

/** Settings links: /account/setting/index.html and the older account_settings.htm ([1] each). */
export const SETTINGS_HREF = /\/account\/setting|account_settings\.htm/i;

/** Code boxes seen in AliExpress flows ([1] each): six single-digit inputs, or data-id boxes. */
export const CODE_INPUTS = [
  'input.verify-code-input',
  'input[data-id]',
  'input[autocomplete="one-time-code"]',
  'input[inputmode="numeric"][maxlength="1"]',
] as const;

export const targets = {
  headerSignIn: {
    label: 'signInRegister',
    roles: ['button', 'link'],
    classPrefixes: ['my-account--menuItem', 'my-account--signin'],
    selectors: ['button[class*="my-account--signin--"]'],
    within: [...HEADER_REGIONS, ...POPOVER_REGIONS],
  },
  loginSubmit: {
    label: 'signIn',
    roles: ['button'],
    selectors: ['.login-submit'],
    within: ['form'],
  },
  accountItem: {
    label: 'account',
    roles: ['button', 'link'],
    classPrefixes: ['my-account--menuItem'],
    within: HEADER_REGIONS,
  },
  settingsInMenu: {
    label: 'settings',
    roles: ['link', 'menuitem'],
    href: SETTINGS_HREF,
    within: POPOVER_REGIONS,
  },
  settingsOnAccountPage: {
    label: 'settings',
    roles: ['link', 'menuitem', 'tab'],
    href: SETTINGS_HREF,
  },
  deleteAccountLink: {
    label: 'deleteAccountLink',
    roles: ['link', 'button'],
  },
  deleteYourAccount: {
    label: 'deleteYourAccount',
    roles: ['button', 'link'],
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
  },
  confirmCheckbox: {
    label: 'confirmSentence',
    roles: ['checkbox'],
  },
  deleteButton: {
    label: 'deleteAccountButton',
    roles: ['button'],
  },
} as const satisfies Record<string, TargetSpec>;
