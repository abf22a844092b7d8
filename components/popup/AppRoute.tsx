import { APP_ROUTE, APP_ROUTE_SOURCE, type AppStepId } from '../../core/app-route';
import { t } from '../../core/i18n';
import { SourceNote } from './SourceNote';

interface AppRouteProps {
  readonly ticked: readonly AppStepId[];
  readonly onTick: (id: AppStepId, ticked: boolean) => void;
}

/** The route in the AliExpress app: the extension cannot run there, so the user ticks it. */
export function AppRoute({ ticked, onTick }: AppRouteProps) {
  const total = APP_ROUTE.length;
  return (
    <>
      <p>{t('appIntro')}</p>
      <p class="count">{t('appCount', [String(ticked.length), String(total)])}</p>
      <progress max={total} value={ticked.length} aria-label={t('progressLabel')} />
      <ol class="ticklist numbered">
        {APP_ROUTE.map((step) => {
          const checked = ticked.includes(step.id);
          const box = `app-${step.id}`;
          return (
            <li key={step.id} data-app-step-id={step.id} data-checked={String(checked)}>
              <input
                type="checkbox"
                id={box}
                checked={checked}
                onChange={(event) => onTick(step.id, event.currentTarget.checked)}
              />
              <label for={box}>{t(step.text)}</label>
            </li>
          );
        })}
      </ol>
      <SourceNote source={APP_ROUTE_SOURCE} />
    </>
  );
}
