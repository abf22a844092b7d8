import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { INITIAL_PROGRESS, complete, start } from '../../core/progress/state';
import { ROUTE } from '../../core/steps/route';
import type { StepId } from '../../core/steps/types';

const [first, second, third] = ROUTE.map((step) => step.id) as [StepId, StepId, StepId];

/** The one background: its listener, started as the browser starts it. */
async function startBackground() {
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  const { default: background } = await import('../../entrypoints/background');
  background.main();
}

/** What a content script in tab `tabId` sends reaches the background's listener. */
function sendFromTab(tabId: number) {
  return async (message: unknown) => {
    const sender = { id: fakeBrowser.runtime.id, tab: { id: tabId } as never };
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
    return answers.find((answer) => answer !== undefined);
  };
}

/** A content script in another tab: its own copy of every module, talking to the background. */
async function tabModel(tabId: number) {
  vi.resetModules();
  const { createProgressModel: create } = await import('../../core/progress/model');
  const { writeViaBackground } = await import('../../core/progress/via-background');
  return create(writeViaBackground(sendFromTab(tabId)));
}

/** A page loaded afresh (a reload, a new version of the extension): new modules, same storage. */
async function freshModel() {
  vi.resetModules();
  const { createProgressModel: create } = await import('../../core/progress/model');
  return create();
}

async function storedOutcomes() {
  const { progress } = (await fakeBrowser.storage.local.get('progress')) as {
    progress: { outcomes: Record<string, string> };
  };
  return progress.outcomes;
}

describe('progress stays consistent', () => {
  it('when two tabs complete steps at the same moment, neither completion is lost', async () => {
    await startBackground();
    const tabA = await tabModel(1);
    const tabB = await tabModel(2);
    await Promise.all([tabA.connect(), tabB.connect()]);
    await tabA.start();
    await Promise.all([tabA.complete(third), tabB.complete(first)]);
    expect(await storedOutcomes()).toMatchObject({ [first]: 'done', [third]: 'done' });
    // Both tabs show the same progress once storage has told them.
    await vi.waitFor(() => expect(tabA.progress.value).toEqual(tabB.progress.value));
  });

  it('a reload mid-step reads the same state: the new page continues where the old one was', async () => {
    const before = await freshModel();
    await before.connect();
    await before.start();
    await before.complete(first);
    const reloaded = await freshModel();
    await reloaded.connect();
    expect(reloaded.current.value.id).toBe(second);
    expect(reloaded.progress.value).toEqual(before.progress.value);
  });

  it('an update mid-route (stored version 1) keeps every outcome', async () => {
    const v1 = { running: true, visible: true, outcomes: { [first]: 'done', [second]: 'skipped' } };
    await fakeBrowser.storage.local.set({ progress: v1 });
    const model = await freshModel();
    await model.connect();
    expect(model.progress.value).toEqual({
      ...INITIAL_PROGRESS,
      running: true,
      outcomes: { [first]: 'done', [second]: 'skipped' },
    });
    expect(model.repaired.value).toBe(false);
    expect(model.current.value.id).toBe(third);
  });
});

describe('a background started afresh (the service worker was stopped)', () => {
  it('continues the route from stored progress alone', async () => {
    const progress = complete(start(INITIAL_PROGRESS), first);
    await fakeBrowser.storage.local.set({ progress, progress$: { v: 2 } });
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    vi.resetModules();
    await startBackground();
    const popupUrl = fakeBrowser.runtime.getURL('/popup.html');
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'aliexit/continue' },
      { id: fakeBrowser.runtime.id, url: popupUrl },
    );
    await vi.waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    expect(created.mock.calls[0]?.[0].url).toMatch(/aliexpress/);
  });
});
