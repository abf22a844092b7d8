import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AskInWriting } from '../../components/popup/AskInWriting';
import { watchProgress } from '../../core/progress/storage';
import { complete, start } from '../../core/progress/state';
import { updateProgress } from '../../core/progress/storage';
import { recordTimeline } from '../../core/request/timeline-storage';

/** Planted: if either ever reaches storage, the test finds it. */
const NAME = 'Planted Testname Xq';
const EMAIL = 'planted.xq@example.invalid';

async function settled(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** Everything the extension has in every storage area, as one string. */
async function allStorage(): Promise<string> {
  const areas = await Promise.all([
    fakeBrowser.storage.local.get(null),
    fakeBrowser.storage.sync.get(null),
    fakeBrowser.storage.session.get(null),
    fakeBrowser.storage.managed.get(null).catch(() => ({})),
  ]);
  return JSON.stringify(areas);
}

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('Ask in writing keeps what the user types out of storage', () => {
  let root: HTMLElement;
  const copied: string[] = [];
  const copy = async (text: string) => void copied.push(text);

  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    copied.length = 0;
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.useRealTimers();
  });

  const mount = async () => {
    await act(() => render(<AskInWriting copy={copy} initialLaw="gdpr" />, root));
    await settled();
  };
  const field = (name: string) => {
    const input = root.querySelector<HTMLInputElement>(`[data-field="${name}"]`);
    if (!input) throw new Error(`no field ${name}`);
    return input;
  };
  const click = async (action: string) => {
    const button = root.querySelector<HTMLElement>(`[data-action="${action}"]`);
    if (!button) throw new Error(`no ${action}`);
    await act(() => button.click());
    await settled();
  };

  it('puts name and email in the composed text only, and stores just a date and the law', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 0, 31, 23, 30));
    // A route with dates, as the background records them.
    const stopTimeline = watchProgress((parsed) => void recordTimeline(parsed.progress));
    await updateProgress((p) => complete(start(p), 'account'));
    await mount();
    type(field('name'), NAME);
    type(field('email'), EMAIL);
    await settled();

    const letter = root.querySelector('[data-letter="request"]')?.textContent ?? '';
    expect(letter).toContain(`Name: ${NAME}`);
    expect(letter).toContain(`Email address of the account: ${EMAIL}`);
    const href = root.querySelector<HTMLAnchorElement>('[data-action="open-mail"]')?.href ?? '';
    expect(decodeURIComponent(href)).toContain(NAME);

    await click('copy-request');
    expect(copied).toHaveLength(1);
    expect(copied[0]).toContain(EMAIL);
    await click('sent-request');
    await click('copy-summary');
    stopTimeline();

    const stored = await allStorage();
    expect(stored).not.toContain(NAME);
    expect(stored).not.toContain(EMAIL);
    // Not even a part of them (a first name, the mailbox, the domain).
    for (const part of ['Planted', 'Testname', 'planted.xq', 'example.invalid']) {
      expect(stored).not.toContain(part);
    }
    expect(await fakeBrowser.storage.local.get('writtenRequest')).toEqual({
      writtenRequest: { sentOn: '2027-01-31', law: 'gdpr' },
    });
    // The summary for a complaint carries dates and step names, never the typed details.
    expect(copied[1]).toContain('2027-01-31: sent a written request (GDPR Art. 17)');
    expect(copied[1]).toContain('2027-02-28: deadline');
    expect(copied[1]).not.toContain(NAME);
    expect(copied[1]).not.toContain(EMAIL);
  });

  it('the form is empty when the popup opens again', async () => {
    await mount();
    type(field('name'), NAME);
    type(field('email'), EMAIL);
    await settled();
    render(null, root); // the popup closes
    await mount();
    expect(field('name').value).toBe('');
    expect(field('email').value).toBe('');
    expect(root.textContent).not.toContain(NAME);
    expect(await allStorage()).not.toContain(NAME);
  });

  it('counts the days left, then offers the follow-up once the deadline has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 1, 20, 9, 0));
    await fakeBrowser.storage.local.set({
      writtenRequest: { sentOn: '2027-01-31', law: 'uk-gdpr' },
    });
    await mount();
    expect(root.querySelector('[data-request-status]')?.getAttribute('data-request-status')).toBe(
      'waiting',
    );
    expect(root.querySelector('[data-days-left]')?.textContent).toBe(
      'AliExpress has until 2027-02-28 to answer. Days left: 8.',
    );
    expect(root.querySelector('[data-follow-up]')).toBeNull();
    render(null, root);

    vi.setSystemTime(new Date(2027, 2, 1, 0, 5));
    await mount();
    expect(root.querySelector('[data-follow-up]')).not.toBeNull();
    const authority = root.querySelector<HTMLAnchorElement>('[data-authority="uk-gdpr"]');
    expect(authority?.href).toBe(
      'https://ico.org.uk/make-a-complaint/data-protection-complaints/data-protection-complaints/',
    );
    type(field('name'), NAME);
    await settled();
    const reminder = root.querySelector('[data-letter="reminder"]')?.textContent ?? '';
    expect(reminder).toContain('On 2027-01-31 I sent you a request');
    expect(reminder).toContain(NAME);
    expect(await allStorage()).not.toContain(NAME);

    await click('forget-request');
    expect(await fakeBrowser.storage.local.get('writtenRequest')).toEqual({});
    expect(root.querySelector('[data-request-status]')).toBeNull();
  });
});
