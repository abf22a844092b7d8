import { t } from '../../core/i18n';
import type { LawSource, LawText } from '../../core/request/laws';

function LawLink({ text }: { readonly text: LawText }) {
  return (
    <p class="source law">
      <a href={text.url} target="_blank" rel="noopener noreferrer">
        {t('sourceLaw', [text.cite, text.checked])}
        <span class="sr-only"> {t('opensInNewTab')}</span>
      </a>
    </p>
  );
}

/** Who says so, beside a deadline: the law's own text (with the date we read it), or us. */
export function LawSourceNote({ source }: { readonly source: LawSource }) {
  if (source.kind === 'law') return <LawLink text={source} />;
  return (
    <>
      <p class="source ours">{t('sourceOurReminder')}</p>
      {source.basis && <LawLink text={source.basis} />}
    </>
  );
}
