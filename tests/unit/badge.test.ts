import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchBadge } from '../../core/background/badge';
import { TOGGLE_GUIDE_COMMAND, handleCommand } from '../../core/background/toggle-command';
import { complete, reset, start } from '../../core/progress/state';
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
    expect(await fakeBrowser.action.getBadgeText({})).toBe('0/9');

    await updateProgress((p) => complete(p, 'settings'));
    await settled();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3/9');
    expect(await fakeBrowser.action.getTitle({})).toBe('AliExit: 3 of 9 steps done');

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
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2/9');
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
