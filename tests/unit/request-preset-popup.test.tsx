import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AskInWriting } from '../../components/popup/AskInWriting';
import { LAWS } from '../../core/request/laws';

async function settled(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** The popup's "Where you live", preset from the browser and changed by the user. */
describe('Ask in writing: where you live', () => {
  let root: HTMLElement;

  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.restoreAllMocks();
  });

  const mount = async (uiLanguage: string, languages: readonly string[]) => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(uiLanguage);
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
    await act(() => render(<AskInWriting copy={async () => undefined} />, root));
    await settled();
  };
  const place = () => {
    const select = root.querySelector<HTMLSelectElement>('[data-field="place"]');
    if (!select) throw new Error('no "Where you live"');
    return select;
  };
  const subject = () =>
    new URLSearchParams(
      new URL(root.querySelector<HTMLAnchorElement>('[data-action="open-mail"]')?.href ?? '')
        .search,
    ).get('subject');

  it.each([
    ['de-AT', [], 'gdpr'],
    ['en-GB', [], 'uk-gdpr'],
    ['pt-BR', [], 'lgpd'],
    // The UI language has no region: the user's preferred languages carry it.
    ['en', ['en', 'en-GB'], 'uk-gdpr'],
    ['en-US', [], 'plain'],
  ] as const)('%s %j: presets %s', async (ui, languages, law) => {
    await mount(ui, languages);
    expect(place().value).toBe(law);
    const short = LAWS[law].short;
    expect(subject()).toBe(
      short ? `Request to erase my personal data (${short})` : 'Request to erase my personal data',
    );
  });

  it('is always changeable: another place, another law in the request', async () => {
    await mount('de-DE', []);
    expect(place().value).toBe('gdpr');
    const select = place();
    await act(() => {
      select.value = 'ccpa';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settled();
    expect(place().value).toBe('ccpa');
    expect(subject()).toBe('Request to erase my personal data (CCPA § 1798.105)');
    expect(root.querySelector('[data-law-note]')?.getAttribute('data-law-note')).toBe('ccpa');
  });
});
