/**
 * The single place that turns a request for the AliExpress replica into a response.
 *
 * Used by the replica server (tests/replica/server.ts) and by the jsdom helpers (tests/replica/views.ts).
 * Pages live in tests/replica/site/<site>/..., partials in site/_partials/, shared assets in site/_shared/.
 *
 * Server-side includes: `<!--#include NAME key=value-->` is replaced by site/_partials/NAME.signed-in.html or
 * NAME.signed-out.html (chosen by opts.signedIn) when such a pair exists, else by site/_partials/NAME.html.
 * Inside an include, `{{active=KEY}}` becomes the active class when the include was given `active=KEY`, and
 * `{{spm}}` becomes the page's spm id (the `data-spm` attribute of its <body>). Comments that start with
 * `<!--@` are the replica's own notes and are stripped from the output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export interface RenderOptions {
  signedIn: boolean;
  /** e.g. ":8443"; appended to the host of every absolute *.aliexpress.com link and redirect. */
  portSuffix?: string;
  /** When given, every absolute *.aliexpress.com link and redirect uses this scheme. */
  scheme?: 'http' | 'https';
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

export const WWW_HOST = 'www.aliexpress.com';
export const LOGIN_HOST = 'login.aliexpress.com';

/** Host name (any case, with or without ":port") → folder under site/. */
const SITES: Readonly<Record<string, string>> = {
  [WWW_HOST]: 'www',
  [LOGIN_HOST]: 'login',
};

/** The site folder serving this host ("www", "login"), or null for a host the replica does not know. */
export function siteForHost(host: string): string | null {
  const name = host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  return SITES[name] ?? null;
}

/** Paths of the deletion single-page app (all served by the same document). INVENTED URLs. */
export const ACCOUNT_DELETE_PATHS: readonly string[] = [
  '/p/account-delete/index.html',
  '/p/account-delete/security',
  '/p/account-delete/code',
  '/p/account-delete/confirm',
  '/p/account-delete/done',
];

type Route =
  | { kind: 'page'; file: string; signedInOnly: boolean }
  | { kind: 'redirect'; location: string; setCookie?: string }
  | { kind: 'asset'; file: string; type: string }
  | { kind: 'empty' };

function route(site: string, pathname: string, opts: RenderOptions): Route | null {
  if (pathname === '/_replica/replica.css') {
    return { kind: 'asset', file: '_shared/replica.css', type: 'text/css; charset=utf-8' };
  }
  if (pathname === '/_replica/replica.js') {
    return { kind: 'asset', file: '_shared/replica.js', type: 'text/javascript; charset=utf-8' };
  }
  if (pathname === '/favicon.ico') return { kind: 'empty' };
  if (site === 'www') {
    switch (pathname) {
      case '/':
      case '/index.html':
        return { kind: 'page', file: 'www/index.html', signedInOnly: false };
      case '/p/order/index.html':
        return { kind: 'page', file: 'www/p/order/index.html', signedInOnly: true };
      case '/p/account/index.html':
        return { kind: 'page', file: 'www/p/account/index.html', signedInOnly: true };
      case '/account/index.html':
        // FACT [C]: this URL exists; INVENTED: that it redirects to the /p/ one.
        return { kind: 'redirect', location: absoluteUrl(WWW_HOST, '/p/account/index.html', opts) };
      case '/account/setting/index.html':
        return { kind: 'page', file: 'www/account/setting/index.html', signedInOnly: true };
      default:
        if (ACCOUNT_DELETE_PATHS.includes(pathname) || pathname === '/p/account-delete/') {
          return { kind: 'page', file: 'www/p/account-delete/index.html', signedInOnly: true };
        }
        return null;
    }
  }
  if (site === 'login') {
    switch (pathname) {
      case '/':
      case '/index.html':
        return { kind: 'page', file: 'login/index.html', signedInOnly: false };
      case '/xman/xlogout.htm':
        // INVENTED sign-out URL: clears the session and goes home.
        return {
          kind: 'redirect',
          location: absoluteUrl(WWW_HOST, '/', opts),
          setCookie: SESSION_CLEAR_COOKIE,
        };
      default:
        return null;
    }
  }
  return null;
}

