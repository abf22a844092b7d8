import type { CorrectionsModel } from '../../core/corrections/model';
import type { Correction } from '../../core/corrections/types';
import { t } from '../../core/i18n';
import { pluralKey, type PluralKeys } from '../../core/plural';
import { ROUTE } from '../../core/steps/route';
import { SIDE_GUIDES } from '../../core/steps/side-guides';

const SHOWED: PluralKeys = {
  zero: 'correctionsShowedZero',
  one: 'correctionsShowedOne',
  two: 'correctionsShowedTwo',
  few: 'correctionsShowedFew',
  many: 'correctionsShowedMany',
  other: 'correctionsShowedOther',
};

/** What the user showed AliExit or turned down, with Forget each and Forget all; nothing when none. */
export function Corrections({ model }: { readonly model: CorrectionsModel }) {
  const list = model.list.value;
  if (list.length === 0) return null;
  const showed = list.filter((entry) => entry.kind === 'showed').length;
  const rejected = list.length - showed;
  return (
    <section class="corrections" data-section="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">{t('correctionsTitle')}</h2>
      {showed > 0 && (
        <p data-corrections="showed">{t(pluralKey(SHOWED, showed), [String(showed)])}</p>
      )}
      {rejected > 0 && (
        <p data-corrections="rejected">{t('correctionsRejected', [String(rejected)])}</p>
      )}
      <ul>
        {list.map((entry, index) => {
          const text = describe(entry);
          return (
            <li key={index} data-correction={entry.kind} data-guide={entry.guide}>
              <span>{text}</span>
              <button
                type="button"
                data-action="forget-correction"
                aria-label={t('forgetCorrectionLabel', [text])}
                onClick={() => void model.forget(index)}
              >
                {t('forgetCorrection')}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" data-action="forget-corrections" onClick={() => void model.forgetAll()}>
        {t('forgetAllCorrections')}
      </button>
      <p class="hint">{t('correctionsNote')}</p>
    </section>
  );
}

function describe(entry: Correction): string {
  const guide = [...ROUTE, ...SIDE_GUIDES].find((known) => known.id === entry.guide);
  const title = guide ? t(guide.text.title) : entry.guide;
  return t(entry.kind === 'showed' ? 'correctionShowedItem' : 'correctionRejectedItem', [title]);
}
