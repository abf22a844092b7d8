import { describe, expect, it } from 'vitest';
import { labelsFor, pageLanguage } from '../../core/labels';
import { accountSamples, accountUrlPatterns } from '../../core/pages/account';
import { urlMatches } from '../../core/pages/detector';
import { detectPages } from '../../core/pages';
import { loginSamples, loginUrlPatterns } from '../../core/pages/login';
import { settingsSamples, settingsUrlPatterns } from '../../core/pages/settings';
import { botCheckSamples, botCheckUrlPatterns } from '../../core/pages/bot-check';
import { legacyAccountSamples, legacyAccountUrlPatterns } from '../../core/pages/legacy-account';
import { privacySamples } from '../../core/pages/privacy';
import { PRIVACY_CENTER_URLS } from '../../core/steps/targets';
import { replicaStates, replicaVariantStates } from '../replica/views';
import { replicaSnapshot } from './replica-page';

const URL_DETECTORS = [
  { samples: accountSamples, patterns: accountUrlPatterns },
  { samples: settingsSamples, patterns: settingsUrlPatterns },
  { samples: loginSamples, patterns: loginUrlPatterns },
  { samples: botCheckSamples, patterns: botCheckUrlPatterns },
  { samples: legacyAccountSamples, patterns: legacyAccountUrlPatterns },
  { samples: privacySamples, patterns: PRIVACY_CENTER_URLS },
];

describe('page detectors by URL', () => {
  for (const { samples, patterns } of URL_DETECTORS) {
    it(`${samples.kind} matches its own sample URLs`, () => {
      for (const url of samples.urls) expect(urlMatches(new URL(url), patterns), url).toBe(true);
    });

    it(`${samples.kind} matches no other page's sample URL`, () => {
      const others = URL_DETECTORS.filter((d) => d.samples !== samples).flatMap(
        (d) => d.samples.urls,
      );
      for (const url of others) expect(urlMatches(new URL(url), patterns), url).toBe(false);
    });
  }
});

describe('page detectors on every replica page, in every language and variant', () => {
  const all = [...replicaStates, ...replicaVariantStates];
  for (const state of all) {
    // aliexpress.ru is told apart by its host alone: no content script runs there. What an
    // iframe shows is seen by the iframe's own content script, not the top page's.
    const framed = new Set(all.find((other) => other.name === state.frame)?.pageKinds ?? []);
    const expected = state.pageKinds.filter((kind) => kind !== 'not-covered' && !framed.has(kind));
    it(`${state.name} is ${expected.join(' + ') || 'nothing we know'} and nothing else`, () => {
      const snapshot = replicaSnapshot(state);
      const kinds = detectPages(
        snapshot,
        labelsFor(pageLanguage(snapshot.doc, snapshot.url.hostname)),
      );
      expect([...kinds].sort()).toEqual([...expected].sort());
    });
  }
});
