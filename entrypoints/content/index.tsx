import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Overlay } from '../../components/overlay/Overlay';
import { lazyOverlay } from '../../components/overlay/lazy-overlay';
import { createGuide } from '../../core/guide/controller';
import type { OverlayActions } from '../../core/guide/overlay-state';
import { createFrameLink } from '../../core/frames';
import { createProgressModel } from '../../core/progress/model';
import { writeViaBackground } from '../../core/progress/via-background';
import { isFromPopup, isInspectMessage } from '../../core/messages';
import { inspectPage } from '../../core/report/inspect';
import { isRendered } from '../../core/guide/visibility';
import { browser, type Browser } from 'wxt/browser';
import { ALIEXPRESS_MATCHES } from '../../core/site/hosts';

export default defineContentScript({
  matches: [...ALIEXPRESS_MATCHES],
  // Code widgets and login forms come in iframes from other AliExpress hosts ([C], [1]).
  allFrames: true,
  runAt: 'document_idle',
  // Until the user presses Start this reads one stored value and then waits: no observer,
  // no timer, no DOM write. Everything else lives in the guide's session.
  async main(ctx) {
    const model = createProgressModel(
      writeViaBackground((message) => browser.runtime.sendMessage(message)),
    );
    const unwatch = await model.connect();
    const actions: OverlayActions = {
      didThis: () => void model.complete(model.current.value.id),
      hide: () => void model.setVisible(false),
    };
    const port = lazyOverlay(ctx, (container) =>
      render(<Overlay state={guide.state} actions={actions} />, container),
    );
    const frame = createFrameLink(window.top === window, (message) => {
      void browser.runtime.sendMessage(message).catch(() => undefined);
    });
    const popupUrl = browser.runtime.getURL('/popup.html');
    const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
      // The tester view: a fresh look at the page, only when our popup asks the top frame.
      if (isInspectMessage(message)) {
        if (!frame.isTop || !isFromPopup(sender, browser.runtime.id, popupUrl)) return;
        const url = new URL(window.location.href);
        return Promise.resolve(inspectPage(document, url, model.progress.value, isRendered));
      }
      frame.receive(message, sender, browser.runtime.id);
    };
    browser.runtime.onMessage.addListener(onMessage);
    const guide = createGuide({ win: window, model, overlay: port, frame });
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      guide.dispose();
      unwatch();
    });
  },
});
