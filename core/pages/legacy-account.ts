import { locate } from '../locate/locate';
import { targets } from '../steps/targets';
import { urlMatches, type PageDetector, type UrlSamples } from './detector';

/** accounts.aliexpress.com's old profile and deactivation pages ([C]). */
const LEGACY_URLS = [
  /^accounts\.aliexpress\.(com|us)\/user\/organization\/(manage_person_profile|deactive_account)\.htm$/,
];

export const legacyAccount: PageDetector = {
  kind: 'legacy-account',
  matches: (snapshot, labels) =>
    urlMatches(snapshot.url, LEGACY_URLS) ||
    locate(snapshot, targets.legacyDeactivate, labels) !== null ||
    locate(snapshot, targets.legacyProfile, labels) !== null,
};

export const legacyAccountSamples: UrlSamples = {
  kind: 'legacy-account',
  urls: [
    'https://accounts.aliexpress.com/user/organization/manage_person_profile.htm',
    'https://accounts.aliexpress.com/user/organization/deactive_account.htm',
  ],
};

export const legacyAccountUrlPatterns = LEGACY_URLS;
