import type { ClaimSource } from './claims';
import type { MessageKey } from './steps/types';

export const APP_STEP_IDS = [
  'app-sign-in',
  'app-account',
  'app-settings',
  'app-delete-account',
  'app-delete-your-account',
  'app-verify',
  'app-confirm-delete',
] as const;

export type AppStepId = (typeof APP_STEP_IDS)[number];

export interface AppStep {
  readonly id: AppStepId;
  readonly text: MessageKey;
}

/**
 * The route in the AliExpress app [src:route-mobile-app]. The extension cannot run
 * in the app, so the user ticks each step. Described by third-party how-to guides.
 */
export const APP_ROUTE: readonly AppStep[] = [
  { id: 'app-sign-in', text: 'appSignIn' },
  { id: 'app-account', text: 'appAccount' },
  { id: 'app-settings', text: 'appSettings' },
  { id: 'app-delete-account', text: 'appDeleteAccount' },
  { id: 'app-delete-your-account', text: 'appDeleteYourAccount' },
  { id: 'app-verify', text: 'appVerify' },
  { id: 'app-confirm-delete', text: 'appConfirmDelete' },
];

export const APP_ROUTE_SOURCE: ClaimSource = 'third-party';
