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
import { readProgress, updateProgress, watchProgress } from '../core/progress/storage';
import { DEADLINE_ALARM } from '../core/request/alarm';
import { recordTimeline } from '../core/request/timeline-storage';

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
  const badge = action ? watchBadge(action, browser.alarms) : undefined;
  // The written request's deadline passed while the browser ran: the badge says so.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DEADLINE_ALARM) void badge?.refresh();
  });
  // Listening wakes the background when the browser starts, so the badge is drawn from storage
  // (a deadline that passed while the browser was closed) without waiting for an alarm.
  browser.runtime.onStartup.addListener(() => undefined);
  // "What I did": the day each step is done (dates only), whichever page or tab changed it.
  watchProgress((parsed) => void recordTimeline(parsed.progress));
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
