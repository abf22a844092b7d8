import { locate } from '../locate/locate';
import { targets } from '../steps/targets';
import { urlMatches, type PageDetector, type UrlSamples } from './detector';

/** Bot checks live on `_____tmd_____/punish` URLs ([C]) and show a slider captcha ([C]). */
const BOT_CHECK_URLS = [/\/_+tmd_+\/punish/, /\/punish\b/];

export const botCheck: PageDetector = {
  kind: 'bot-check',
  matches: (snapshot, labels) =>
    urlMatches(snapshot.url, BOT_CHECK_URLS) || locate(snapshot, targets.botCheck, labels) !== null,
};

export const botCheckSamples: UrlSamples = {
  kind: 'bot-check',
  urls: [
    'https://www.aliexpress.com/_____tmd_____/punish?x5secdata=abc&x5step=1',
    'https://fr.aliexpress.com/_____tmd_____/punish?redirect=https%3A%2F%2Ffr.aliexpress.com%2F',
  ],
};

export const botCheckUrlPatterns = BOT_CHECK_URLS;
