/**
 * Where AliExit runs: exactly the hosts a user meets on the way to deleting an aliexpress.com
 * account (aliexpress-facts.md, "Hosts", [C] unless noted). aliexpress.ru is absent on purpose:
 * a separate company runs it, with its own accounts.
 */
import { LANGUAGE_SUBDOMAINS } from './languages';

/** Account flows ([C]); login iframes come from render-accounts. and aeu. ([C]). */
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

export const ALIEXPRESS_HOSTS: readonly string[] = [
  'aliexpress.com',
  'www.aliexpress.com',
  ...LANGUAGE_SUBDOMAINS.map((lang) => `${lang}.aliexpress.com`),
  // Mobile web ([C]): m. and m.{lang}.
  'm.aliexpress.com',
  ...LANGUAGE_SUBDOMAINS.map((lang) => `m.${lang}.aliexpress.com`),
  ...ACCOUNT_SUBDOMAINS.map((sub) => `${sub}.aliexpress.com`),
  // The US store ([C]).
  'www.aliexpress.us',
  'login.aliexpress.us',
];

/** Match patterns for the manifest: the hosts above, over http and https. */
export const ALIEXPRESS_MATCHES: readonly string[] = ALIEXPRESS_HOSTS.map(
  (host) => `*://${host}/*`,
);

/** AliExpress Russia: only recognised, to tell the user the guide does not cover it. */
export const NOT_COVERED_HOST = /(^|\.)aliexpress\.ru$/i;
export const NOT_COVERED_MATCHES: readonly string[] = [
  '*://aliexpress.ru/*',
  '*://*.aliexpress.ru/*',
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

export function isAliExpressHost(hostname: string): boolean {
  return HOST_SET.has(hostname.toLowerCase());
}

export function isAliExpressUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return (
      (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
      isAliExpressHost(parsed.hostname)
    );
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
