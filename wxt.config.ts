import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { ALIEXPRESS_MATCHES, NOT_COVERED_MATCHES } from './core/site/hosts';

/** Fixed, so that Firefox keeps the add-on's storage across updates and reinstalls. */
export const GECKO_ID = 'aliexit@aliexit.org';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege: progress lives in storage; host access is only for AliExpress pages.
    // aliexpress.ru is there only so the popup can see the user is on it and say the guide does
    // not cover it: no script runs there.
    permissions: ['storage'],
    host_permissions: [...ALIEXPRESS_MATCHES, ...NOT_COVERED_MATCHES],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '128.0',
              // Nothing is collected or transmitted (Firefox's built-in consent, 2025).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
