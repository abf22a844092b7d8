import type { HostAccessModel } from '../../core/site/host-access';
import { t } from '../../core/i18n';

interface HostAccessProps {
  readonly access: HostAccessModel;
  /** Where the browser keeps the extension's site access: the tip differs. */
  readonly browserName: 'firefox' | 'chrome';
}

/** Asks for access to AliExpress pages when the browser has not granted it; else nothing. */
export function HostAccess({ access, browserName }: HostAccessProps) {
  const state = access.state.value;
  if (state === 'checking' || state === 'granted') return null;
  if (state === 'justGranted')
    return (
      <p class="notice" data-host-access="granted">
        {t('hostAccessGranted')}
      </p>
    );
  return (
    <section class="access" data-host-access={state} aria-labelledby="access-title">
      <h2 id="access-title">{t('hostAccessTitle')}</h2>
      <p>{t('hostAccessWhy')}</p>
      {state === 'declined' && <p class="warning">{t('hostAccessDeclined')}</p>}
      {/* No await before the request: the browser grants it only inside the click. */}
      <button
        type="button"
        class="primary"
        data-action="grant-access"
        onClick={() => void access.request()}
      >
        {t('hostAccessAllow')}
      </button>
      <p class="hint">
        {t(browserName === 'firefox' ? 'hostAccessTipFirefox' : 'hostAccessTipChrome')}
      </p>
    </section>
  );
}
