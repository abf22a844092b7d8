import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGuide } from '../../core/guide/controller';
import { removeLeftovers } from '../../core/guide/leftovers';
import { TARGET_ATTRIBUTE } from '../../core/guide/target-mark';
import { createProgressModel } from '../../core/progress/model';
import { INITIAL_PROGRESS, start } from '../../core/progress/state';
import { progressItem } from '../../core/progress/storage';

afterEach(() => vi.restoreAllMocks());

describe('a copy of the guide that is no longer the extension', () => {
  it('evaluates nothing and draws nothing once its context is invalid', async () => {
    document.body.innerHTML = '<header><a href="/login">Sign in</a></header>';
    await progressItem.setValue(start(INITIAL_PROGRESS));
    const model = createProgressModel();
    const overlay = { mount: vi.fn(), remove: vi.fn() };
    const guide = createGuide({ win: window, model, overlay, isValid: () => false });
    const unwatch = await model.connect();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(overlay.mount).not.toHaveBeenCalled();
    expect(document.querySelector(`[${TARGET_ATTRIBUTE}]`)).toBeNull();
    guide.dispose();
    unwatch();
  });

  it('leaves nothing behind for the new copy: its overlay and its mark are removed', () => {
    document.body.innerHTML = `<aliexit-overlay></aliexit-overlay><a ${TARGET_ATTRIBUTE}="settings">Settings</a>`;
    removeLeftovers(document);
    expect(document.querySelectorAll('aliexit-overlay')).toHaveLength(0);
    expect(document.querySelector(`[${TARGET_ATTRIBUTE}]`)).toBeNull();
    expect(document.querySelector('a')?.textContent).toBe('Settings');
  });
});
