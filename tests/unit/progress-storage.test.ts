import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ACTIONABLE_STEPS, INITIAL_PROGRESS, start } from '../../core/progress/state';
import {
  PROGRESS_VERSION,
  progressItem,
  readProgress,
  updateProgress,
} from '../../core/progress/storage';
import { ROUTE } from '../../core/steps/route';
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

  it('drops outcomes that are not a prefix of the route: a lone step far along is not a state', () => {
    const last = ROUTE[ACTIONABLE_STEPS - 1];
    const [first, second, third] = ROUTE;
    if (!last || !first || !second || !third) throw new Error('the route is too short');
    const lone = parseProgress({ ...INITIAL_PROGRESS, outcomes: { [last.id]: 'done' } });
    expect(lone).toEqual({ progress: INITIAL_PROGRESS, repaired: true });
    const gap = parseProgress({
      ...INITIAL_PROGRESS,
      outcomes: { [first.id]: 'skipped', [third.id]: 'done' },
    });
    expect(gap).toEqual({
      progress: { ...INITIAL_PROGRESS, outcomes: { [first.id]: 'skipped' } },
      repaired: true,
    });
    const prefix = { [first.id]: 'skipped', [second.id]: 'done' };
    expect(parseProgress({ ...INITIAL_PROGRESS, outcomes: prefix })).toEqual({
      progress: { ...INITIAL_PROGRESS, outcomes: prefix },
      repaired: false,
    });
  });
});

describe('a stored version no AliExit wrote', () => {
  const stored = {
    ...INITIAL_PROGRESS,
    running: true,
    outcomes: { 'sign-in': 'done' },
    beforeYouDelete: ['open-orders'],
  };
  const versionNow = async () => (await fakeBrowser.storage.local.get('progress$')).progress$;

  for (const meta of [
    { v: -1e6 },
    { v: -1e10 },
    { v: PROGRESS_VERSION + 1 },
    { v: 1e12 },
    { v: 1.5 },
    { v: '2' },
    'garbage',
  ]) {
    it(`is reset before the migrations read it: ${JSON.stringify(meta)}`, async () => {
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      await fakeBrowser.storage.local.set({ progress: stored, progress$: meta });
      // What WXT does when a page defines the item, and then what a page reads.
      await progressItem.migrate();
      expect(await readProgress()).toEqual({ progress: stored, repaired: false });
      expect(await versionNow()).toMatchObject({ v: PROGRESS_VERSION });
      expect(errors).not.toHaveBeenCalled();
      errors.mockRestore();
    });
  }

  it('is reset by a plain read too, keeping the valid part of the value', async () => {
    await fakeBrowser.storage.local.set({
      progress: { ...stored, outcomes: { 'sign-in': 'done', delete: 'done' } },
      progress$: { v: PROGRESS_VERSION + 5 },
    });
    expect(await readProgress()).toEqual({ progress: stored, repaired: true });
    expect(await versionNow()).toMatchObject({ v: PROGRESS_VERSION });
  });
});
