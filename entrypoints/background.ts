import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { watchBadge, type BadgeAction } from '../core/background/badge';
import { handleCommand } from '../core/background/toggle-command';
import {
  isFromOwnContentScript,
  isFromPopup,
  isMessage,
  isProgressMessage,
} from '../core/messages';
import { applyChange } from '../core/progress/changes';
import { continueTarget } from '../core/navigation';
import { relayToTop } from '../core/frames';
import { ALIEXPRESS_MATCHES } from '../core/site/hosts';
import { readProgress, updateProgress } from '../core/progress/storage';

export default defineBackground(() => {
  const popupUrl = browser.runtime.getURL('/popup.html');
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const relay = relayToTop(message, sender, browser.runtime.id);
    if (relay) {
      // The top frame may be gone (navigated): nothing to tell then.
      browser.tabs.sendMessage(relay.tabId, relay.message, { frameId: 0 }).catch(() => undefined);
      return;
    }
    if (isProgressMessage(message) && isFromOwnContentScript(sender, browser.runtime.id)) {
      return updateProgress(applyChange(message));
    }
    if (!isMessage(message) || !isFromPopup(sender, browser.runtime.id, popupUrl)) return;
    return continueRoute();
  });
  // Chrome (MV3) has `action`; Firefox's MV2 build has `browserAction`.
  const action: BadgeAction | undefined = browser.action ?? browser.browserAction;
  if (action) watchBadge(action);
  browser.commands?.onCommand.addListener((command: string) => void handleCommand(command));
});

/** Opens or focuses the AliExpress page where the user's next step happens. */
async function continueRoute(): Promise<void> {
  const [{ progress }, tabs] = await Promise.all([
    readProgress(),
    browser.tabs.query({ url: [...ALIEXPRESS_MATCHES] }),
  ]);
  const target = continueTarget(progress, tabs);
  if (target.kind === 'open') {
    await browser.tabs.create({ url: target.url, active: true });
    return;
  }
  await browser.tabs.update(target.tabId, { active: true });
  if (target.windowId !== undefined)
    await browser.windows.update(target.windowId, { focused: true });
}
