import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGuide } from '../../core/guide/controller';
import { createProgressModel } from '../../core/progress/model';
import { INITIAL_PROGRESS, start } from '../../core/progress/state';
import { progressItem } from '../../core/progress/storage';

function spies() {
  return {
    observe: vi.spyOn(MutationObserver.prototype, 'observe'),
    disconnect: vi.spyOn(MutationObserver.prototype, 'disconnect'),
    frame: vi.spyOn(window, 'requestAnimationFrame'),
    timer: vi.spyOn(window, 'setTimeout'),
    interval: vi.spyOn(window, 'setInterval'),
    listen: vi.spyOn(window, 'addEventListener'),
    listenDoc: vi.spyOn(document, 'addEventListener'),
  };
}

async function guideWith(stored: unknown) {
  await progressItem.setValue(stored);
  const model = createProgressModel();
  const overlay = { mount: vi.fn(), remove: vi.fn() };
  const guide = createGuide({ win: window, model, overlay, isVisible: () => true });
  const unwatch = await model.connect();
  return { model, overlay, guide, unwatch };
}

afterEach(() => vi.restoreAllMocks());

describe('the content script before Start', () => {
  it('observes nothing, schedules nothing, listens to nothing and writes nothing', async () => {
    document.body.innerHTML = '<div id="root"><a href="/x">Account</a></div>';
    const before = document.documentElement.outerHTML;
    const spy = spies();
    const { overlay, guide, unwatch } = await guideWith(INITIAL_PROGRESS);
    expect(spy.timer).not.toHaveBeenCalled();
    // Give anything the guide might have queued a chance to run: the only timer is this one.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(spy.timer).toHaveBeenCalledTimes(1);
    expect(spy.interval).not.toHaveBeenCalled();
    expect(spy.observe).not.toHaveBeenCalled();
    expect(spy.frame).not.toHaveBeenCalled();
    expect(spy.listen).not.toHaveBeenCalled();
    expect(spy.listenDoc).not.toHaveBeenCalled();
    expect(overlay.mount).not.toHaveBeenCalled();
    expect(document.documentElement.outerHTML).toBe(before);
    guide.dispose();
    unwatch();
  });

  it('starts watching the page on Start and lets go of everything on Hide', async () => {
    const spy = spies();
    const { model, overlay, guide, unwatch } = await guideWith(INITIAL_PROGRESS);
    await model.start();
    expect(spy.observe).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(overlay.mount).toHaveBeenCalledTimes(1));
    await model.setVisible(false);
    expect(spy.disconnect).toHaveBeenCalled();
    expect(overlay.remove).toHaveBeenCalledTimes(1);
    expect(document.querySelector('[data-aliexit-target]')).toBeNull();
    guide.dispose();
    unwatch();
  });

  it('resumes a started guide after a reload', async () => {
    const spy = spies();
    const { overlay, guide, unwatch } = await guideWith(start(INITIAL_PROGRESS));
    expect(spy.observe).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(overlay.mount).toHaveBeenCalledTimes(1));
    guide.dispose();
    unwatch();
  });
});
