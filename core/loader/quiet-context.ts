import { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT's content script context without its page-visible handshake . WXT tells an older
 * copy of a content script to stop by dispatching a CustomEvent named
 * `<extension id>:content:wxt:content-script-started` on the document, and stops when it hears
 * one. The page hears that event on every load (it learns AliExit is installed, and Chrome's
 * extension id) and can dispatch its own copy to switch the guide off. Here neither happens:
 * nothing is dispatched, nothing is listened to.
 *
 * An older copy is dealt with otherwise. Chrome never injects a new copy into a tab that is
 * already open (an update reaches a tab on its next load), and the orphaned copy's
 * `browser.runtime.id` is gone: `isValid` (WXT's own check) then invalidates it, and the guide
 * asks it before every evaluation. Firefox unloads an old copy itself when it injects the new
 * one; what that copy drew is removed when the guide starts (core/guide/leftovers.ts).
 *
 * The build puts this class where WXT's content script entry constructs its context
 * (scripts/quiet-context-plugin.ts); tests/e2e/page-attacks.test.ts checks, in both browsers,
 * that the page hears nothing and that a forged event changes nothing.
 */
export class ContentScriptContext extends WxtContentScriptContext {
  override stopOldScripts(): void {
    // Nothing goes to the page.
  }

  override listenForNewerScripts(): void {
    // Nothing the page dispatches is heard.
  }
}
