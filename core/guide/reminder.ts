import { uncheckedItems } from '../progress/checklists';
import type { Progress } from '../progress/state';
import type { MessageKey, StepDef } from '../steps/types';

/** What the card recalls before a destructive step: the "before you delete" items left open. */
export interface Reminder {
  /** Titles of the unticked items, in checklist order (empty: all ticked). */
  readonly unchecked: readonly MessageKey[];
}

/**
 * The reminder for the overlay state, as a field to spread in: before the steps that delete or
 * start deleting (`destructive` in the step model), never on others. It never blocks the user.
 */
export function reminderFor(step: StepDef, progress: Progress): { reminder?: Reminder } {
  if (!step.destructive) return {};
  return { reminder: { unchecked: uncheckedItems(progress).map((item) => item.title) } };
}
