/**
 * Where AliExit runs: exactly the hosts a user meets on the way to deleting an aliexpress.com
 * account [src:site-languages] [src:account-hosts]. aliexpress.ru is absent on purpose:
 * a separate company runs it, with its own accounts.
 */
import { LANGUAGE_SUBDOMAINS } from './languages';

/** Account flows; login iframes come from render-accounts. and aeu. [src:account-hosts] */
const ACCOUNT_SUBDOMAINS = [
  'login',
  'passport',
  'accounts',
  'privacy',
  'home',
  'my',
  'trade',
  'thirdparty',
  'render-accounts',
  'aeu',
] as const;

/**
 * The shop's own hosts: where the route's pages (Account, Settings) are served and where
 * "Continue" and the card's links may lead. The account hosts (sign-in, privacy center, login
 * iframes, the older account pages) are not among them: a path of the shop opened there is
 * nothing. This is the one list of them.
 */
export const SHOP_HOSTS: readonly string[] = [
  'aliexpress.com',
  'www.aliexpress.com',
  ...LANGUAGE_SUBDOMAINS.map((lang) => `${lang}.aliexpress.com`),
  // Mobile web ([src:mobile-hosts]): m. and m.{lang}.
  'm.aliexpress.com',
  ...LANGUAGE_SUBDOMAINS.map((lang) => `m.${lang}.aliexpress.com`),
  // The US store ([src:us-store]).
  'www.aliexpress.us',
];

export const ALIEXPRESS_HOSTS: readonly string[] = [
  ...SHOP_HOSTS,
  ...ACCOUNT_SUBDOMAINS.map((sub) => `${sub}.aliexpress.com`),
  'login.aliexpress.us',
];

/**
 * Match patterns for the manifest: the hosts above, over https only. The site serves nothing
 * over plain http but a redirect to https; a guide on an http page would read a page anyone
 * on the network could have written.
 */
export const ALIEXPRESS_MATCHES: readonly string[] = ALIEXPRESS_HOSTS.map(
  (host) => `https://${host}/*`,
);

/** AliExpress Russia: only recognised, to tell the user the guide does not cover it. */
export const NOT_COVERED_HOST = /(^|\.)aliexpress\.ru$/i;
export const NOT_COVERED_MATCHES: readonly string[] = [
  'https://aliexpress.ru/*',
  'https://*.aliexpress.ru/*',
];

export function isNotCoveredUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return NOT_COVERED_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** The site a "Continue" opens when the user has no AliExpress tab yet. */
export const DEFAULT_ORIGIN = 'https://www.aliexpress.com';

const HOST_SET: ReadonlySet<string> = new Set(ALIEXPRESS_HOSTS);
const SHOP_HOST_SET: ReadonlySet<string> = new Set(SHOP_HOSTS);

export function isShopHost(hostname: string): boolean {
  return SHOP_HOST_SET.has(hostname.toLowerCase());
}

/**
 * The shop to lead the user to from an AliExpress page: the page's own origin on a shop host
 * (the language in use stays), else the www host of the same store (aliexpress.com or .us).
 * Undefined for anything that is not an https AliExpress page.
 */
export function shopOriginOf(url: string | URL): string | undefined {
  const href = typeof url === 'string' ? url : url.href;
  if (!isAliExpressUrl(href)) return undefined;
  const { hostname, origin } = new URL(href);
  if (isShopHost(hostname)) return origin;
  return hostname.toLowerCase().endsWith('.aliexpress.us')
    ? 'https://www.aliexpress.us'
    : DEFAULT_ORIGIN;
}

export function isAliExpressHost(hostname: string): boolean {
  return HOST_SET.has(hostname.toLowerCase());
}

export function isAliExpressUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && isAliExpressHost(parsed.hostname);
  } catch {
    return false;
  }
}

/** The site language a host serves: `fr.aliexpress.com`, `m.fr.aliexpress.com` → "fr". */
export function hostLanguage(hostname: string): string | undefined {
  const match = /^(?:m\.)?([a-z]{2})\.aliexpress\.com$/i.exec(hostname);
  const lang = match?.[1]?.toLowerCase();
  return lang && (LANGUAGE_SUBDOMAINS as readonly string[]).includes(lang) ? lang : undefined;
}
