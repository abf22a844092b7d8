import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OVERDUE_BADGE, watchBadge } from '../../core/background/badge';
import { DEADLINE_ALARM } from '../../core/request/alarm';
import type { CalendarDate } from '../../core/request/calendar';
import { writeSent } from '../../core/request/storage';
import { TOGGLE_GUIDE_COMMAND, handleCommand } from '../../core/background/toggle-command';
import { ACTIONABLE_STEPS, complete, reset, start } from '../../core/progress/state';
import { readProgress, updateProgress } from '../../core/progress/storage';

/** Storage change events reach the watcher on a later turn. */
async function settled(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('the toolbar badge', () => {
  it('shows "done/total" while the guide runs and nothing once it is reset', async () => {
    const badge = watchBadge(fakeBrowser.action);
    await badge.ready;
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');

    await updateProgress(start);
    await settled();
    expect(await fakeBrowser.action.getBadgeText({})).toBe(`0/${ACTIONABLE_STEPS}`);

    await updateProgress((p) => complete(p, 'settings'));
    await settled();
    expect(await fakeBrowser.action.getBadgeText({})).toBe(`3/${ACTIONABLE_STEPS}`);
    expect(await fakeBrowser.action.getTitle({})).toBe(
      `AliExit: 3 of ${ACTIONABLE_STEPS} steps done`,
    );

    await updateProgress(reset);
    await settled();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('AliExit: delete your AliExpress account');
    badge.stop();
  });

  it('shows the stored progress as soon as the background starts', async () => {
    await updateProgress((p) => complete(start(p), 'account'));
    const badge = watchBadge(fakeBrowser.action);
    await badge.ready;
    expect(await fakeBrowser.action.getBadgeText({})).toBe(`2/${ACTIONABLE_STEPS}`);
    badge.stop();
  });
});

describe('the keyboard shortcut', () => {
  it('hides the guide, then shows it again', async () => {
    await updateProgress(start);
    await handleCommand(TOGGLE_GUIDE_COMMAND);
    expect((await readProgress()).progress).toMatchObject({ running: true, visible: false });
    await handleCommand(TOGGLE_GUIDE_COMMAND);
    expect((await readProgress()).progress).toMatchObject({ running: true, visible: true });
  });

  it('ignores any other command', async () => {
    await updateProgress(start);
    await handleCommand('_execute_action');
    expect((await readProgress()).progress.visible).toBe(true);
  });
});

describe('the badge and a written request', () => {
  afterEach(() => vi.useRealTimers());

  it('says so once the deadline has passed, when the alarm wakes the background', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 0, 31, 12));
    await updateProgress((p) => complete(start(p), 'account'));
    const badge = watchBadge(fakeBrowser.action, fakeBrowser.alarms);
    await badge.ready;
    await writeSent({ sentOn: '2027-01-31' as CalendarDate, law: 'gdpr' });
    await settled();
    expect(await fakeBrowser.action.getBadgeText({})).toBe(`2/${ACTIONABLE_STEPS}`);
    // One alarm, at the start of the day after the deadline (Feb 28): local midnight of Mar 1.
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((alarm) => [alarm.name, alarm.scheduledTime])).toEqual([
      [DEADLINE_ALARM, new Date(2027, 2, 1).getTime()],
    ]);

    vi.setSystemTime(new Date(2027, 1, 28, 23, 59));
    await badge.refresh();
    expect(await fakeBrowser.action.getBadgeText({})).toBe(`2/${ACTIONABLE_STEPS}`);
    vi.setSystemTime(new Date(2027, 2, 1, 0, 0, 1));
    await badge.refresh();
    expect(await fakeBrowser.action.getBadgeText({})).toBe(OVERDUE_BADGE);
    expect(await fakeBrowser.action.getTitle({})).toBe(
      `AliExit: AliExpress's deadline to answer your written request has passed\nAliExit: 2 of ${ACTIONABLE_STEPS} steps done`,
    );

    // Forgetting the request takes the warning and the alarm away.
    await writeSent(null);
    await settled();
    expect(await fakeBrowser.action.getBadgeText({})).toBe(`2/${ACTIONABLE_STEPS}`);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    badge.stop();
  });

  it('shows a deadline that passed while the browser was closed as soon as it starts', async () => {
    await writeSent({ sentOn: '2020-01-01' as CalendarDate, law: 'ccpa' });
    const badge = watchBadge(fakeBrowser.action, fakeBrowser.alarms);
    await badge.ready;
    expect(await fakeBrowser.action.getBadgeText({})).toBe(OVERDUE_BADGE);
    // No alarm for a day already gone.
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    badge.stop();
  });
});

describe('the badge for a reminder day of our own', () => {
  it('does not call AliExit’s own reminder day a legal deadline', async () => {
    // LGPD: no statutory deadline could be sourced; the 15 days are our reminder.
    await writeSent({ sentOn: '2020-01-01' as CalendarDate, law: 'lgpd' });
    const badge = watchBadge(fakeBrowser.action, fakeBrowser.alarms);
    await badge.ready;
    expect(await fakeBrowser.action.getBadgeText({})).toBe(OVERDUE_BADGE);
    const title = await fakeBrowser.action.getTitle({});
    expect(title).toContain('AliExit: time to follow up your written request');
    expect(title).not.toContain('deadline');
    badge.stop();
  });
});
