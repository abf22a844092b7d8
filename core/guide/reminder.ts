import { uncheckedItems } from '../progress/checklists';
import type { Progress } from '../progress/state';
import type { MessageKey, StepDef, StepId } from '../steps/types';

/** The steps that delete or start deleting: the card reminds before them, never blocks them. */
const REMINDED_AT: ReadonlySet<StepId> = new Set<StepId>(['delete-your-account', 'delete']);

/** What the card recalls before a destructive step: the "before you delete" items left open. */
export interface Reminder {
  /** Titles of the unticked items, in checklist order (empty: all ticked). */
  readonly unchecked: readonly MessageKey[];
}

/** The reminder for the overlay state, as a field to spread in (nothing on other steps). */
export function reminderFor(step: StepDef, progress: Progress): { reminder?: Reminder } {
  if (!REMINDED_AT.has(step.id)) return {};
  return { reminder: { unchecked: uncheckedItems(progress).map((item) => item.title) } };
}
