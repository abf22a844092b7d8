import { addDays, addMonths, daysBetween, type CalendarDate } from './calendar';
import { LAWS } from './laws';
import type { SentRequest } from './sent';

/** The last day the company has to answer (for our own reminders: the day we remind). */
export function deadlineOf(sent: SentRequest): CalendarDate {
  const { unit, count } = LAWS[sent.law].deadline;
  return unit === 'months' ? addMonths(sent.sentOn, count) : addDays(sent.sentOn, count);
}

export interface RequestStatus {
  readonly deadline: CalendarDate;
  /** Days until the deadline: 0 on the day itself, negative once it has passed. */
  readonly daysLeft: number;
  /** The deadline day is over (it is still in time on the day itself). */
  readonly overdue: boolean;
}

export function requestStatus(sent: SentRequest, today: CalendarDate): RequestStatus {
  const deadline = deadlineOf(sent);
  const daysLeft = daysBetween(today, deadline);
  return { deadline, daysLeft, overdue: daysLeft < 0 };
}