/** `https://<host><portSuffix><path>`, honouring opts.scheme / opts.portSuffix. */
export function absoluteUrl(
  host: string,
  pathAndQuery: string,
  opts: Pick<RenderOptions, 'portSuffix' | 'scheme'>,
): string {
  return `${opts.scheme ?? 'https'}://${host}${opts.portSuffix ?? ''}${pathAndQuery}`;
}

/** The login page URL a signed-out visit of a protected www page is sent to. */
export function loginUrl(
  returnUrl: string | null,
  opts: Pick<RenderOptions, 'portSuffix' | 'scheme'>,
): string {
  const query = returnUrl === null ? '' : `?return_url=${encodeURIComponent(returnUrl)}`;
  return absoluteUrl(LOGIN_HOST, `/${query}`, opts);
}

const ALIEXPRESS_URL = /\bhttps?:\/\/((?:[a-z0-9-]+\.)*aliexpress\.com)(?![\w.:-])/gi;

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

function readSiteFile(relative: string): string {
  return readFileSync(path.join(SITE_DIR, relative), 'utf8');
}

const INCLUDE = /<!--#include\s+([\w-]+)((?:\s+[\w-]+=[\w-]*)*)\s*-->/g;

function resolveIncludes(html: string, signedIn: boolean, spm: string, depth = 0): string {
  if (depth > 5) throw new Error('replica: includes nested too deep');
  return html.replace(INCLUDE, (_whole: string, name: string, rawArgs: string) => {
    const args = new Map<string, string>();
    for (const pair of rawArgs.trim().split(/\s+/)) {
      if (pair === '') continue;
      const [key = '', value = ''] = pair.split('=');
      args.set(key, value);
    }
    const stateful = `_partials/${name}.${signedIn ? 'signed-in' : 'signed-out'}.html`;
    const file = existsSync(path.join(SITE_DIR, stateful)) ? stateful : `_partials/${name}.html`;
    if (!existsSync(path.join(SITE_DIR, file)))
      throw new Error(`replica: unknown include "${name}"`);
    const partial = readSiteFile(file)
      .replace(/\{\{active=([\w-]+)\}\}/g, (_m: string, key: string) =>
        args.get('active') === key ? 'account-layout--active--2Qd0yWn' : '',
      )
      .replace(/\{\{spm\}\}/g, spm);
    return resolveIncludes(partial, signedIn, spm, depth + 1);
  });
}

/** Full HTML of a page file with includes resolved and replica notes stripped (no link rewriting). */
function renderPageFile(file: string, signedIn: boolean): string {
  const source = readSiteFile(file);
  const spm = /<body[^>]*\sdata-spm="([\w-]+)"/.exec(source)?.[1] ?? 'home';
  const html = resolveIncludes(source, signedIn, spm);
  return html.replace(/<!--@[\s\S]*?-->\s*/g, '').replace(/ class="([^"]*?)\s+"/g, ' class="$1"');
}

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
  const site = siteForHost(host);
  if (site === null) return null;
  const found = route(site, pathname, opts);
  if (found === null) return null;
  switch (found.kind) {
    case 'empty':
      return { status: 204, headers: { 'Cache-Control': NO_STORE }, body: '' };
    case 'asset':
      return {
        status: 200,
        headers: { 'Content-Type': found.type, 'Cache-Control': NO_STORE },
        body: readSiteFile(found.file),
      };
    case 'redirect': {
      const headers: Record<string, string> = {
        Location: found.location,
        'Cache-Control': NO_STORE,
      };
      if (found.setCookie !== undefined) headers['Set-Cookie'] = found.setCookie;
      return { status: 302, headers, body: '' };
    }
    case 'page': {
      if (found.signedInOnly && !opts.signedIn) {
        const here = absoluteUrl(host.toLowerCase().replace(/:\d+$/, ''), pathname, opts);
        return {
          status: 302,
          headers: { Location: loginUrl(here, opts), 'Cache-Control': NO_STORE },
          body: '',
        };
      }
      return {
        status: 200,
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': NO_STORE },
        body: rewriteLinks(renderPageFile(found.file, opts.signedIn), opts),
      };
    }
  }
}
