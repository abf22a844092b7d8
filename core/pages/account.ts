import { urlMatches, type PageDetector, type UrlSamples } from './detector';

/** /p/account/index.html [1], /account/index.html [C], also on m. and language hosts. */
const ACCOUNT_URLS = [/\.aliexpress\.(com|us)\/(p\/)?account\/index\.html$/];

export const account: PageDetector = {
  kind: 'account',
  matches: (snapshot) => urlMatches(snapshot.url, ACCOUNT_URLS),
};

export const accountSamples: UrlSamples = {
  kind: 'account',
  urls: [
    'https://www.aliexpress.com/p/account/index.html',
    'https://www.aliexpress.com/account/index.html',
    'https://m.aliexpress.com/account/index.html',
    'https://es.aliexpress.com/p/account/index.html?spm=a2g0o.home.0.0',
    'https://www.aliexpress.us/p/account/index.html',
  ],
};

export const accountUrlPatterns = ACCOUNT_URLS;
