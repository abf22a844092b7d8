import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/guide/evaluate';
import { labelsFor } from '../../core/labels';
import { INITIAL_PROGRESS, complete, start, type Progress } from '../../core/progress/state';
import type { StepId } from '../../core/steps/types';
import { replicaState } from '../replica/views';
import { replicaSnapshot } from './replica-page';

const en = labelsFor('en');

function at(previous?: StepId): Progress {
  return previous ? complete(start(INITIAL_PROGRESS), previous) : start(INITIAL_PROGRESS);
}

function marks(element: Element | null | undefined): string[] {
  return element?.getAttribute('data-replica-target')?.split(/\s+/) ?? [];
}

function pointerOn(name: string, progress = at('settings')) {
  return evaluate(replicaSnapshot(replicaState(name)), en, progress).pointer;
}

describe('the privacy center, another way to the same end', () => {
  it('points at "Delete my account" among the requests', () => {
    const pointer = pointerOn('privacy-center');
    expect(pointer.side?.id).toBe('privacy-choose');
    expect(marks(pointer.element)).toContain('privacy-choose');
  });

  it('points at the box for "agree", then at Delete once something is typed', () => {
    const snapshot = replicaSnapshot(replicaState('privacy-request'));
    const first = evaluate(snapshot, en, at('settings')).pointer;
    expect(first.side?.id).toBe('privacy-confirm');
    expect(marks(first.element)).toContain('privacy-confirm');
    (first.element as HTMLInputElement).value = 'agree';
    const then = evaluate(snapshot, en, at('settings')).pointer;
    expect(marks(then.element)).toContain('privacy-confirm:submit');
  });

  it('explains what happens after the request, pointing at nothing', () => {
    const pointer = pointerOn('privacy-submitted');
    expect(pointer.side?.id).toBe('privacy-done');
    expect(pointer.element).toBeNull();
  });
});

describe('notices', () => {
  it('say on the legacy pages that deactivation is gone, with a way to Settings', () => {
    for (const name of ['legacy-profile', 'legacy-deactivate']) {
      const pointer = pointerOn(name);
      expect(pointer.side?.id, name).toBe('legacy-account');
      expect(pointer.side?.link?.path).toBe('/account/setting/index.html');
      expect(pointer.element).toBeNull();
    }
  });

  it('put a bot check before everything else, pointing at its slider', () => {
    const pointer = pointerOn('bot-check', at('delete-account'));
    expect(pointer.side?.id).toBe('bot-check');
    expect(pointer.element?.closest('.nc-container')).not.toBeNull();
  });
});

describe('the security check without access to the email', () => {
  it('outlines the other ways beside the email option', () => {
    const pointer = pointerOn('security-check', at('delete-your-account'));
    expect(marks(pointer.element)).toContain('verification-method');
    expect(pointer.alternatives.flatMap(marks).sort()).toEqual([
      'verification-method:order',
      'verification-method:service',
    ]);
  });
});

describe('a missing element', () => {
  it('is expected on the page but not pointed at: the card explains instead', () => {
    const pointer = pointerOn('settings+absent');
    expect(pointer.guide.id).toBe('delete-account');
    expect(pointer.expected).toBe(true);
    expect(pointer.element).toBeNull();
  });
});

describe('elements inside iframes', () => {
  it('are found by the guide in the iframe document', () => {
    const code = pointerOn('code-widget', at('verification-method'));
    expect(marks(code.element)).toContain('verification-code');
    const login = evaluate(replicaSnapshot(replicaState('login-frame')), en, at()).pointer;
    expect(marks(login.element)).toContain('sign-in');
  });

  it('are not guessed at from the top page', () => {
    // The top page only finds a way back (the header), which the top frame drops while the
    // iframe's guide reports the code boxes.
    const top = pointerOn('code-entry+code-iframe', at('verification-method'));
    expect(top.detour || top.element === null).toBe(true);
    expect(marks(top.element)).not.toContain('verification-code');
  });
});
