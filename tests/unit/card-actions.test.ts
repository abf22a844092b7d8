import { describe, expect, it, vi } from 'vitest';
import { cardActions } from '../../core/guide/card-actions';
import { applyChange } from '../../core/progress/changes';
import { createProgressModel } from '../../core/progress/model';
import { INITIAL_PROGRESS, complete, start } from '../../core/progress/state';
import { progressItem, readProgress, updateProgress } from '../../core/progress/storage';
import { writeViaBackground } from '../../core/progress/via-background';
import { isProgressMessage } from '../../core/messages';
import { ROUTE } from '../../core/steps/route';

const [FIRST] = ROUTE;
if (!FIRST) throw new Error('the route is empty');

/** A tab's model, writing through a stand-in background that applies what it is sent. */
async function tab() {
  const sent: unknown[] = [];
  const background = vi.fn(async (message: unknown) => {
    sent.push(message);
    if (!isProgressMessage(message)) return undefined;
    return updateProgress(applyChange(message));
  });
  const model = createProgressModel(writeViaBackground(background));
  await model.connect();
  const correcting = { showMe: vi.fn(), notIt: vi.fn(), cancelPick: vi.fn() };
  return { model, sent, correcting, actions: cardActions(model, correcting) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const forged = { isTrusted: false } as const;
const byUser = { isTrusted: true } as const;

describe("the card's buttons", () => {
  it('ignore what the page forges: no change of progress or visibility', async () => {
    await progressItem.setValue(start(INITIAL_PROGRESS));
    const { actions, sent } = await tab();
    ROUTE.forEach(() => actions.didThis(forged));
    actions.hide(forged);
    await settle();
    expect(sent).toEqual([]);
    expect((await readProgress()).progress).toEqual(start(INITIAL_PROGRESS));
  });

  it('start no pick mode and reject nothing for a forged click', async () => {
    const { actions, correcting } = await tab();
    actions.showMe(forged);
    actions.notIt(forged);
    actions.cancelPick(forged);
    expect(correcting.showMe).not.toHaveBeenCalled();
    expect(correcting.notIt).not.toHaveBeenCalled();
    expect(correcting.cancelPick).not.toHaveBeenCalled();
    actions.showMe(byUser);
    actions.notIt(byUser);
    expect(correcting.showMe).toHaveBeenCalledTimes(1);
    expect(correcting.notIt).toHaveBeenCalledTimes(1);
  });

  it("act on the user's own click", async () => {
    await progressItem.setValue(start(INITIAL_PROGRESS));
    const { actions } = await tab();
    actions.didThis(byUser);
    await settle();
    expect((await readProgress()).progress.outcomes[FIRST.id]).toBe('done');
  });

  it('hide through the background, keeping a step another tab completed meanwhile', async () => {
    await progressItem.setValue(start(INITIAL_PROGRESS));
    const { actions, sent } = await tab();
    // Another tab's step reaches storage after this tab last read it.
    await progressItem.setValue(complete(start(INITIAL_PROGRESS), FIRST.id));
    actions.hide(byUser);
    await settle();
    expect(sent).toEqual([{ type: 'aliexit/progress', change: 'hide' }]);
    const { progress } = await readProgress();
    expect(progress.visible).toBe(false);
    expect(progress.outcomes[FIRST.id]).toBe('done');
  });
});
