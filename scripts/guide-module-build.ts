import { resolve } from 'node:path';
import type { InlineConfig, PluginOption } from 'vite';
import type { Wxt } from 'wxt';
import { GUIDE_MODULE_DIR, GUIDE_MODULE_PATH } from '../core/loader/guide-module';

/**
 * Builds the guide (entrypoints/content/guide.tsx) as an ES module beside the content script,
 * after WXT's own build: the content script every AliExpress page runs stays a small loader,
 * and imports this module only while the guide runs (WXT's documented way: its
 * "esm-content-script-ui" example; WXT has no built-in ESM content scripts yet).
 *
 * The module is built with the content script's own Vite config (Preact, the polyfill, WXT's
 * globals), minus the IIFE wrapping. In Chrome it is web-accessible to AliExpress pages only (a
 * dynamic import in a content script is fetched for the page's origin), through the per-session
 * URL, so a page cannot probe a fixed address to learn that AliExit is installed. Firefox needs
 * no listing at all: its content scripts import the add-on's own files with the add-on's
 * principal (tried in Firefox ESR 153, strict page CSP too), and MV2 could only list it for
 * every site, where any page that knows the add-on's UUID could fetch it.
 */
const ENTRY = 'entrypoints/content/guide.tsx';
/** WXT's plugins that wrap an entrypoint into an IIFE: an ES module has none. */
const IIFE_ONLY = new Set(['wxt:iife-footer', 'wxt:iife-anonymous']);

export function guideModuleHooks(matches: readonly string[]) {
  let contentConfig: InlineConfig | undefined;
  return {
    'vite:build:extendConfig': (entrypoints: readonly { name: string }[], config: InlineConfig) => {
      if (entrypoints.some((entrypoint) => entrypoint.name === 'content')) contentConfig = config;
    },
    'build:done': async (wxt: Wxt) => {
      // `npm run dev` bundles the guide into the loader (entrypoints/content/index.ts).
      if (wxt.config.command === 'serve') return;
      if (!contentConfig) throw new Error('guide module: the content script was not built');
      const { build } = await import('vite');
      await build(esmConfig(contentConfig, wxt.config.root));
    },
    'build:manifestGenerated': (wxt: Wxt, manifest: { web_accessible_resources?: unknown[] }) => {
      if (wxt.config.command === 'serve') return;
      // Firefox imports it without: nothing listed, nothing a page can fetch.
      if (wxt.config.browser === 'firefox') return;
      manifest.web_accessible_resources = [
        ...(manifest.web_accessible_resources ?? []),
        { resources: [`${GUIDE_MODULE_DIR}/*`], matches: [...matches], use_dynamic_url: true },
      ];
    },
    'prepare:publicPaths': (_wxt: Wxt, paths: (string | object)[]) => {
      paths.push(GUIDE_MODULE_PATH.slice(1));
    },
  };
}

function esmConfig(content: InlineConfig, root: string): InlineConfig {
  // Vite 8 (Rolldown) reads rolldownOptions; the content script's own (an IIFE) must not leak in.
  const inherited = { ...content.build };
  delete inherited.rollupOptions;
  delete inherited.rolldownOptions;
  return {
    ...content,
    plugins: withoutIifePlugins(content.plugins ?? []),
    build: {
      ...inherited,
      lib: false,
      // WXT's build already copied public/ and must keep what it wrote.
      copyPublicDir: false,
      emptyOutDir: false,
      rolldownOptions: {
        input: { guide: resolve(root, ENTRY) },
        preserveEntrySignatures: 'exports-only',
        output: {
          format: 'es',
          entryFileNames: `${GUIDE_MODULE_DIR}/[name].js`,
          chunkFileNames: `${GUIDE_MODULE_DIR}/[name]-[hash].js`,
          assetFileNames: `${GUIDE_MODULE_DIR}/[name]-[hash][extname]`,
        },
      },
    },
  };
}

function withoutIifePlugins(plugins: PluginOption[]): PluginOption[] {
  return plugins.flat().filter((plugin) => {
    const name = plugin && typeof plugin === 'object' && 'name' in plugin ? plugin.name : '';
    return !IIFE_ONLY.has(String(name));
  });
}
