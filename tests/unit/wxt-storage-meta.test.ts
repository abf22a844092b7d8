import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PROGRESS_KEY, PROGRESS_VERSION } from '../../core/progress/key';
import { INITIAL_PROGRESS, start } from '../../core/progress/state';
import { progressItem } from '../../core/progress/storage';

/**
 * core/progress/storage.ts reads the value and WXT's version meta in one round trip, so it relies
 * on how WXT stores an item's version: `{ v: <version> }` under the item's key followed by `$`.
 * That is WXT's own detail, not its documented API: these tests pin it, so that a WXT upgrade
 * that changes it fails here, by name, instead of making every read migrate again.
 */
describe("WXT's version meta, as storage.ts reads it", () => {
  it('is stored as { v } under the key with a $ when the item is written', async () => {
    await progressItem.setValue(start(INITIAL_PROGRESS));
    const raw = await fakeBrowser.storage.local.get([PROGRESS_KEY, `${PROGRESS_KEY}$`]);
    expect(raw[`${PROGRESS_KEY}$`]).toEqual({ v: PROGRESS_VERSION });
    expect(raw[PROGRESS_KEY]).toEqual(start(INITIAL_PROGRESS));
  });

  it('is what WXT migrates from when the item is defined (a new version of the extension starts)', async () => {
    const v1 = { running: true, visible: true, outcomes: { 'sign-in': 'done' } };
    await fakeBrowser.storage.local.set({ [PROGRESS_KEY]: v1, [`${PROGRESS_KEY}$`]: { v: 1 } });
    // WXT runs an item's migrations once, when it is defined: load the storage module anew.
    vi.resetModules();
    const { readProgress } = await import('../../core/progress/storage');
    const { progress } = await readProgress();
    expect(progress.outcomes).toEqual({ 'sign-in': 'done' });
    expect(progress.beforeYouDelete).toEqual([]);
    const meta = await fakeBrowser.storage.local.get(`${PROGRESS_KEY}$`);
    expect(meta[`${PROGRESS_KEY}$`]).toEqual({ v: PROGRESS_VERSION });
  });
});
