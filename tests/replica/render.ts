/**
 * The single place that turns a request for the AliExpress replica into a response.
 *
 * Used by the replica server (tests/replica/server.ts) and by the jsdom loader (tests/replica/load-page.ts).
 * Pages live in tests/replica/site/<site>/..., partials in site/_partials/, shared assets in site/_shared/,
 * string tables in site/_i18n/. Which host is which site: hosts.ts.
 *
 * Server-side includes: `<!--#include NAME key=value-->` is replaced by site/_partials/NAME.signed-in.html or
 * NAME.signed-out.html (chosen by opts.signedIn) when such a pair exists, else by site/_partials/NAME.html.
 * Inside an include, `{{active=KEY}}` becomes the active class when the include was given `active=KEY`,
 * `{{tab=KEY}}` likewise for the mobile tab bar (`tab=KEY`), `{{spm}}` becomes the page's spm id (the `data-spm` attribute of its <body>) and `{{formTarget}}` becomes
 * ` target="_top"` when the include was given `frame=top`.
 * Conditional blocks: `<!--?if COND-->…<!--?else-->…<!--?end-->` (no nesting), COND one of `signed-in`,
 * `code-iframe`, `present:STEP-ID` (false when ?replica_absent names the step), `decoy:STEP-ID` (true when
 * ?replica_decoy names it). `{{relabel:STEP-ID|usual|renamed}}` is the renamed text under ?replica_relabel.
 * Placeholders: `{{codeFrameSrc}}`, `{{loginFrameSrc}}` (iframe URLs), `{{lang}}`.
 * Comments that start with `<!--@` are the replica's own notes and are stripped from the output.
 * Then, in order: the language (string table, <html lang dir>, links to the language's own hosts), the
 * build's class hashes (rehash.ts), and the request's scheme and port on absolute links.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { flagsToQuery, withFlags, type ReplicaFlags } from './flags.js';
import {
  LOGIN_HOST,
  RENDER_ACCOUNTS_HOST,
  WWW_HOST,
  bareHost,
  desktopHost,
  hostInfo,
  isReplicaLanguage,
  type HostInfo,
} from './hosts.js';
import { localizeHtml, stringTable } from './i18n.js';
import { rehashClasses } from './rehash.js';
import { productQuestions, withDecoys } from './decoys.js';
import {
  originalPath,
  redesignCss,
  redesignHtml,
  redesignPaths,
  redesignScript,
} from './redesign-build.js';

export { LOGIN_HOST, WWW_HOST } from './hosts.js';

export interface RenderOptions {
  signedIn: boolean;
  /** e.g. ":8443"; appended to the host of every absolute *.aliexpress.com link and redirect. */
  portSuffix?: string;
  /** When given, every absolute *.aliexpress.com link and redirect uses this scheme. */
  scheme?: 'http' | 'https';
  /** Language of hosts that carry none (login., render-accounts.): the request's `?lang=`. */
  lang?: string;
  /** The replica's test switches (flags.ts), from the request's query. */
  flags?: ReplicaFlags;
  /** The request's query string (without "?"): return_url for the login iframe page. */
  query?: string;
}

export interface RenderResult {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Absolute path of tests/replica/site/ (with a trailing separator). */
// From a string: under jsdom the global URL is not Node's, and fileURLToPath refuses it.
export const SITE_DIR: string =
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'site') + path.sep;

/** The signed-in state of the replica: this cookie set to "1". */
export const SESSION_COOKIE = 'replica_session';
export const COOKIE_DOMAIN = '.aliexpress.com';
export const SESSION_SET_COOKIE = `${SESSION_COOKIE}=1; Domain=${COOKIE_DOMAIN}; Path=/; SameSite=Lax`;
export const SESSION_CLEAR_COOKIE = `${SESSION_COOKIE}=; Domain=${COOKIE_DOMAIN}; Path=/; Max-Age=0; SameSite=Lax`;

/** The site folder serving this host ("www", "login", "m", …), or null for a host the replica does not know. */
export function siteForHost(host: string): string | null {
  return hostInfo(host)?.site ?? null;
}

