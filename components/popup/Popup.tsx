import type { ReadonlySignal } from '@preact/signals';
import type { ComponentProps } from 'preact';
import { useState } from 'preact/hooks';
import type { CorrectionsModel } from '../../core/corrections/model';
import type { ProgressModel } from '../../core/progress/model';
import type { MessageKey } from '../../core/steps/types';
import type { HostAccessModel } from '../../core/site/host-access';
import { t } from '../../core/i18n';
import { AppRoute } from './AppRoute';
import { AskInWriting, AskInWritingPointer } from './AskInWriting';
import { Corrections } from './Corrections';
import { BeforeYouDelete } from './BeforeYouDelete';
import { Checklist } from './Checklist';
import { CurrentStep } from './CurrentStep';
import { HostAccess } from './HostAccess';
import { AfterDeletion, NoEmail, Questions } from './HelpSections';
import { SectionTabs, type Section } from './SectionTabs';
import { Testers } from './Testers';

interface PopupProps {
  readonly model: ProgressModel;
  /** Opens or focuses the AliExpress page where the current step happens. */
  readonly onContinue: () => void;
  /** The active tab is on aliexpress.ru, which this guide does not cover. */
  readonly notCovered?: boolean;
  readonly access: HostAccessModel;
  readonly browserName: 'firefox' | 'chrome';
  /** The tester view's connection to the active tab and the clipboard. */
  readonly testers: ComponentProps<typeof Testers>;
  /** What the user showed AliExit on the page (core/corrections). */
  readonly corrections?: CorrectionsModel;
  /** The card's question on the active tab, when it asks one (components/popup/asking.ts). */
  readonly question?: ReadonlySignal<MessageKey | null>;
}

export function Popup({
  model,
  onContinue,
  notCovered = false,
  access,
  browserName,
  testers,
  corrections,
  question,
}: PopupProps) {
  const [section, setSection] = useState('route');
  // From "No email access" and "Questions": show "Ask in writing" and put focus on its tab.
  const openRequest = () => {
    setSection('request');
    setTimeout(() => document.getElementById('tab-request')?.focus());
  };
  if (!model.loaded.value) return null;
  const { running, visible, beforeYouDelete, appRoute } = model.progress.value;
  const step = model.current.value;
  const finished = model.finished.value;
  const statuses = model.statuses.value;
  const number = model.stepNumber.value;
  const done = model.done.value;
  // Read out when the step changes (the popup follows progress made on the page).
  const announcement = !running
    ? ''
    : finished
      ? t('finished')
      : t('announceStep', [String(number), String(model.total), t(step.text.title)]);

  const sections: readonly Section[] = [
    {
      id: 'route',
      label: 'tabRoute',
      render: () => (
        <>
          {!running && (
            <div class="intro">
              <p>{t('popupIntro')}</p>
              <button
                type="button"
                class="primary"
                data-action="start"
                onClick={() => void model.start()}
              >
                {t('start')}
              </button>
            </div>
          )}
          {running && finished && <p class="finished">{t('finished')}</p>}
          {running && !finished && (
            <CurrentStep
              step={step}
              number={number}
              total={model.total}
              onContinue={onContinue}
              onDidThis={() => void model.complete(step.id)}
              question={question?.value}
            />
          )}
          <Checklist items={statuses} />
        </>
      ),
    },
    {
      id: 'before',
      label: 'tabBefore',
      render: () => (
        <BeforeYouDelete
          ticked={beforeYouDelete}
          onTick={(id, on) => void model.setCheck(id, on)}
        />
      ),
    },
    {
      id: 'app',
      label: 'tabApp',
      render: () => (
        <AppRoute ticked={appRoute} onTick={(id, on) => void model.setAppStep(id, on)} />
      ),
    },
    {
      id: 'no-email',
      label: 'tabNoEmail',
      render: () => (
        <>
          <NoEmail />
          <AskInWritingPointer onOpen={openRequest} />
        </>
      ),
    },
    {
      id: 'questions',
      label: 'tabQuestions',
      render: () => (
        <>
          <Questions />
          <AskInWritingPointer onOpen={openRequest} />
        </>
      ),
    },
    { id: 'after', label: 'tabAfter', render: () => <AfterDeletion /> },
    { id: 'request', label: 'tabRequest', render: () => <AskInWriting copy={testers.copy} /> },
  ];

  return (
    <main class="popup">
      <header>
        <h1>{t('extName')}</h1>
        <p class="count">{t('progressOf', [String(done), String(model.total)])}</p>
        <progress max={model.total} value={done} aria-hidden="true" />
      </header>
      <HostAccess access={access} browserName={browserName} />
      <p class="sr-only" role="status" data-live="popup">
        {announcement}
      </p>
      {model.repaired.value && <p class="notice">{t('repairedNotice')}</p>}
      {notCovered && (
        <p class="notice" data-notice="not-covered">
          {t('notCovered')}
        </p>
      )}
      <SectionTabs sections={sections} selected={section} onSelect={setSection} />
      {corrections && <Corrections model={corrections} />}
      <Testers {...testers} />
      <footer>
        {running && (
          <label class="toggle">
            <input
              type="checkbox"
              data-action="toggle-highlights"
              checked={visible}
              onChange={(event) => void model.setVisible(event.currentTarget.checked)}
            />
            {t('showHighlights')}
          </label>
        )}
        <button type="button" data-action="reset" onClick={() => void model.reset()}>
          {t('reset')}
        </button>
      </footer>
    </main>
  );
}
