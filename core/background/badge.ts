import { t } from '../i18n';
import {
  ACTIONABLE_STEPS,
  INITIAL_PROGRESS,
  completedCount,
  type Progress,
} from '../progress/state';
import { readProgress, watchProgress } from '../progress/storage';
import { scheduleDeadlineAlarm, type DeadlineAlarms } from '../request/alarm';
import { calendarDateOf } from '../request/calendar';
import { LAWS } from '../request/laws';
import type { SentRequest } from '../request/sent';
import { requestStatus } from '../request/status';
import { readSent, watchSent } from '../request/storage';

/** The toolbar button's badge and title: Chrome's `action`, Firefox MV2's `browserAction`. */
export interface BadgeAction {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

/** The badge when the deadline of a written request has passed: it wins over the progress. */
export const OVERDUE_BADGE = '!';

/**
 * A written request's day has passed: the law's deadline, or (where no law sets one we could
 * source) AliExit's own reminder day, which the title must not call a legal deadline.
 */
export type Due = 'deadline' | 'reminder' | null;

/** "3/9" while the guide runs; nothing once it is reset (or before it starts). */
export function badgeText(progress: Progress, due: Due = null): string {
  if (due) return OVERDUE_BADGE;
  return progress.running ? `${completedCount(progress)}/${ACTIONABLE_STEPS}` : '';
}

/** The badge is not read out by screen readers: the button's title says the same in words. */
export function badgeTitle(progress: Progress, due: Due = null): string {
  const route = progress.running
    ? t('toolbarProgress', [String(completedCount(progress)), String(ACTIONABLE_STEPS)])
    : t('extName');
  if (!due) return route;
  return `${t(due === 'deadline' ? 'toolbarRequestOverdue' : 'toolbarReminderDue')}\n${route}`;
}

/** Whether the request's day has passed today, and which kind of day it was. */
export function dueOf(sent: SentRequest | null, now: Date = new Date()): Due {
  if (!sent || !requestStatus(sent, calendarDateOf(now)).overdue) return null;
  return LAWS[sent.law].deadlineSource.kind === 'law' ? 'deadline' : 'reminder';
}

async function show(action: BadgeAction, progress: Progress, due: Due): Promise<void> {
  await action.setBadgeText({ text: badgeText(progress, due) });
  await action.setTitle({ title: badgeTitle(progress, due) });
}

/**
 * Keeps the badge in step with the stored progress and the written request's deadline; returns
 * the unwatch, and `refresh` for the deadline alarm (the day changed, storage did not).
 */
export function watchBadge(
  action: BadgeAction,
  alarms?: DeadlineAlarms,
): { ready: Promise<void>; stop: () => void; refresh: () => Promise<void> } {
  let progress: Progress = INITIAL_PROGRESS;
  let sent: SentRequest | null = null;
  const refresh = () => show(action, progress, dueOf(sent));
  const stopProgress = watchProgress((parsed) => {
    progress = parsed.progress;
    void refresh();
  });
  const stopSent = watchSent((parsed) => {
    sent = parsed.sent;
    void refresh();
    if (alarms) void scheduleDeadlineAlarm(alarms, sent);
  });
  const ready = (async () => {
    await action.setBadgeBackgroundColor({ color: '#e62e04' });
    [{ progress }, { sent }] = await Promise.all([readProgress(), readSent()]);
    await refresh();
    // Alarms may not survive a browser restart: set again each time the background starts.
    if (alarms) await scheduleDeadlineAlarm(alarms, sent);
  })();
  return {
    ready,
    refresh,
    stop: () => {
      stopProgress();
      stopSent();
    },
  };
}
