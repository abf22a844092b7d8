import { render } from 'preact';
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Overlay } from '../../components/overlay/Overlay';
import { lazyOverlay } from '../../components/overlay/lazy-overlay';
import { createFrameLink } from '../../core/frames';
import { createGuide } from '../../core/guide/controller';
import { cardActions } from '../../core/guide/card-actions';
import { removeLeftovers } from '../../core/guide/leftovers';
import { isRendered } from '../../core/guide/visibility';
import type { GuideModule } from '../../core/loader/guide-module';
import { createProgressModel } from '../../core/progress/model';
import { writeViaBackground } from '../../core/progress/via-background';
import { inspectPage } from '../../core/report/inspect';

/**
 * The guide itself: built as an ES module (see scripts/guide-module-build.ts) and imported by the
 * content script (./index.ts) only once the guide is wanted on the page, or a tester asks what
 * the page looks like. Pages the user merely shops on never load it.
 */
export const startGuide: GuideModule['startGuide'] = async (ctx: ContentScriptContext) => {
  const model = createProgressModel(
    writeViaBackground((message) => browser.runtime.sendMessage(message)),
  );
  const unwatch = await model.connect();
  const actions = cardActions(model, {
    showMe: () => guide.showMe(),
    notIt: () => guide.notIt(),
    cancelPick: () => guide.cancelPick(),
  });
  const port = lazyOverlay(ctx, (container) =>
    render(<Overlay state={guide.state} actions={actions} />, container),
  );
  const frame = createFrameLink(window.top === window, (message) => {
    void browser.runtime.sendMessage(message).catch(() => undefined);
  });
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
    frame.receive(message, sender, browser.runtime.id);
  };
  browser.runtime.onMessage.addListener(onMessage);
  removeLeftovers(document);
  // An orphaned copy (the extension was updated or removed) stops at its next evaluation.
  const guide = createGuide({
    win: window,
    model,
    overlay: port,
    frame,
    isValid: () => ctx.isValid,
  });
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    guide.dispose();
    unwatch();
  });
  return {
    // The tester view: a fresh look at the page, with the progress as stored now.
    inspect: () =>
      inspectPage(
        document,
        new URL(window.location.href),
        model.progress.value,
        isRendered,
        undefined,
        guide.attachCorrections,
      ),
    asking: () => {
      const shown = guide.state.value;
      return shown?.step.ask !== undefined && shown.instruction === shown.step.ask
        ? shown.instruction
        : null;
    },
  };
};
