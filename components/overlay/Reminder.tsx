import type { Reminder as ReminderState } from '../../core/guide/reminder';
import { t } from '../../core/i18n';

/** Before a destructive step: deletion is final, and what "before you delete" still lists. */
export function Reminder({ reminder }: { readonly reminder: ReminderState }) {
  return (
    <div class="reminder" data-reminder={reminder.unchecked.length}>
      <p class="irreversible">{t('cannotBeUndone')}</p>
      {reminder.unchecked.length > 0 ? (
        <>
          <p>{t('reminderUnchecked')}</p>
          <ul>
            {reminder.unchecked.map((title) => (
              <li key={title}>{t(title)}</li>
            ))}
          </ul>
          <p class="hint">{t('reminderWhere')}</p>
        </>
      ) : (
        <p>{t('reminderAllChecked')}</p>
      )}
    </div>
  );
}
