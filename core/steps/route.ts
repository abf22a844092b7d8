import type { StepDef } from './types';
import { targets } from './targets';

const HOW_TO: StepDef['provenance'] = {
  confidence: 'confirmed',
  note: 'how-to articles on deleting an AliExpress account, several agreeing [src:route-desktop]',
};
const UNSEEN: StepDef['provenance'] = {
  confidence: 'inferred',
  note: 'the page sits behind a login and has not been seen publicly; recognised by content',
};

/**
 * The desktop deletion route, in order: the single source of the steps' order, text keys,
 * pages, targets and completion. The popup, the content script and the tests all read this.
 */
export const ROUTE: readonly StepDef[] = [
  {
    id: 'sign-in',
    text: { title: 'signInTitle', instruction: 'signInDo', lookFor: 'signInLookFor' },
    // Two screens [src:two-step-sign-in]: the email with Continue (a "multiple emails" prompt may ask again, an
    // unknown email gets Register and Back), then the password with Sign in. Never the QR code
    // or a social sign-in.
    placements: [
      {
        page: 'login',
        when: targets.unknownEmailNotice,
        phases: [{ find: targets.loginBack, instruction: 'signInUnknownEmailDo' }],
      },
      {
        page: 'login',
        when: targets.multipleEmailPrompt,
        phases: [{ find: targets.loginPromptContinue, instruction: 'signInMultipleEmailsDo' }],
      },
      { page: 'login', phases: [{ find: targets.loginSubmit }] },
      {
        page: 'login',
        phases: [{ find: targets.loginContinue, instruction: 'signInContinueDo' }],
      },
      { page: 'signed-out', phases: [{ find: targets.headerSignIn }] },
    ],
    completion: { pages: ['header'] },
    entry: {
      path: '/',
      provenance: { confidence: 'confirmed', note: 'every page has the header' },
    },
    provenance: HOW_TO,
  },
  {
    id: 'account',
    text: { title: 'accountTitle', instruction: 'accountDo', lookFor: 'accountLookFor' },
    placements: [
      { page: 'header', phases: [{ find: targets.accountItem }] },
      // Mobile web: the Account tab links to the account page.
      { page: 'header', phases: [{ find: targets.accountLink }] },
    ],
    completion: { pages: ['account-menu', 'account'], click: true },
    entry: {
      path: '/',
      provenance: { confidence: 'confirmed', note: 'every page has the header' },
    },
    provenance: HOW_TO,
  },
  {
    id: 'settings',
    text: { title: 'settingsTitle', instruction: 'settingsDo', lookFor: 'settingsLookFor' },
    placements: [
      { page: 'account-menu', phases: [{ find: targets.settingsInMenu }] },
      { page: 'account', phases: [{ find: targets.settingsOnAccountPage }] },
    ],
    completion: { pages: ['settings'], click: true },
    entry: {
      path: '/p/account/index.html',
      provenance: {
        confidence: 'single-source',
        note: '[src:account-center-url] [src:settings-url]',
      },
    },
    provenance: HOW_TO,
  },
  {
    id: 'delete-account',
    text: {
      title: 'deleteAccountTitle',
      instruction: 'deleteAccountDo',
      lookFor: 'deleteAccountLookFor',
    },
    placements: [{ page: 'settings', phases: [{ find: targets.deleteAccountLink }] }],
    completion: { pages: ['delete-explainer'], click: true },
    entry: {
      path: '/account/setting/index.html',
      provenance: {
        confidence: 'single-source',
        note: '[src:account-center-url] [src:settings-url]',
      },
    },
    provenance: HOW_TO,
  },
  {
    id: 'delete-your-account',
    text: {
      title: 'deleteYourAccountTitle',
      instruction: 'deleteYourAccountDo',
      lookFor: 'deleteYourAccountLookFor',
    },
    placements: [{ page: 'delete-explainer', phases: [{ find: targets.deleteYourAccount }] }],
    completion: { click: true },
    destructive: true,
    ask: 'askDeleteYourAccount',
    provenance: HOW_TO,
  },
  {
    id: 'verification-method',
    text: {
      title: 'verificationMethodTitle',
      instruction: 'verificationMethodDo',
      lookFor: 'verificationMethodLookFor',
    },
    placements: [
      {
        page: 'security-check',
        phases: [
          {
            find: targets.emailMethod,
            // No access to the email: a previous order or customer service [src:route-no-email].
            alternatives: [targets.orderMethod, targets.customerService],
          },
        ],
      },
    ],
    completion: { pages: ['code-entry'] },
    provenance: HOW_TO,
  },
  {
    id: 'verification-code',
    text: {
      title: 'verificationCodeTitle',
      instruction: 'verificationCodeDo',
      lookFor: 'verificationCodeLookFor',
    },
    placements: [
      {
        page: 'code-entry',
        phases: [
          { find: targets.codeBoxes, until: 'filled' },
          { find: targets.verifyButton, instruction: 'verificationCodeVerifyDo' },
        ],
      },
    ],
    completion: { pages: ['final-confirmation'] },
    provenance: {
      ...HOW_TO,
      note: `${HOW_TO.note}; code widget markup from one source [src:code-widget]`,
    },
  },
  {
    id: 'confirm',
    text: { title: 'confirmTitle', instruction: 'confirmDo', lookFor: 'confirmLookFor' },
    placements: [{ page: 'final-confirmation', phases: [{ find: targets.confirmCheckbox }] }],
    completion: { checked: true },
    provenance: {
      confidence: 'single-source',
      note: 'the checkbox sentence comes from one article',
    },
  },
  {
    id: 'delete',
    text: { title: 'deleteTitle', instruction: 'deleteDo', lookFor: 'deleteLookFor' },
    placements: [{ page: 'final-confirmation', phases: [{ find: targets.deleteButton }] }],
    completion: { click: true },
    destructive: true,
    ask: 'askDeleted',
    provenance: HOW_TO,
  },
  {
    id: 'done',
    // Until the deleted page is seen with strong evidence after the user's own click on Delete
    // Account, the guide asks rather than says the account is deleted (doneDo, once proven).
    text: { title: 'doneTitle', instruction: 'doneCheckDo', lookFor: 'doneLookFor' },
    placements: [{ page: 'deleted', phases: [] }],
    completion: { pages: ['deleted'] },
    closing: true,
    provenance: UNSEEN,
  },
];

/** The route's closing step (`closing` in the model; the last step, as a test checks). */
export const CLOSING_STEP: StepDef =
  ROUTE.find((step) => step.closing === true) ?? (ROUTE[ROUTE.length - 1] as StepDef);

/** The step that deletes: the route's last destructive step, which the closing step waits for. */
export const DELETING_STEP: StepDef | undefined = ROUTE.findLast(
  (step) => step.destructive === true,
);
