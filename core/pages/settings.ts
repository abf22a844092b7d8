import { urlMatches, type PageDetector, type UrlSamples } from './detector';

/** /account/setting/index.html [1] and the older home.aliexpress.com/account_settings.htm [1]. */
const SETTINGS_URLS = [
  /\.aliexpress\.(com|us)\/(p\/)?account\/setting(s)?(\/index)?\.html$/,
  /\.aliexpress\.(com|us)\/account\/setting\/index\.html$/,
  /^home\.aliexpress\.(com|us)\/account_settings\.htm$/,
];

export const settings: PageDetector = {
  kind: 'settings',
  matches: (snapshot) => urlMatches(snapshot.url, SETTINGS_URLS),
};

export const settingsSamples: UrlSamples = {
  kind: 'settings',
  urls: [
    'https://www.aliexpress.com/account/setting/index.html',
    'https://fr.aliexpress.com/account/setting/index.html?spm=a2g0o.home.headerAcount.7',
    'https://home.aliexpress.com/account_settings.htm',
  ],
};

export const settingsUrlPatterns = SETTINGS_URLS;
