import { startOfDayAfter } from './calendar';
import type { SentRequest } from './sent';
import { deadlineOf } from './status';

/**
 * One alarm, at the start of the day after the deadline: the moment the badge must change while
 * the browser runs. An MV3 service worker is stopped after about 30 idle seconds, taking any
 * setTimeout with it; an alarm wakes it. No other timer, no polling.
 */
export const DEADLINE_ALARM = 'aliexit-request-deadline';

/** The part of `browser.alarms` this needs (Chrome and Firefox alike). */
export interface DeadlineAlarms {
  create(name: string, info: { when: number }): unknown;
  clear(name: string): Promise<unknown>;
}

/** Sets the alarm for this request (or none, when there is no request or its day has passed). */
export async function scheduleDeadlineAlarm(
  alarms: DeadlineAlarms,
  sent: SentRequest | null,
  now: Date = new Date(),
): Promise<void> {
  await alarms.clear(DEADLINE_ALARM);
  if (!sent) return;
  const when = startOfDayAfter(deadlineOf(sent)).getTime();
  if (when > now.getTime()) await alarms.create(DEADLINE_ALARM, { when });
}
