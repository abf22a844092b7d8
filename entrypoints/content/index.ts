import { browser, type Browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isAskingMessage, isFromPopup, isInspectMessage } from '../../core/messages';
import {
  GUIDE_MODULE_PATH,
  type GuideModule,
  type StartedGuide,
} from '../../core/loader/guide-module';
import { whenGuideWanted } from '../../core/loader/wants-guide';
import { ALIEXPRESS_MATCHES } from '../../core/site/hosts';

/**
 * The built extension imports the guide module from its own files. `npm run dev` bundles it into
 * the loader instead, so that WXT rebuilds it on every change (it never rebuilds a module built
 * beside it); the condition is a build-time constant, so each build keeps one branch only.
 */
function importGuide(): Promise<GuideModule> {
  return import.meta.env.COMMAND === 'serve'
    ? import('./guide')
    : import(/* @vite-ignore */ browser.runtime.getURL(GUIDE_MODULE_PATH));
}

export default defineContentScript({
  matches: [...ALIEXPRESS_MATCHES],
  // Code widgets and login forms come in iframes from other AliExpress hosts [src:account-hosts]
  // [src:code-widget].
  allFrames: true,
  runAt: 'document_idle',
  // WXT's "script started" handshake (a message and a DOM event the page sees and can forge) is
  // gone: the build gives this entry a quiet context (core/loader/quiet-context.ts). The option
  // stays, so that the message is off even in a build without that context.
  noScriptStartedPostMessage: true,
  // What every AliExpress page pays: this small loader. It reads one stored value and listens to
  // the extension's own storage and messages; no observer, no timer, no DOM write. The guide
  // (engine, overlay, labels) is imported only once the user has started it and not hidden it,
  // or our popup's tester view asks the top frame what it sees.
  main(ctx) {
    let started: Promise<StartedGuide> | undefined;
    const start = () =>
      (started ??= importGuide()
        .then((module) => module.startGuide(ctx))
        .catch((error: unknown) => {
          // Nothing is drawn then; a later request (the tester view) may try again.
          started = undefined;
          throw error;
        }));
    const stopWaiting = whenGuideWanted(browser.storage.local, browser.storage.onChanged, () => {
      start().catch((error: unknown) => console.warn('AliExit: the guide did not load', error));
    });

    const isTop = window.top === window;
    const popupUrl = browser.runtime.getURL('/popup.html');
    const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
      if (!isTop || !isFromPopup(sender, browser.runtime.id, popupUrl)) return;
      if (isInspectMessage(message)) return start().then((guide) => guide.inspect());
      // Only a guide already running has a card that may ask: the question never loads one.
      if (isAskingMessage(message) && started)
        return started.then((guide) => ({ ask: guide.asking() }));
      return;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      stopWaiting();
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});