/** The language a page on this host is rendered in. */
export function pageLanguage(info: HostInfo, opts: Pick<RenderOptions, 'lang'>): string {
  if (info.lang !== null) return info.lang;
  return isReplicaLanguage(opts.lang) ? opts.lang : 'en';
}

/** Paths of the deletion single-page app (all served by the same document). INVENTED URLs. */
export const ACCOUNT_DELETE_PATHS: readonly string[] = [
  '/p/account-delete/index.html',
  '/p/account-delete/security',
  '/p/account-delete/code',
  '/p/account-delete/confirm',
  '/p/account-delete/done',
];

/** FACT [src:bot-check-url]: bot-check URLs contain `_____tmd_____/punish`. */
export const PUNISH_PATH = '/_____tmd_____/punish';

type Route =
  | { kind: 'page'; file: string; signedInOnly: boolean }
  | { kind: 'redirect'; location: string; setCookie?: string }
  | { kind: 'asset'; file: string; type: string }
  | { kind: 'empty' };

function page(file: string, signedInOnly: boolean): Route {
  return { kind: 'page', file, signedInOnly };
}

function route(host: string, info: HostInfo, pathname: string, opts: RenderOptions): Route | null {
  if (pathname === '/_replica/replica.css') {
    return { kind: 'asset', file: '_shared/replica.css', type: 'text/css; charset=utf-8' };
  }
  if (pathname === '/_replica/replica.js') {
    return { kind: 'asset', file: '_shared/replica.js', type: 'text/javascript; charset=utf-8' };
  }
  if (pathname === '/favicon.ico') return { kind: 'empty' };
  const flagQuery = flagsToQuery(opts.flags ?? {});
  switch (info.site) {
    case 'www':
      switch (pathname) {
        case '/':
        case '/index.html':
          return page('www/index.html', false);
        case '/p/order/index.html':
          return page('www/p/order/index.html', true);
        case '/p/address/index.html':
          return page('www/p/address/index.html', true);
        case '/p/account/index.html':
          return page('www/p/account/index.html', true);
        case '/account/index.html':
          // FACT [src:account-center-url]: this URL exists; INVENTED: that it redirects to the /p/ one.
          return {
            kind: 'redirect',
            location: absoluteUrl(
              bareHost(host),
              withFlags('/p/account/index.html', opts.flags ?? {}),
              opts,
            ),
          };
        case '/account/setting/index.html':
          return page('www/account/setting/index.html', true);
        case '/p/bench/feed.html':
          // Not a page of the real site: the benchmark's heavy, restless page (npm run bench).
          return page('www/p/bench/feed.html', false);
        case '/p/bench/labels.html':
          // Not a page of the real site: the benchmark's pathological page, 2,000 label-like texts.
          return page('www/p/bench/labels.html', false);
        case '/p/ug-login-page/login.html':
          // FACT [src:sign-in-url]: this sign-in URL exists. INVENTED: its layout (the login form in an iframe).
          return page('www/p/ug-login-page/login.html', false);
        case PUNISH_PATH:
          return page('www/_____tmd_____/punish.html', false);
        default:
          if (ACCOUNT_DELETE_PATHS.includes(pathname) || pathname === '/p/account-delete/') {
            return page('www/p/account-delete/index.html', true);
          }
          // FACT [src:product-url]: product pages are /item/<id>.html.
          if (/^\/item\/\d+\.html$/.test(pathname)) return page('www/item/index.html', false);
          return null;
      }
    case 'm':
      switch (pathname) {
        case '/':
        case '/index.html':
          return page('m/index.html', false);
        case '/account/index.html':
          return page('m/account/index.html', true);
        case '/account/setting/index.html':
          return page('m/account/setting/index.html', true);
        default:
          if (ACCOUNT_DELETE_PATHS.includes(pathname) || pathname === '/p/account-delete/') {
            return page('m/p/account-delete/index.html', true);
          }
          return null;
      }
    case 'login':
      switch (pathname) {
        case '/':
        case '/index.html':
        case '/classic.html':
          return page('login/index.html', false);
        case '/xman/xlogout.htm':
          // INVENTED sign-out URL: clears the session and goes home.
          return {
            kind: 'redirect',
            location: absoluteUrl(WWW_HOST, flagQuery === '' ? '/' : `/?${flagQuery}`, opts),
            setCookie: SESSION_CLEAR_COOKIE,
          };
        default:
          return null;
      }
    case 'render-accounts':
      switch (pathname) {
        case '/verify/code.html':
          return page('render-accounts/verify/code.html', false);
        case '/login/iframe.html':
          return page('render-accounts/login/iframe.html', false);
        default:
          return null;
      }
    case 'privacy':
      if (pathname === '/')
        return { kind: 'redirect', location: absoluteUrl(bareHost(host), '/home', opts) };
      return pathname === '/home' ? page('privacy/home.html', true) : null;
    case 'accounts':
      switch (pathname) {
        case '/user/organization/manage_person_profile.htm':
          return page('accounts/user/organization/manage_person_profile.htm', true);
        case '/user/organization/deactive_account.htm':
          return page('accounts/user/organization/deactive_account.htm', true);
        default:
          return null;
      }
    case 'ru':
      return pathname === '/' || pathname === '/index.html' ? page('ru/index.html', false) : null;
  }
}

