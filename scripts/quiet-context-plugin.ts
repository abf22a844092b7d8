import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The import WXT's content script entry constructs its context from. */
const WXT_CONTEXT = 'wxt/utils/content-script-context';
/** WXT's virtual entry module that wraps a content script's `main` (isolated world). */
const WXT_ENTRY = 'content-script-isolated-world-entrypoint';

/**
 * Gives WXT's content script entry AliExit's quiet context (core/loader/quiet-context.ts) in
 * place of WXT's own, which talks to the page through a DOM event. Only the entry's import is
 * redirected: the quiet context itself extends WXT's class from the same module.
 */
export function quietContextPlugin(): Plugin {
  const quiet = fileURLToPath(new URL('../core/loader/quiet-context.ts', import.meta.url));
  return {
    name: 'aliexit:quiet-content-script-context',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== WXT_CONTEXT || !importer?.includes(WXT_ENTRY)) return null;
      return quiet;
    },
  };
}
