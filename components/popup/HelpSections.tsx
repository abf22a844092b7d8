import { AFTER_DELETION, NO_EMAIL_STEPS, QUESTIONS } from '../../core/help-content';
import { t } from '../../core/i18n';
import { SourceNote } from './SourceNote';

/** No access to the account's email: the other ways to prove identity, then customer service. */
export function NoEmail() {
  return (
    <>
      <p>{t('noEmailIntro')}</p>
      <ol class="points">
        {NO_EMAIL_STEPS.map((point) => (
          <li key={point.text}>
            <p>{t(point.text)}</p>
            <SourceNote source={point.source} />
          </li>
        ))}
      </ol>
    </>
  );
}

/** What people ask before deleting, answered from the sources we have. */
export function Questions() {
  return (
    <div class="questions">
      {QUESTIONS.map((item) => (
        <div key={item.question} class="qa">
          <h2>{t(item.question)}</h2>
          <p>{t(item.answer)}</p>
          <SourceNote source={item.source} />
        </div>
      ))}
    </div>
  );
}

/** What happens once the account is deleted. */
export function AfterDeletion() {
  return (
    <>
      <p>{t('afterIntro')}</p>
      <ul class="points">
        {AFTER_DELETION.map((point) => (
          <li key={point.text}>
            <p>{t(point.text)}</p>
            <SourceNote source={point.source} />
          </li>
        ))}
      </ul>
    </>
  );
}
