/**
 * Which host names the replica answers, which site folder serves each, and the language each one carries.
 *
 * FACTS [src:site-languages]: the language hosts `{lang}.aliexpress.com`, the mobile hosts `m.` and `m.{lang}.`, the account
 * hosts `login.`, `accounts.`, `privacy.`, login iframes from `render-accounts.`, and `aliexpress.ru` run by a
 * separate company. INVENTED: that the code widget of the deletion flow is served from `render-accounts.` too.
 */

/** The site languages the replica is translated into besides English (all texts are the project's own). */
export const REPLICA_LANGUAGES = ['es', 'fr', 'de', 'pt', 'ja', 'ar'] as const;
export type ReplicaLanguage = (typeof REPLICA_LANGUAGES)[number];
/** English plus the translated languages. */
export type ReplicaPageLanguage = 'en' | ReplicaLanguage;

export const WWW_HOST = 'www.aliexpress.com';
export const LOGIN_HOST = 'login.aliexpress.com';
export const MOBILE_HOST = 'm.aliexpress.com';
export const PRIVACY_HOST = 'privacy.aliexpress.com';
export const ACCOUNTS_HOST = 'accounts.aliexpress.com';
export const RENDER_ACCOUNTS_HOST = 'render-accounts.aliexpress.com';
export const RU_HOSTS = ['aliexpress.ru', 'www.aliexpress.ru'] as const;

/** The folder under site/ that serves a host. */
export type SiteName = 'www' | 'login' | 'm' | 'privacy' | 'accounts' | 'render-accounts' | 'ru';

export interface HostInfo {
  site: SiteName;
  /** The language the host itself carries; null when it comes from the request (`?lang=`). */
  lang: ReplicaPageLanguage | 'ru' | null;
}

export function isReplicaLanguage(value: string | null | undefined): value is ReplicaLanguage {
  return (REPLICA_LANGUAGES as readonly string[]).includes(value ?? '');
}

/** `www.aliexpress.com` for English, else `{lang}.aliexpress.com`. */
export function desktopHost(lang: ReplicaPageLanguage): string {
  return lang === 'en' ? WWW_HOST : `${lang}.aliexpress.com`;
}

/** `m.aliexpress.com` for English, else `m.{lang}.aliexpress.com`. */
export function mobileHost(lang: ReplicaPageLanguage): string {
  return lang === 'en' ? MOBILE_HOST : `m.${lang}.aliexpress.com`;
}

const FIXED: Readonly<Record<string, HostInfo>> = {
  [WWW_HOST]: { site: 'www', lang: 'en' },
  [MOBILE_HOST]: { site: 'm', lang: 'en' },
  [LOGIN_HOST]: { site: 'login', lang: null },
  [RENDER_ACCOUNTS_HOST]: { site: 'render-accounts', lang: null },
  [PRIVACY_HOST]: { site: 'privacy', lang: 'en' },
  [ACCOUNTS_HOST]: { site: 'accounts', lang: 'en' },
  [RU_HOSTS[0]]: { site: 'ru', lang: 'ru' },
  [RU_HOSTS[1]]: { site: 'ru', lang: 'ru' },
};

/** Host name without port or trailing dot, lower case. */
export function bareHost(host: string): string {
  return host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
}

/** What serves this host (any case, with or without ":port"), or null for a host the replica does not know. */
export function hostInfo(host: string): HostInfo | null {
  const name = bareHost(host);
  const fixed = FIXED[name];
  if (fixed !== undefined) return fixed;
  const lang = /^(m\.)?([a-z]{2})\.aliexpress\.com$/.exec(name);
  if (lang !== null && isReplicaLanguage(lang[2])) {
    return { site: lang[1] === undefined ? 'www' : 'm', lang: lang[2] };
  }
  return null;
}

/** Every host name the replica answers (map them all to 127.0.0.1 in the browser). */
export const REPLICA_HOST_NAMES: readonly string[] = [
  WWW_HOST,
  LOGIN_HOST,
  ...REPLICA_LANGUAGES.map((lang) => desktopHost(lang)),
  MOBILE_HOST,
  ...REPLICA_LANGUAGES.map((lang) => mobileHost(lang)),
  PRIVACY_HOST,
  ACCOUNTS_HOST,
  RENDER_ACCOUNTS_HOST,
  ...RU_HOSTS,
];
