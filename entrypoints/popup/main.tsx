// First: starts reading progress before the rest of the popup's code is evaluated.
import { model } from './progress';
import { effect, signal } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import { createCorrectionsModel } from '../../core/corrections/model';
import { t, uiDirection, uiLanguage } from '../../core/i18n';
import { createHostAccessModel } from '../../core/site/host-access';
import type { AskingMessage, ContinueMessage, InspectMessage } from '../../core/messages';
import type { MessageKey } from '../../core/steps/types';
import { popupQuestion } from '../../components/popup/asking';
import { browserMajor } from '../../core/report/format';
import { isInspection, type Inspection } from '../../core/report/inspection';
import { isNotCoveredUrl } from '../../core/site/hosts';
import popupCss from '../../components/popup/popup.css?inline';

// The styles come with the script rather than as a linked file: a module script waits for every
// stylesheet the page links, and each file is a round trip to the browser process, which the
// popup would pay before its script could even start reading progress (bench/popup-profile.ts).
const style = document.createElement('style');
style.textContent = popupCss;
document.head.append(style);

const access = createHostAccessModel();
const corrections = createCorrectionsModel();
const onContinue = () => {
  const message: ContinueMessage = { type: 'aliexit/continue' };
  void browser.runtime.sendMessage(message);
};

const testers = {
  inspect: inspectActiveTab,
  versions: {
    extension: browser.runtime.getManifest().version,
    browser: browserMajor(navigator.userAgent),
  },
  copy: (text: string) => navigator.clipboard.writeText(text),
  corrections: () => corrections.list.value,
};

/** Asks the active tab's top frame for a fresh look; null when no content script answers. */
async function inspectActiveTab(): Promise<Inspection | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  const message: InspectMessage = { type: 'aliexit/inspect' };
  try {
    const answer: unknown = await browser.tabs.sendMessage(tab.id, message, { frameId: 0 });
    return isInspection(answer) ? answer : null;
  } catch {
    return null;
  }
}

/** The card's question on the active tab, asked in the popup too. */
const question = signal<MessageKey | null>(null);

/** Asks the active tab's running guide whether its card asks "Did you …?" now. */
async function askActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) {
    question.value = null;
    return;
  }
  const message: AskingMessage = { type: 'aliexit/asking' };
  try {
    const answer: unknown = await browser.tabs.sendMessage(tab.id, message, { frameId: 0 });
    question.value = popupQuestion(model.current.value, answer);
  } catch {
    question.value = null;
  }
}
// On opening, after each change of progress, and when the user comes back to the popup.
effect(() => {
  void model.progress.value;
  void askActiveTab();
});
window.addEventListener('focus', () => void askActiveTab());

document.documentElement.lang = uiLanguage();
document.title = t('extName');
document.documentElement.dir = uiDirection();
const root = document.getElementById('app');
const browserName = import.meta.env.FIREFOX ? 'firefox' : 'chrome';
const draw = (notCovered: boolean) => {
  if (root)
    render(
      <Popup
        model={model}
        onContinue={onContinue}
        notCovered={notCovered}
        access={access}
        browserName={browserName}
        testers={testers}
        corrections={corrections}
        question={question}
      />,
      root,
    );
};
access.connect();
void corrections.connect();
draw(false);
// The tab's address is visible to us only on hosts we have access to: AliExpress ones.
void browser.tabs
  .query({ active: true, currentWindow: true })
  .then(([tab]) => draw(isNotCoveredUrl(tab?.url)));
