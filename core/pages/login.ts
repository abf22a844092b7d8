import { locate } from '../locate/locate';
import { targets } from '../steps/targets';
import { urlMatches, type PageDetector, type UrlSamples } from './detector';

/** login./passport. hosts and the ug-login page ([C]). */
const LOGIN_URLS = [/^(login|passport)\.aliexpress\.(com|us)\//, /\/ug-login(-page)?\//];

export const login: PageDetector = {
  kind: 'login',
  // The URL alone is not enough (a redirect may not have rendered the form yet): the form decides.
  matches: (snapshot, labels) =>
    (urlMatches(snapshot.url, LOGIN_URLS) || snapshot.doc.querySelector('#fm-login-id') !== null) &&
    locate(snapshot, targets.loginSubmit, labels) !== null,
};

export const loginSamples: UrlSamples = {
  kind: 'login',
  urls: [
    'https://login.aliexpress.com/',
    'https://login.aliexpress.com/?return_url=https%3A%2F%2Fwww.aliexpress.com%2F',
    'https://passport.aliexpress.com/mini_login.htm',
    'https://www.aliexpress.com/p/ug-login-page/login.html',
    'https://login.aliexpress.us/',
  ],
};

export const loginUrlPatterns = LOGIN_URLS;