/** `https://<host><portSuffix><path>`, honouring opts.scheme / opts.portSuffix. */
export function absoluteUrl(
  host: string,
  pathAndQuery: string,
  opts: Pick<RenderOptions, 'portSuffix' | 'scheme'>,
): string {
  return `${opts.scheme ?? 'https'}://${host}${opts.portSuffix ?? ''}${pathAndQuery}`;
}

/**
 * Where a signed-out visit of a protected page is sent: the login page (with `lang` on a language host),
 * or with ?replica_login=iframe the www sign-in page that holds the login form in an iframe.
 */
export function loginUrl(
  returnUrl: string | null,
  opts: Pick<RenderOptions, 'portSuffix' | 'scheme' | 'flags'>,
  lang = 'en',
): string {
  const query = new URLSearchParams();
  if (returnUrl !== null) query.set('return_url', returnUrl);
  const flags = opts.flags ?? {};
  if (flags.loginIframe === true) {
    const host = isReplicaLanguage(lang) ? desktopHost(lang) : WWW_HOST;
    const target = `/p/ug-login-page/login.html${query.size > 0 ? `?${query.toString()}` : ''}`;
    return absoluteUrl(host, withFlags(target, flags), opts);
  }
  if (lang !== 'en') query.set('lang', lang);
  const target = `/${query.size > 0 ? `?${query.toString()}` : ''}`;
  return absoluteUrl(LOGIN_HOST, withFlags(target, flags), opts);
}

const ALIEXPRESS_URL = /\bhttps?:\/\/((?:[a-z0-9-]+\.)*aliexpress\.(?:com|ru))(?![\w.:-])/gi;

/** Rewrites absolute http(s)://*.aliexpress.com links to carry opts.scheme and opts.portSuffix. */
export function rewriteLinks(
  html: string,
  opts: Pick<RenderOptions, 'portSuffix' | 'scheme'>,
): string {
  if (opts.portSuffix === undefined && opts.scheme === undefined) return html;
  return html.replace(ALIEXPRESS_URL, (whole: string, host: string) => {
    const scheme = opts.scheme ?? (whole.toLowerCase().startsWith('https:') ? 'https' : 'http');
    return `${scheme}://${host}${opts.portSuffix ?? ''}`;
  });
}

/** On a language's pages, links to www. and m. lead to that language's hosts. */
function localizeHosts(html: string, lang: string): string {
  if (!isReplicaLanguage(lang)) return html;
  return html
    .replace(/\/\/www\.aliexpress\.com(?![\w.-])/g, `//${lang}.aliexpress.com`)
    .replace(/\/\/m\.aliexpress\.com(?![\w.-])/g, `//m.${lang}.aliexpress.com`);
}

function readSiteFile(relative: string): string {
  return readFileSync(path.join(SITE_DIR, relative), 'utf8');
}

const INCLUDE = /<!--#include\s+([\w-]+)((?:\s+[\w-]+=[\w-]*)*)\s*-->/g;

/** Partials with a second wording (?replica_wording=2): the same markup in other words. */
const REWORDED_PARTIALS: ReadonlySet<string> = new Set(['account-delete-views']);

