import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { INITIAL_PROGRESS, start } from '../../core/progress/state';
import { PROGRESS_VERSION, readProgress, updateProgress } from '../../core/progress/storage';
import { parseProgress } from '../../core/progress/validate';

describe('stored progress', () => {
  it('starts empty on a new install', async () => {
    expect(await readProgress()).toEqual({ progress: INITIAL_PROGRESS, repaired: false });
  });

  it('survives a round trip through storage', async () => {
    await updateProgress(start);
    const { progress } = await readProgress();
    expect(progress.running).toBe(true);
  });

  it('reads progress another page stored at this version as it was stored', async () => {
    const stored = {
      ...INITIAL_PROGRESS,
      running: true,
      outcomes: { 'sign-in': 'done' },
      beforeYouDelete: ['open-orders'],
    };
    await fakeBrowser.storage.local.set({ progress: stored, progress$: { v: PROGRESS_VERSION } });
    expect(await readProgress()).toEqual({ progress: stored, repaired: false });
  });

  it('repairs a corrupt value in storage instead of failing', async () => {
    await fakeBrowser.storage.local.set({ progress: 'garbage' });
    const parsed = await readProgress();
    expect(parsed).toEqual({ progress: INITIAL_PROGRESS, repaired: true });
    expect(await fakeBrowser.storage.local.get('progress')).toEqual({ progress: INITIAL_PROGRESS });
  });

  it('keeps the valid part of a damaged value', () => {
    const parsed = parseProgress({
      running: true,
      visible: 'yes',
      outcomes: { 'sign-in': 'done', account: 'maybe', bogus: 'done' },
    });
    expect(parsed.repaired).toBe(true);
    expect(parsed.progress).toEqual({
      running: true,
      visible: true,
      outcomes: { 'sign-in': 'done' },
      beforeYouDelete: [],
      appRoute: [],
    });
  });
});
