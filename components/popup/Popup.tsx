import type { ProgressModel } from '../../core/progress/model';
import type { HostAccessModel } from '../../core/site/host-access';
import { t } from '../../core/i18n';
import { Checklist } from './Checklist';
import { CurrentStep } from './CurrentStep';
import { HostAccess } from './HostAccess';

interface PopupProps {
  readonly model: ProgressModel;
  /** Opens or focuses the AliExpress page where the current step happens. */
  readonly onContinue: () => void;
  /** The active tab is on aliexpress.ru, which this guide does not cover. */
  readonly notCovered?: boolean;
  readonly access: HostAccessModel;
  readonly browserName: 'firefox' | 'chrome';
}

export function Popup({ model, onContinue, notCovered = false, access, browserName }: PopupProps) {
  if (!model.loaded.value) return null;
  const { running, visible } = model.progress.value;
  const step = model.current.value;
  const number = model.statuses.value.findIndex((item) => item.status === 'current') + 1;
  return (
    <main class="popup">
      <header>
        <h1>{t('extName')}</h1>
        <p class="count">{t('progressOf', [String(model.done.value), String(model.total)])}</p>
        <progress max={model.total} value={model.done.value} aria-hidden="true" />
      </header>
      <HostAccess access={access} browserName={browserName} />
      {model.repaired.value && <p class="notice">{t('repairedNotice')}</p>}
      {notCovered && (
        <p class="notice" data-notice="not-covered">
          {t('notCovered')}
        </p>
      )}
      {!running && (
        <section class="intro">
          <p>{t('popupIntro')}</p>
          <button
            type="button"
            class="primary"
            data-action="start"
            onClick={() => void model.start()}
          >
            {t('start')}
          </button>
        </section>
      )}
      {running && model.finished.value && <p class="finished">{t('finished')}</p>}
      {running && !model.finished.value && (
        <CurrentStep
          step={step}
          number={number}
          total={model.total}
          onContinue={onContinue}
          onDidThis={() => void model.complete(step.id)}
        />
      )}
      <Checklist items={model.statuses.value} />
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
