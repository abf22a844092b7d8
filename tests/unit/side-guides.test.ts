import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/guide/evaluate';
import { labelsFor } from '../../core/labels';
import { replicaState } from '../replica/views';
import { progressAt, replicaMarks, replicaSnapshot } from './replica-page';

const en = labelsFor('en');

function pointerOn(name: string, progress = progressAt('delete-account')) {
  return evaluate(replicaSnapshot(replicaState(name)), en, progress).pointer;
}

describe('the privacy center, another way to the same end', () => {
  it('points at "Delete my account" among the requests', () => {
    const pointer = pointerOn('privacy-center');
    expect(pointer.side?.id).toBe('privacy-choose');
    expect(replicaMarks(pointer.element)).toContain('privacy-choose');
  });

  it('points at the box for "agree", then at Delete once something is typed', () => {
    const snapshot = replicaSnapshot(replicaState('privacy-request'));
    const first = evaluate(snapshot, en, progressAt('delete-account')).pointer;
    expect(first.side?.id).toBe('privacy-confirm');
    expect(replicaMarks(first.element)).toContain('privacy-confirm');
    (first.element as HTMLInputElement).value = 'agree';
    const then = evaluate(snapshot, en, progressAt('delete-account')).pointer;
    expect(replicaMarks(then.element)).toContain('privacy-confirm:submit');
  });

  it.each([
    ['a help bot', '<div id="J_xiaomi_dialog"><p>Request submitted</p></div>'],
    ['a review', '<div class="review-item"><p>Submitted successfully</p></div>'],
    [
      'a help bot in a box of its own',
      '<div class="float-layer"><div id="J_xiaomi_dialog">Request submitted</div></div>',
    ],
  ])(
    'does not say the request went out when only %s says so, on the list of requests',
    (_, html) => {
      const snapshot = replicaSnapshot(replicaState('privacy-center'));
      snapshot.doc.body.insertAdjacentHTML('beforeend', html);
      const pointer = evaluate(snapshot, en, progressAt('delete-account')).pointer;
      expect(pointer.side?.id).toBe('privacy-choose');
    },
  );

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
    const pointer = pointerOn('bot-check', progressAt('delete-your-account'));
    expect(pointer.side?.id).toBe('bot-check');
    expect(pointer.element?.closest('.nc-container')).not.toBeNull();
  });
});

describe('the security check without access to the email', () => {
  it('outlines the other ways beside the email option', () => {
    const pointer = pointerOn('security-check', progressAt('verification-method'));
    expect(replicaMarks(pointer.element)).toContain('verification-method');
    expect(pointer.alternatives.flatMap(replicaMarks).sort()).toEqual([
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
    const code = pointerOn('code-widget', progressAt('verification-code'));
    expect(replicaMarks(code.element)).toContain('verification-code');
    const login = evaluate(
      replicaSnapshot(replicaState('login-frame')),
      en,
      progressAt('sign-in'),
    ).pointer;
    expect(replicaMarks(login.element)).toContain('sign-in');
  });

  it('are not guessed at from the top page: the card stays on the step and points at nothing', () => {
    // The top page holds the code widget's iframe and no code box: its guide explains the step
    // in words (the iframe's own guide points at the boxes); no way back, no other element.
    const top = pointerOn('code-entry+code-iframe', progressAt('verification-code'));
    expect(top.guide.id).toBe('verification-code');
    expect(top.detour).toBe(false);
    expect(top.expected).toBe(true);
    expect(top.element).toBeNull();
    expect(top.alternatives).toEqual([]);
  });
});
