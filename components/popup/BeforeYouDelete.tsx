import { BEFORE_YOU_DELETE, type CheckId } from '../../core/before-you-delete';
import { t } from '../../core/i18n';
import { SourceNote } from './SourceNote';

interface BeforeYouDeleteProps {
  readonly ticked: readonly CheckId[];
  readonly onTick: (id: CheckId, ticked: boolean) => void;
}

/** What to settle before the destructive steps, each with where to check it. Never blocks. */
export function BeforeYouDelete({ ticked, onTick }: BeforeYouDeleteProps) {
  const total = BEFORE_YOU_DELETE.length;
  return (
    <>
      <p>{t('beforeIntro')}</p>
      <p class="count">{t('beforeCount', [String(ticked.length), String(total)])}</p>
      <progress max={total} value={ticked.length} aria-label={t('progressLabel')} />
      <ul class="ticklist">
        {BEFORE_YOU_DELETE.map((item) => {
          const checked = ticked.includes(item.id);
          const box = `check-${item.id}`;
          return (
            <li key={item.id} data-check-id={item.id} data-checked={String(checked)}>
              <input
                type="checkbox"
                id={box}
                checked={checked}
                aria-describedby={`${box}-detail`}
                onChange={(event) => onTick(item.id, event.currentTarget.checked)}
              />
              <label for={box}>{t(item.title)}</label>
              <div class="detail" id={`${box}-detail`}>
                <p>{t(item.detail)}</p>
                <p class="where">
                  {t(item.where)}{' '}
                  {item.link && (
                    <a href={item.link.url} target="_blank" rel="noopener noreferrer">
                      {t('openOnAliExpress')}
                      <span class="sr-only"> {t('opensInNewTab')}</span>
                    </a>
                  )}
                </p>
                <SourceNote source={item.source} />
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