function resolveIncludes(
  html: string,
  signedIn: boolean,
  spm: string,
  reworded: boolean,
  depth = 0,
): string {
  if (depth > 5) throw new Error('replica: includes nested too deep');
  return html.replace(INCLUDE, (_whole: string, name: string, rawArgs: string) => {
    const args = new Map<string, string>();
    for (const pair of rawArgs.trim().split(/\s+/)) {
      if (pair === '') continue;
      const [key = '', value = ''] = pair.split('=');
      args.set(key, value);
    }
    const stateful = `_partials/${name}.${signedIn ? 'signed-in' : 'signed-out'}.html`;
    const file =
      reworded && REWORDED_PARTIALS.has(name)
        ? `_partials/${name}.reworded.html`
        : existsSync(path.join(SITE_DIR, stateful))
          ? stateful
          : `_partials/${name}.html`;
    if (!existsSync(path.join(SITE_DIR, file)))
      throw new Error(`replica: unknown include "${name}"`);
    const partial = readSiteFile(file)
      .replace(/\{\{active=([\w-]+)\}\}/g, (_m: string, key: string) =>
        args.get('active') === key ? 'account-layout--active--2Qd0yWn' : '',
      )
      .replace(/\{\{tab=([\w-]+)\}\}/g, (_m: string, key: string) =>
        args.get('tab') === key ? 'm-tabbar--active--3Fk9qLe' : '',
      )
      .replace(/\{\{spm\}\}/g, spm)
      .replace(/\{\{formTarget\}\}/g, args.get('frame') === 'top' ? ' target="_top"' : '');
    return resolveIncludes(partial, signedIn, spm, reworded, depth + 1);
  });
}

const CONDITIONAL = /<!--\?if ([\w:-]+)-->([\s\S]*?)(?:<!--\?else-->([\s\S]*?))?<!--\?end-->/g;

function resolveConditionals(html: string, opts: RenderOptions): string {
  const flags = opts.flags ?? {};
  const holds = (condition: string): boolean => {
    if (condition === 'signed-in') return opts.signedIn;
    if (condition === 'code-iframe') return flags.codeIframe === true;
    if (condition.startsWith('present:')) return !(flags.absent ?? []).includes(condition.slice(8));
    if (condition.startsWith('decoy:')) return (flags.decoy ?? []).includes(condition.slice(6));
    throw new Error(`replica: unknown condition "${condition}"`);
  };
  return html
    .replace(
      CONDITIONAL,
      (_whole: string, condition: string, yes: string, no: string | undefined) =>
        holds(condition) ? yes : (no ?? ''),
    )
    .replace(RELABEL, (_whole: string, id: string, usual: string, renamed: string) =>
      (flags.relabel ?? []).includes(id) ? renamed : usual,
    );
}

/** `{{relabel:STEP-ID|usual words|renamed words}}`: the renamed words under ?replica_relabel=STEP-ID. */
const RELABEL = /\{\{relabel:([\w-]+)\|([^|}]*)\|([^|}]*)\}\}/g;

