import type { Label } from '../labels/types';
import { locate } from '../locate/locate';
import { INTRUDING, regionsOf } from '../locate/regions';
import { SHOP_HOSTS } from '../site/hosts';
import { PRIVACY_CENTER_URLS, targets } from '../steps/targets';
import type { MainDetector } from './detector';
import { fromControl, fromHeading, fromUrl } from './evidence';

/** Bot checks live on `_____tmd_____/punish` URLs and show a slider captcha [src:bot-check-url]. */
const BOT_CHECK_URLS = [/\/_+tmd_+\/punish/, /\/punish\b/];

export const botCheck: MainDetector = {
  kind: 'bot-check',
  sort: 'main',
  urls: BOT_CHECK_URLS,
  // The words alone ("slide to verify") may be anyone's text: the URL or the captcha's markup.
  read: (snapshot, labels) => {
    const url = fromUrl(snapshot, BOT_CHECK_URLS);
    const found = locate(snapshot, targets.botCheck, labels);
    if (url.length === 0 && !found?.signals.includes('selector')) return [];
    return [
      ...url,
      ...(found ? [{ sort: 'control' as const, weight: 2, what: 'slider captcha' }] : []),
    ];
  },
  samples: {
    pages: ['bot-check'],
    urls: [
      'https://www.aliexpress.com/_____tmd_____/punish?x5secdata=abc&x5step=1',
      'https://fr.aliexpress.com/_____tmd_____/punish?redirect=https%3A%2F%2Ffr.aliexpress.com%2F',
    ],
  },
};

/** accounts.aliexpress.com's old profile and deactivation pages ([src:legacy-pages-url]). */
const LEGACY_URLS = [
  /^accounts\.aliexpress\.(com|us)\/user\/organization\/(manage_person_profile|deactive_account)\.htm$/,
];

export const legacyAccount: MainDetector = {
  kind: 'legacy-account',
  sort: 'main',
  urls: LEGACY_URLS,
  read: (snapshot, labels) => [
    ...fromUrl(snapshot, LEGACY_URLS),
    ...fromControl(snapshot, targets.legacyDeactivate, labels, 'deactivation heading', 'landmark'),
    ...fromControl(snapshot, targets.legacyProfile, labels, 'profile heading', 'landmark'),
  ],
  samples: {
    pages: ['legacy-profile', 'legacy-deactivate'],
    urls: [
      'https://accounts.aliexpress.com/user/organization/manage_person_profile.htm',
      'https://accounts.aliexpress.com/user/organization/deactive_account.htm',
    ],
  },
};

/**
 * The privacy center's deletion request ([src:privacy-center-url]: privacy.aliexpress.com/home#/request/delete,
 * "Delete my account", type "agree", "Delete"). A hash-routed app: each view is told apart by
 * what it shows, on the privacy center's URLs only.
 */
export const privacyRequest: MainDetector = {
  kind: 'privacy-request',
  sort: 'main',
  read: (snapshot, labels) => {
    const url = fromUrl(snapshot, PRIVACY_CENTER_URLS);
    const box = fromControl(snapshot, targets.privacyAgreeBox, labels, 'agree box');
    if (url.length === 0 || box.length === 0) return [];
    return [
      ...url,
      ...box,
      ...fromControl(snapshot, targets.privacyDeleteButton, labels, 'Delete', 'labels'),
    ];
  },
  samples: {
    pages: ['privacy-request'],
    urls: ['https://privacy.aliexpress.com/home#/request/delete'],
  },
};

export const privacySubmitted: MainDetector = {
  kind: 'privacy-submitted',
  sort: 'main',
  read: (snapshot, labels) => {
    const url = fromUrl(snapshot, PRIVACY_CENTER_URLS);
    const body = snapshot.doc.body;
    // Said by the page itself: not by a help bot's suggestion, a review or a notice bar, nor by
    // a box around one (whose text is all theirs). A toast saying it is not taken either: the
    // guide would rather not explain the request than say it went out when it did not.
    const said =
      body !== null &&
      snapshot
        .fits(labels.privacySubmitted)
        .some(
          ({ element }) =>
            !regionsOf(snapshot).isOutOfContext(element, body, false) &&
            element.querySelector(INTRUDING) === null &&
            snapshot.isVisible(element),
        );
    return url.length > 0 && said ? [...url, { sort: 'labels', weight: 1, what: 'submitted' }] : [];
  },
  samples: { pages: ['privacy-submitted'] },
};

/** The list of requests; the form repeats "Delete my account" as its title (one less point there). */
export const privacyCenter: MainDetector = {
  kind: 'privacy-center',
  sort: 'main',
  read: (snapshot, labels) => {
    const url = fromUrl(snapshot, PRIVACY_CENTER_URLS);
    if (url.length === 0) return [];
    const choice = fromControl(
      snapshot,
      targets.privacyDeleteMyAccount,
      labels,
      'Delete my account',
    );
    // The form repeats the list's title: here the address counts one point, not two.
    return choice.length > 0 ? [{ sort: 'url', weight: 1, what: 'url' }, ...choice] : [];
  },
  samples: {
    pages: ['privacy-center'],
    urls: [
      'https://privacy.aliexpress.com/home',
      'https://www.aliexpress.com/p/privacy-center/index.html',
    ],
  },
};

/**
 * The shop's home (www., language and m. hosts at /) [src:site-languages]. Off the route. The
 * hosts are core/site/hosts.ts's one list: a two-letter account host (my.) is no language host.
 */
const HOME_URLS = [
  new RegExp(
    `^(${SHOP_HOSTS.map((host) => host.replaceAll('.', '\\.')).join('|')})/(index\\.html)?$`,
  ),
];

export const home: MainDetector = {
  kind: 'home',
  sort: 'main',
  urls: HOME_URLS,
  read: (snapshot) => fromUrl(snapshot, HOME_URLS),
  samples: {
    pages: ['home-signed-in', 'home-signed-out', 'm-home-signed-in'],
    urls: [
      'https://www.aliexpress.com/',
      'https://es.aliexpress.com/',
      'https://m.aliexpress.com/',
    ],
  },
};

/** Product pages (/item/<id>.html) [src:product-url]. Off the route, whatever their reviews say. */
const PRODUCT_URLS = [/\.aliexpress\.(com|us)\/item\/\d+\.html$/];

export const product: MainDetector = {
  kind: 'product',
  sort: 'main',
  urls: PRODUCT_URLS,
  read: (snapshot) => fromUrl(snapshot, PRODUCT_URLS),
  samples: {
    pages: ['product+decoys'],
    urls: ['https://www.aliexpress.com/item/1005006841234567.html'],
  },
};

/** Orders (/p/order/index.html) [src:orders-url]. Off the route. */
const ORDER_URLS = [/\.aliexpress\.(com|us)\/p\/order\/index\.html$/];

/** Made once: a label made anew each look would be fitted anew to every text, every look. */
export const ORDERS_HEADING: Label = { phrases: ['Orders', 'My Orders'], source: 'ours' };

export const orders: MainDetector = {
  kind: 'orders',
  sort: 'main',
  urls: ORDER_URLS,
  read: (snapshot) => [
    ...fromUrl(snapshot, ORDER_URLS),
    ...fromHeading(snapshot, ORDERS_HEADING, 'Orders heading'),
  ],
  samples: { pages: ['orders'], urls: ['https://www.aliexpress.com/p/order/index.html'] },
};
