import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import { createProgressModel } from '../../core/progress/model';
import type { ContinueMessage } from '../../core/messages';
import '../../components/popup/popup.css';

const model = createProgressModel();
const onContinue = () => {
  const message: ContinueMessage = { type: 'aliexit/continue' };
  void browser.runtime.sendMessage(message);
};

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('extName');
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
void model.connect();
const root = document.getElementById('app');
if (root) render(<Popup model={model} onContinue={onContinue} />, root);
