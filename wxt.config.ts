import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { ALIEXPRESS_MATCHES, NOT_COVERED_MATCHES } from './core/site/hosts';
import { guideModuleHooks } from './scripts/guide-module-build';
import { quietContextPlugin } from './scripts/quiet-context-plugin';

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
    // not cover it: no script runs there. `alarms`: one alarm, on the day a written request's
    // deadline passes, so the badge changes while the browser runs (core/request/alarm.ts).
    permissions: ['storage', 'alarms'],
    host_permissions: [...ALIEXPRESS_MATCHES, ...NOT_COVERED_MATCHES],
    action: { default_title: '__MSG_extName__' },
    // Shows or hides the guide from the keyboard. The commands API needs no permission.
    // Not Alt+Shift+A: Chrome keeps that one (focus inactive dialogs) and leaves ours unset.
    commands: {
      'toggle-guide': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandToggleGuide__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140 (an ESR) is the first Firefox that reads data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing is collected or transmitted (Firefox's built-in consent, 2025).
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // The content script's context tells the page nothing and hears nothing from it.
  vite: () => ({ plugins: [preact(), quietContextPlugin()] }),
  // The content script is a small loader; the guide is an ES module it imports while running.
  hooks: guideModuleHooks(ALIEXPRESS_MATCHES),
  zip: {
    // `npm run zip`: .output/aliexit-<version>-{chrome,firefox}.zip for the stores, and
    // aliexit-<version>-sources.zip for addons.mozilla.org's reviewers: what builds the add-on and
    // where its facts come from (docs/sources.md, docs/labels.md), without the tests, their
    // replica site, the screenshots, the benchmark and the CI scripts.
    excludeSources: [
      'tests/**',
      'docs/screenshots/**',
      'docs/performance.md',
      'test-results/**',
      'bench/**',
      // scripts/guide-module-build.ts stays: the build needs it.
      'scripts/test-summary.mjs',
      'scripts/ensure-browsers.mjs',
      'scripts/label-sources.ts',
      'vitest.config.ts',
    ],
  },
});
