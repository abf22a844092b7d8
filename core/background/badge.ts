import { t } from '../i18n';
import { ACTIONABLE_STEPS, completedCount, type Progress } from '../progress/state';
import { readProgress, watchProgress } from '../progress/storage';

/** The toolbar button's badge and title: Chrome's `action`, Firefox MV2's `browserAction`. */
export interface BadgeAction {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

/** "3/9" while the guide runs; nothing once it is reset (or before it starts). */
export function badgeText(progress: Progress): string {
  return progress.running ? `${completedCount(progress)}/${ACTIONABLE_STEPS}` : '';
}

/** The badge is not read out by screen readers: the button's title says the same in words. */
export function badgeTitle(progress: Progress): string {
  if (!progress.running) return t('extName');
  return t('toolbarProgress', [String(completedCount(progress)), String(ACTIONABLE_STEPS)]);
}

async function show(action: BadgeAction, progress: Progress): Promise<void> {
  await action.setBadgeText({ text: badgeText(progress) });
  await action.setTitle({ title: badgeTitle(progress) });
}

/** Keeps the badge in step with the stored progress; returns the unwatch. */
export function watchBadge(action: BadgeAction): { ready: Promise<void>; stop: () => void } {
  const stop = watchProgress((parsed) => void show(action, parsed.progress));
  const ready = (async () => {
    await action.setBadgeBackgroundColor({ color: '#e62e04' });
    await show(action, (await readProgress()).progress);
  })();
  return { ready, stop };
}
