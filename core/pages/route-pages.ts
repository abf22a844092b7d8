import { targets } from '../steps/targets';
import type { MainDetector } from './detector';
import { fromControl, fromHeading, fromSelector, fromSeveral, fromUrl } from './evidence';

/** login./passport. hosts and the ug-login page [src:sign-in-url]. */
const LOGIN_URLS = [/^(login|passport)\.aliexpress\.(com|us)\//, /\/ug-login(-page)?\//];

/** Either screen of the sign-in: the email with Continue, the password with Sign in [src:two-step-sign-in]. */
export const login: MainDetector = {
  kind: 'login',
  sort: 'main',
  urls: LOGIN_URLS,
  // The URL alone is not enough (a redirect may not have rendered the form yet): the form decides.
  read: (snapshot, labels) => {
    const submit = fromControl(snapshot, targets.loginSubmit, labels, 'Sign in button');
    const url = fromUrl(snapshot, LOGIN_URLS);
    const button =
      submit.length > 0
        ? submit
        : fromControl(snapshot, targets.loginContinue, labels, 'Continue button');
    // The unknown-email message is text, not a control: it counts on the sign-in's address only.
    const control =
      button.length > 0 || url.length === 0
        ? button
        : fromControl(snapshot, targets.unknownEmailNotice, labels, 'unknown email', 'labels');
    if (control.length === 0) return [];
    return [
      ...url,
      ...control,
      ...fromSelector(
        snapshot,
        [
          '#fm-login-id',
          '#fm-login-password',
          'input[label="Email or phone number"]',
          'input[label="Email"]',
        ],
        'login boxes [src:login-form]',
      ),
    ];
  },
  samples: {
    pages: [
      'login',
      'login-return-url',
      'login-frame',
      'login@es',
      'login-password',
      'login-multiple-email',
      'login-classic',
    ],
    urls: [
      'https://login.aliexpress.com/',
      'https://login.aliexpress.com/?return_url=https%3A%2F%2Fwww.aliexpress.com%2F',
      'https://passport.aliexpress.com/mini_login.htm',
      'https://www.aliexpress.com/p/ug-login-page/login.html',
      'https://login.aliexpress.us/',
    ],
  },
};

/** /p/account/index.html and /account/index.html [src:account-center-url], also on m. and language hosts. */
const ACCOUNT_URLS = [/\.aliexpress\.(com|us)\/(p\/)?account\/index\.html$/];

export const account: MainDetector = {
  kind: 'account',
  sort: 'main',
  urls: ACCOUNT_URLS,
  // A Settings link is on many pages (a breadcrumb, a sidebar): it counts only with the address.
  read: (snapshot, labels) => {
    const url = fromUrl(snapshot, ACCOUNT_URLS);
    if (url.length === 0) return [];
    return [
      ...url,
      ...fromControl(snapshot, targets.settingsOnAccountPage, labels, 'Settings link'),
    ];
  },
  samples: {
    pages: ['account', 'account@de', 'm-account'],
    urls: [
      'https://www.aliexpress.com/p/account/index.html',
      'https://www.aliexpress.com/account/index.html',
      'https://m.aliexpress.com/account/index.html',
      'https://es.aliexpress.com/p/account/index.html?spm=a2g0o.home.0.0',
      'https://www.aliexpress.us/p/account/index.html',
    ],
  },
};

/** /account/setting/index.html and the older home.aliexpress.com/account_settings.htm [src:settings-url]. */
const SETTINGS_URLS = [
  /\.aliexpress\.(com|us)\/(p\/)?account\/setting(s)?(\/index)?\.html$/,
  /^home\.aliexpress\.(com|us)\/account_settings\.htm$/,
];

/** Its URL, its heading, and a Delete account control (under "Personal information", [src:flow-texts]). */
export const settings: MainDetector = {
  kind: 'settings',
  sort: 'main',
  urls: SETTINGS_URLS,
  // A Delete account control alone may be another page's button: with the address or heading.
  read: (snapshot, labels) => {
    const place = [
      ...fromUrl(snapshot, SETTINGS_URLS),
      ...fromHeading(snapshot, labels.settings, 'Settings heading'),
    ];
    if (place.length === 0) return [];
    return [
      ...place,
      ...fromControl(snapshot, targets.deleteAccountLink, labels, 'Delete account entry'),
    ];
  },
  samples: {
    pages: ['settings', 'settings@es', 'settings@ja', 'm-settings', 'settings+absent'],
    urls: [
      'https://www.aliexpress.com/account/setting/index.html',
      'https://fr.aliexpress.com/account/setting/index.html?spm=a2g0o.home.headerAcount.7',
      'https://home.aliexpress.com/account_settings.htm',
    ],
  },
};

/** URL unknown: its "Delete Your Account" button [src:flow-texts] under a deletion heading [src:deletion-pages-url]. */
export const deleteExplainer: MainDetector = {
  kind: 'delete-explainer',
  sort: 'main',
  read: (snapshot, labels) => [
    ...fromControl(snapshot, targets.deleteYourAccount, labels, 'Delete Your Account button'),
    ...fromHeading(snapshot, labels.deleteYourAccount, 'deletion heading'),
  ],
  samples: { pages: ['delete-explainer', 'delete-explainer@fr', 'm-delete-explainer'] },
};

/** URL unknown: the email method [src:flow-texts] among the other ways, under a security heading (ours). */
export const securityCheck: MainDetector = {
  kind: 'security-check',
  sort: 'main',
  read: (snapshot, labels) => {
    const method = fromControl(snapshot, targets.emailMethod, labels, 'email method');
    if (method.length === 0) return [];
    return [
      ...method,
      ...fromHeading(snapshot, labels.securityVerification, 'security heading'),
      ...fromSeveral(
        snapshot,
        [targets.emailMethod, targets.orderMethod, targets.customerService],
        labels,
        'the other ways to prove it is you',
      ),
    ];
  },
  samples: { pages: ['security-check', 'security-check@ar', 'm-security-check'] },
};

/** URL unknown: code boxes [src:code-widget] and a Verify button. */
export const codeEntry: MainDetector = {
  kind: 'code-entry',
  sort: 'main',
  read: (snapshot, labels) => {
    const boxes = fromControl(snapshot, targets.codeBoxes, labels, 'code boxes');
    if (boxes.length === 0) return [];
    return [
      ...boxes,
      ...fromControl(snapshot, targets.verifyButton, labels, 'Verify button', 'labels'),
      ...fromHeading(snapshot, labels.securityVerification, 'security heading'),
      ...fromHeading(snapshot, labels.verificationCode, 'code heading'),
    ];
  },
  samples: { pages: ['code-entry', 'code-widget', 'code-entry@pt', 'm-code-entry'] },
};

/** URL unknown: the closing checkbox, matched on meaning [src:checkbox-sentence], and the Delete Account button. */
export const finalConfirmation: MainDetector = {
  kind: 'final-confirmation',
  sort: 'main',
  read: (snapshot, labels) => {
    const box = fromControl(snapshot, targets.confirmCheckbox, labels, 'confirmation checkbox');
    if (box.length === 0) return [];
    return [
      ...box,
      ...fromControl(snapshot, targets.deleteButton, labels, 'Delete Account button', 'labels'),
      ...fromHeading(snapshot, labels.deleteAccountButton, 'deletion heading'),
    ];
  },
  samples: { pages: ['final-confirmation', 'final-confirmation@de', 'm-final-confirmation'] },
};

/**
 * URL and wording unknown ([src:deletion-pages-url]): a heading saying the account was deleted. Its only other
 * evidence can be the absence of every other page's marks, so it is proven at a lower strength;
 * the guide still says "deleted" only after the user's own click on Delete Account.
 */
export const deleted: MainDetector = {
  kind: 'deleted',
  sort: 'main',
  read: (snapshot, labels) => fromHeading(snapshot, labels.accountDeleted, 'deleted heading'),
  strongAt: 3,
  samples: { pages: ['deleted', 'deleted@ja', 'm-deleted'] },
};
