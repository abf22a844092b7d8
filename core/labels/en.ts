import type { LabelSet } from './types';

const HOW_TO = 'third-party how-to articles on deleting an AliExpress account (2024-2026)';
const TWO_STEP =
  'two-step sign-in, a selector set kept against the live site 2025-09..2026-01 [src:two-step-sign-in]';

/** English, the site's default language (www.aliexpress.com). */
export const en: LabelSet = {
  signInRegister: {
    phrases: ['Sign in / Register'],
    variants: ['Sign in or register'],
    source: 'confirmed',
    note: 'header of signed-out pages, public captures of the header',
  },
  signIn: {
    phrases: ['Sign in'],
    variants: ['Log in'],
    source: 'confirmed',
    note: 'login form',
  },
  continue: {
    phrases: ['Continue'],
    source: 'single-source',
    note: `${TWO_STEP}: the email screen's button[aria-label="Continue"]`,
  },
  back: {
    phrases: ['Back'],
    source: 'single-source',
    note: `${TWO_STEP}: the unknown-email page's Register and Back buttons`,
  },
  unknownEmail: {
    phrases: [
      'You do not have an account with this email, please try again with a different email.',
    ],
    variants: ['You do not have an account with this email'],
    source: 'single-source',
    note: `${TWO_STEP}: the page an unknown email gets`,
  },
  account: {
    phrases: ['Account'],
    variants: ['My Account'],
    source: 'confirmed',
    note: 'header, public code',
  },
  settings: {
    phrases: ['Settings'],
    variants: ['Account settings'],
    source: 'confirmed',
    note: HOW_TO,
  },
  deleteAccountLink: {
    phrases: ['Delete account'],
    source: 'confirmed',
    note: `${HOW_TO}; under "Personal information"`,
  },
  deleteYourAccount: { phrases: ['Delete Your Account'], source: 'confirmed', note: HOW_TO },
  securityVerification: {
    phrases: ['Security verification', 'Verify your identity', 'Security check'],
    source: 'ours',
    note: 'the security-check page heading has not been seen publicly',
  },
  emailMethod: {
    phrases: ['With your email verification', 'With Your Email'],
    variants: ['Verify with email'],
    source: 'confirmed',
    note: HOW_TO,
  },
  verificationCode: {
    phrases: ['Verification code', 'Enter the code'],
    source: 'ours',
    note: 'the code box label has not been seen publicly',
  },
  verify: { phrases: ['Verify'], variants: ['Submit'], source: 'confirmed', note: HOW_TO },
  confirmSentence: {
    phrases: ['Yes, I want to permanently close my AliExpress account and delete my data'],
    // The one source may have copied another shop's sentence: match on meaning too.
    allWords: [['close', 'delete', 'deleting', 'closing'], ['account'], ['permanently', 'data']],
    source: 'single-source',
    note: 'one how-to article; matched on meaning (close/delete + account + data)',
  },
  deleteAccountButton: {
    phrases: ['Delete Account'],
    variants: ['Delete', 'Confirm deletion'],
    source: 'confirmed',
    note: HOW_TO,
  },
  accountDeleted: {
    phrases: ['Your account has been deleted', 'Account deleted', 'Your account is deleted'],
    source: 'ours',
    note: 'the page after deletion has not been seen publicly',
  },
  orderMethod: {
    phrases: ['With a previous order paid by card'],
    variants: ['Verify with an order', 'With your order'],
    source: 'single-source',
    note: 'how-to articles: other ways to prove identity (a previous order paid by card) [src:route-no-email]',
  },
  customerService: {
    phrases: ['Contact customer service'],
    variants: ['Customer service', 'Contact us'],
    source: 'single-source',
    note: 'how-to articles: customer service when the email is not reachable [src:route-no-email]',
  },
  privacyDeleteMyAccount: {
    phrases: ['Delete my account'],
    source: 'confirmed',
    note: 'public deletion directories, privacy.aliexpress.com/home#/request/delete',
  },
  privacyDelete: {
    phrases: ['Delete'],
    variants: ['Submit'],
    source: 'confirmed',
    note: 'same directories',
  },
  privacySubmitted: {
    phrases: ['Your request has been submitted', 'Request submitted', 'Submitted successfully'],
    source: 'ours',
    note: 'the privacy center page after the request has not been seen publicly',
  },
  legacyProfile: {
    phrases: ['Edit Member Profile'],
    variants: ['Member Profile'],
    source: 'confirmed',
    note: 'legacy accounts.aliexpress.com profile page',
  },
  legacyDeactivate: {
    phrases: ['Deactivate Account'],
    variants: ['Deactivate my account'],
    source: 'confirmed',
    note: 'legacy accounts.aliexpress.com deactivation page (the option is gone)',
  },
  slideToVerify: {
    phrases: ['Please slide to verify'],
    variants: ['Slide to verify', 'slide to complete the puzzle'],
    source: 'single-source',
    note: 'the slider captcha on punish pages',
  },
};
