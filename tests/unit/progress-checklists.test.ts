import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { APP_ROUTE } from '../../core/app-route';
import { createProgressModel } from '../../core/progress/model';
import { INITIAL_PROGRESS, complete, reset, start, statusOf } from '../../core/progress/state';
import { setAppStep, setCheck, uncheckedItems } from '../../core/progress/checklists';
import {
  PROGRESS_VERSION,
  progressItem,
  readProgress,
  updateProgress,
} from '../../core/progress/storage';
import { parseProgress } from '../../core/progress/validate';
import { STEP_IDS } from '../../core/steps/types';

describe('the hand-ticked lists in stored progress', () => {
  it('migrates a version 1 value: the route is kept, both lists start unticked', async () => {
    const v1 = { running: true, visible: false, outcomes: { 'sign-in': 'done', account: 'done' } };
    await fakeBrowser.storage.local.set({ progress: v1, progress$: { v: 1 } });
    await progressItem.migrate();
    const { progress, repaired } = await readProgress();
    expect(repaired).toBe(false);
    expect(progress).toEqual({ ...v1, beforeYouDelete: [], appRoute: [] });
    expect(await fakeBrowser.storage.local.get('progress$')).toEqual({
      progress$: { v: PROGRESS_VERSION },
    });
  });

  it('drops unknown or repeated ids and keeps the known ones, in list order', () => {
    const parsed = parseProgress({
      ...INITIAL_PROGRESS,
      beforeYouDelete: ['email-reuse', 'open-orders', 'bogus', 'open-orders'],
      appRoute: 'app-sign-in',
    });
    expect(parsed.repaired).toBe(true);
    expect(parsed.progress.beforeYouDelete).toEqual(['open-orders', 'email-reuse']);
    expect(parsed.progress.appRoute).toEqual([]);
  });

  it('ticks and unticks items without touching the desktop route', () => {
    const running = complete(start(INITIAL_PROGRESS), 'settings');
    const ticked = setCheck(setCheck(running, 'email-reuse', true), 'open-orders', true);
    expect(ticked.beforeYouDelete).toEqual(['open-orders', 'email-reuse']);
    expect(uncheckedItems(ticked).map((item) => item.id)).toEqual([
      'open-disputes',
      'pending-refunds',
      'balance-coins-coupons',
      'order-history',
    ]);
    expect(setCheck(ticked, 'open-orders', false).beforeYouDelete).toEqual(['email-reuse']);
    for (const id of STEP_IDS) expect(statusOf(ticked, id)).toBe(statusOf(running, id));
    expect(reset()).toEqual(INITIAL_PROGRESS);
  });

  it('counts the app checklist as the user ticks it, in any order', async () => {
    const model = createProgressModel();
    await model.connect();
    expect([model.appDone.value, model.appTotal]).toEqual([0, 7]);
    const [first, second, third] = APP_ROUTE;
    if (!first || !second || !third) throw new Error('the app route has seven steps');
    await model.setAppStep(third.id, true);
    await model.setAppStep(first.id, true);
    expect(model.appDone.value).toBe(2);
    expect(model.progress.value.appRoute).toEqual([first.id, third.id]);
    await model.setAppStep(first.id, false);
    expect(model.appDone.value).toBe(1);
    // Stored, so another popup or tab sees the same ticks.
    expect((await readProgress()).progress.appRoute).toEqual([third.id]);
    expect(setAppStep(INITIAL_PROGRESS, second.id, false)).toEqual(INITIAL_PROGRESS);
  });

  it('keeps both of two quick ticks', async () => {
    const model = createProgressModel();
    await model.connect();
    await Promise.all([
      model.setCheck('open-orders', true),
      model.setCheck('open-disputes', true),
      model.setAppStep('app-sign-in', true),
    ]);
    const { progress } = await readProgress();
    expect(progress.beforeYouDelete).toEqual(['open-orders', 'open-disputes']);
    expect(progress.appRoute).toEqual(['app-sign-in']);
  });

  it('keeps the ticks when the route moves on', async () => {
    await updateProgress((p) => setCheck(start(p), 'order-history', true));
    await updateProgress((p) => complete(p, 'account'));
    expect((await readProgress()).progress.beforeYouDelete).toEqual(['order-history']);
  });
});
