import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { ALIEXPRESS_MATCHES } from './core/site/hosts';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege: progress lives in storage; host access is only for AliExpress pages.
    permissions: ['storage'],
    host_permissions: [...ALIEXPRESS_MATCHES],
    action: { default_title: '__MSG_extName__' },
  },
  vite: () => ({ plugins: [preact()] }),
});
