import { locate } from '../locate/locate';
import type { PageSnapshot } from '../locate/snapshot';
import { PRIVACY_CENTER_URLS, targets } from '../steps/targets';
import { urlMatches, type PageDetector, type UrlSamples } from './detector';

/**
 * The privacy center's deletion request ([C]: privacy.aliexpress.com/home#/request/delete,
 * "Delete my account", type "agree", "Delete"). A hash-routed app: each view is told apart by
 * what it shows, on the privacy center's URLs only.
 */
const onPrivacyCenter = (snapshot: PageSnapshot) => urlMatches(snapshot.url, PRIVACY_CENTER_URLS);

export const privacySubmitted: PageDetector = {
  kind: 'privacy-submitted',
  matches: (snapshot, labels) =>
    onPrivacyCenter(snapshot) &&
    snapshot.fits(labels.privacySubmitted).some(({ element }) => snapshot.isVisible(element)),
};

export const privacyRequest: PageDetector = {
  kind: 'privacy-request',
  matches: (snapshot, labels) =>
    onPrivacyCenter(snapshot) &&
    locate(snapshot, targets.privacyAgreeBox, labels) !== null &&
    locate(snapshot, targets.privacyDeleteButton, labels) !== null,
};

/** The list of requests; the form repeats "Delete my account" as its title, so it is excluded. */
export const privacyCenter: PageDetector = {
  kind: 'privacy-center',
  matches: (snapshot, labels) =>
    onPrivacyCenter(snapshot) &&
    locate(snapshot, targets.privacyDeleteMyAccount, labels) !== null &&
    !privacyRequest.matches(snapshot, labels),
};

export const privacySamples: UrlSamples = {
  kind: 'privacy-center',
  urls: [
    'https://privacy.aliexpress.com/home#/request/delete',
    'https://privacy.aliexpress.com/home',
    'https://www.aliexpress.com/p/privacy-center/index.html',
  ],
};
