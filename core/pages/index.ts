import type { LabelSet } from '../labels/types';
import type { PageSnapshot } from '../locate/snapshot';
import { accountMenu } from './account-menu';
import { account } from './account';
import { codeEntry } from './code-entry';
import { deleteExplainer } from './delete-explainer';
import { deleted } from './deleted';
import type { PageDetector } from './detector';
import { finalConfirmation } from './final-confirmation';
import { header } from './header';
import type { PageKind } from './kinds';
import { login } from './login';
import { securityCheck } from './security-check';
import { settings } from './settings';
import { signedOut } from './signed-out';
import { botCheck } from './bot-check';
import { legacyAccount } from './legacy-account';
import { privacyCenter, privacyRequest, privacySubmitted } from './privacy';

export const DETECTORS: readonly PageDetector[] = [
  signedOut,
  login,
  header,
  accountMenu,
  account,
  settings,
  deleteExplainer,
  securityCheck,
  codeEntry,
  finalConfirmation,
  deleted,
  botCheck,
  legacyAccount,
  privacyCenter,
  privacyRequest,
  privacySubmitted,
];

/** Every kind the page is of right now. */
export function detectPages(snapshot: PageSnapshot, labels: LabelSet): ReadonlySet<PageKind> {
  return new Set(DETECTORS.filter((d) => d.matches(snapshot, labels)).map((d) => d.kind));
}