/** URL of an iframe document on render-accounts., in the page's language and build. */
function frameUrl(
  pathname: string,
  lang: string,
  flags: ReplicaFlags,
  extra?: URLSearchParams,
): string {
  const query = new URLSearchParams(extra);
  if (lang !== 'en') query.set('lang', lang);
  const target = `${pathname}${query.size > 0 ? `?${query.toString()}` : ''}`;
  return `https://${RENDER_ACCOUNTS_HOST}${withFlags(target, { build: flags.build })}`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Full HTML of a page file: includes, conditions, placeholders, language, build (no port rewriting). */
function renderPageFile(file: string, lang: string, opts: RenderOptions): string {
  const flags = opts.flags ?? {};
  const source = readSiteFile(file);
  const spm = /<body[^>]*\sdata-spm="([\w-]+)"/.exec(source)?.[1] ?? 'home';
  const returnUrl = new URLSearchParams(opts.query ?? '').get('return_url');
  let html = resolveConditionals(
    resolveIncludes(source, opts.signedIn, spm, flags.reworded === true),
    opts,
  )
    .replace(/\{\{codeFrameSrc\}\}/g, escapeAttribute(frameUrl('/verify/code.html', lang, flags)))
    .replace(/\{\{loginFrameSrc\}\}/g, () => {
      const extra = new URLSearchParams();
      if (returnUrl !== null) extra.set('return_url', returnUrl);
      return escapeAttribute(frameUrl('/login/iframe.html', lang, flags, extra));
    })
    .replace(/\{\{productQuestions\}\}/g, () => productQuestions(lang))
    .replace(/\{\{lang\}\}/g, lang)
    .replace(/<!--@[\s\S]*?-->\s*/g, '')
    .replace(/ class="([^"]*?)\s+"/g, ' class="$1"');
  // The stylesheet and the script of the same build as the page.
  const assetQuery = flagsToQuery({ build: flags.build, redesign: flags.redesign });
  if (assetQuery !== '') {
    html = html.replace(/(\/_replica\/replica\.(?:css|js))"/g, `$1?${assetQuery}"`);
  }
  if (isReplicaLanguage(lang)) {
    const table = stringTable(SITE_DIR, lang);
    const dir = table.dir === 'rtl' ? ' dir="rtl"' : '';
    const strings = JSON.stringify(table.script).replace(/</g, '\\u003c');
    html = localizeHtml(html, table)
      .replace(/<html lang="en">/, `<html lang="${table.htmlLang}"${dir}>`)
      .replace(
        /<script src="\/_replica\/replica\.js/,
        `<script type="application/json" id="replica-i18n">${strings}</script>\n    $&`,
      );
    html = localizeHosts(html, lang);
  }
  if (flags.decoys === true) html = withDecoys(html, lang);
  html = rehashClasses(html, flags.build);
  return flags.redesign === true ? redesignHtml(html, SITE_DIR) : html;
}

/**
 * INVENTED: a strict policy as a shop might send (the real site's is not known): scripts only
 * from the page's own origin and inline, nothing from an extension's address.
 */
const STRICT_CSP =
  "default-src 'self' https:; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline' https:; img-src 'self' https: data:";

const NO_STORE = 'no-store';

/**
 * Turns a request into a response. `host` may carry a port (it is ignored); `pathname` must not carry the
 * query string. Returns null for an unknown host or path (the server answers 404).
 */
export function renderPage(
  host: string,
  pathname: string,
  opts: RenderOptions,
): RenderResult | null {
  const info = hostInfo(host);
  if (info === null) return null;
  const redesign = opts.flags?.redesign === true;
  // The redesign moved some pages: their new paths stand for the old files, the old paths are gone.
  const sourcePath = redesign ? originalPath(pathname) : pathname;
  if (sourcePath === null) return null;
  const found = route(host, info, sourcePath, opts);
  if (found === null) return null;
  const lang = pageLanguage(info, opts);
  switch (found.kind) {
    case 'empty':
      return { status: 204, headers: { 'Cache-Control': NO_STORE }, body: '' };
    case 'asset': {
      const body = rehashClasses(readSiteFile(found.file), opts.flags?.build);
      const rebuilt = !redesign
        ? body
        : found.file.endsWith('.css')
          ? redesignCss(body, SITE_DIR)
          : redesignScript(body, SITE_DIR);
      return {
        status: 200,
        headers: { 'Content-Type': found.type, 'Cache-Control': NO_STORE },
        body: rebuilt,
      };
    }
    case 'redirect': {
      const headers: Record<string, string> = {
        Location: redesign ? redesignPaths(found.location) : found.location,
        'Cache-Control': NO_STORE,
      };
      if (found.setCookie !== undefined) headers['Set-Cookie'] = found.setCookie;
      return { status: 302, headers, body: '' };
    }
    case 'page': {
      if (found.signedInOnly && !opts.signedIn) {
        const here = absoluteUrl(bareHost(host), withFlags(pathname, opts.flags ?? {}), opts);
        return {
          status: 302,
          headers: { Location: loginUrl(here, opts, lang), 'Cache-Control': NO_STORE },
          body: '',
        };
      }
      return {
        status: 200,
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': NO_STORE,
          ...(opts.flags?.strictCsp ? { 'Content-Security-Policy': STRICT_CSP } : {}),
        },
        body: rewriteLinks(renderPageFile(found.file, lang, opts), opts),
      };
    }
  }
}
