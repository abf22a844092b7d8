import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { wantsGuide, whenGuideWanted } from '../../core/loader/wants-guide';
import { INITIAL_PROGRESS, setVisible, start } from '../../core/progress/state';
import { progressItem } from '../../core/progress/storage';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function watch() {
  const onWanted = vi.fn();
  const stop = whenGuideWanted(fakeBrowser.storage.local, fakeBrowser.storage.onChanged, onWanted);
  return { onWanted, stop };
}

describe('whether the page needs the guide', () => {
  it('needs it once started and not hidden, and never for anything else', () => {
    expect(wantsGuide(start(INITIAL_PROGRESS))).toBe(true);
    expect(wantsGuide(INITIAL_PROGRESS)).toBe(false);
    expect(wantsGuide(setVisible(start(INITIAL_PROGRESS), false))).toBe(false);
    for (const corrupt of [undefined, null, 'running', [], { running: 'yes' }, 42]) {
      expect(wantsGuide(corrupt)).toBe(false);
    }
  });
});

describe('the content script loader', () => {
  it('stays idle on a page while the guide is not started, then loads it on Start', async () => {
    await progressItem.setValue(INITIAL_PROGRESS);
    const { onWanted, stop } = watch();
    await settle();
    expect(onWanted).not.toHaveBeenCalled();

    await progressItem.setValue(start(INITIAL_PROGRESS));
    await settle();
    expect(onWanted).toHaveBeenCalledTimes(1);
    stop();
  });

  it('loads the guide at once on a page opened while it runs, and only once', async () => {
    await progressItem.setValue(start(INITIAL_PROGRESS));
    const { onWanted, stop } = watch();
    await settle();
    await progressItem.setValue(setVisible(start(INITIAL_PROGRESS), false));
    await progressItem.setValue(start(INITIAL_PROGRESS));
    await settle();
    expect(onWanted).toHaveBeenCalledTimes(1);
    stop();
  });

  it('waits while the guide is hidden, and ignores other keys and areas', async () => {
    await progressItem.setValue(setVisible(start(INITIAL_PROGRESS), false));
    const { onWanted, stop } = watch();
    await fakeBrowser.storage.local.set({ other: { running: true, visible: true } });
    await fakeBrowser.storage.sync.set({ progress: start(INITIAL_PROGRESS) });
    await settle();
    expect(onWanted).not.toHaveBeenCalled();
    stop();
  });

  it('hears nothing after it is disposed (the extension was updated or removed)', async () => {
    const { onWanted, stop } = watch();
    stop();
    await progressItem.setValue(start(INITIAL_PROGRESS));
    await settle();
    expect(onWanted).not.toHaveBeenCalled();
  });
});
