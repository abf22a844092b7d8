/**
 * jsdom helpers: put a replica page into a Document as a user would see it at a given state, WITHOUT running
 * replica.js. The page HTML comes from renderPage(); the chosen view template is cloned into #root and,
 * optionally, the account popover template is cloned into <body> — exactly what replica.js does in a browser.
 *
 *   const dom = new JSDOM('', { url: replicaUrl(state) });
 *   loadReplicaPage(dom.window.document, state);
 *
 * Scripts are removed (nothing of the replica runs), so the page is static: clicking does nothing.
 */
import { flagsFromQuery, withFlags, type ReplicaFlags } from './flags.js';
import {
  ACCOUNTS_HOST,
  PRIVACY_HOST,
  REPLICA_LANGUAGES,
  RENDER_ACCOUNTS_HOST,
  RU_HOSTS,
  desktopHost,
  mobileHost,
  type ReplicaLanguage,
  type ReplicaPageLanguage,
} from './hosts.js';
import { LOGIN_HOST, PUNISH_PATH, WWW_HOST, renderPage } from './render.js';

export type ReplicaPageKind =
  | 'signed-out'
  | 'login'
  | 'header'
  | 'account-menu'
  | 'account'
  | 'settings'
  | 'delete-explainer'
  | 'security-check'
  | 'code-entry'
  | 'final-confirmation'
  | 'deleted'
  | 'privacy-center'
  | 'privacy-request'
  | 'privacy-submitted'
  | 'legacy-account'
  | 'bot-check'
  | 'home'
  | 'product'
  | 'orders'
  | 'not-covered';

export interface ReplicaSpec {
  /** Unique, stable name of the state, e.g. "home-signed-in-menu". */
  name: string;
  /** e.g. "www.aliexpress.com", "login.aliexpress.com", "es.aliexpress.com", "m.aliexpress.com". */
  host: string;
  /**
   * Path, optionally with a query string and a #hash. The query's replica_* switches and `lang` apply when
   * rendering (as on the server); a #hash picks the view of a hash-routed page when `view` is not given.
   */
  path: string;
  signedIn: boolean;
  /** The <template data-view> to show in #root; default: the one replica.js would pick for the path. */
  view?: string;
  /** Open the header popover as replica.js does on hover. */
  popover?: 'account-menu' | 'signin-menu';
  /** What a user sees in this state (a state can have several kinds). */
  pageKinds: ReplicaPageKind[];
  /** The page's language (default 'en'); for login./render-accounts. it is rendered from this. */
  lang?: ReplicaPageLanguage | 'ru';
  /** The replica's test switches (flags.ts); variant states also carry them in `path`'s query. */
  flags?: ReplicaFlags;
  /**
   * The page shows part of the step in an iframe: the name of the state of that iframe's document (load it
   * separately; a JSDOM does not load iframes). The targets inside the iframe are NOT in this state's page.
   */
  frame?: string;
  /** 'mobile': a mobile-web page meant for a 390 px wide viewport. Default 'desktop'. */
  viewport?: 'desktop' | 'mobile';
}

/** Every state of the replica that a guide can meet, in route order. */
export const replicaStates: ReplicaSpec[] = [
  {
    name: 'home-signed-out',
    host: WWW_HOST,
    path: '/',
    signedIn: false,
    pageKinds: ['signed-out', 'home'],
  },
  {
    name: 'home-signed-out-menu',
    host: WWW_HOST,
    path: '/',
    signedIn: false,
    popover: 'signin-menu',
    pageKinds: ['signed-out', 'home'],
  },
  // The two-step sign-in (FACT [src:two-step-sign-in]): the email screen first, then (in place) the password screen.
  { name: 'login', host: LOGIN_HOST, path: '/', signedIn: false, pageKinds: ['login'] },
  {
    name: 'login-password',
    host: LOGIN_HOST,
    path: '/',
    signedIn: false,
    view: 'login-password',
    pageKinds: ['login'],
  },
  {
    name: 'login-multiple-email',
    host: LOGIN_HOST,
    path: '/',
    signedIn: false,
    view: 'login-multiple',
    pageKinds: ['login'],
  },
  {
    name: 'login-unknown-email',
    host: LOGIN_HOST,
    path: '/',
    signedIn: false,
    view: 'login-unknown',
    pageKinds: ['login'],
  },
  // The one-screen form of earlier captures [src:login-form].
  {
    name: 'login-classic',
    host: LOGIN_HOST,
    path: '/classic.html',
    signedIn: false,
    pageKinds: ['login'],
  },
  {
    name: 'login-return-url',
    host: LOGIN_HOST,
    path: '/?return_url=https%3A%2F%2Fwww.aliexpress.com%2Fp%2Faccount%2Findex.html',
    signedIn: false,
    pageKinds: ['login'],
  },
  {
    name: 'home-signed-in',
    host: WWW_HOST,
    path: '/',
    signedIn: true,
    pageKinds: ['header', 'home'],
  },
  {
    name: 'home-signed-in-menu',
    host: WWW_HOST,
    path: '/',
    signedIn: true,
    popover: 'account-menu',
    pageKinds: ['header', 'account-menu', 'home'],
  },
  {
    name: 'orders',
    host: WWW_HOST,
    path: '/p/order/index.html',
    signedIn: true,
    pageKinds: ['header', 'orders'],
  },
  {
    name: 'account',
    host: WWW_HOST,
    path: '/p/account/index.html',
    signedIn: true,
    pageKinds: ['header', 'account'],
  },
  {
    name: 'account-menu-on-account',
    host: WWW_HOST,
    path: '/p/account/index.html',
    signedIn: true,
    popover: 'account-menu',
    pageKinds: ['header', 'account', 'account-menu'],
  },
  {
    name: 'settings',
    host: WWW_HOST,
    path: '/account/setting/index.html',
    signedIn: true,
    pageKinds: ['header', 'settings'],
  },
  {
    name: 'delete-explainer',
    host: WWW_HOST,
    path: '/p/account-delete/index.html',
    signedIn: true,
    view: 'explainer',
    pageKinds: ['header', 'delete-explainer'],
  },
  {
    name: 'security-check',
    host: WWW_HOST,
    path: '/p/account-delete/security',
    signedIn: true,
    view: 'security',
    pageKinds: ['header', 'security-check'],
  },
  {
    name: 'code-entry',
    host: WWW_HOST,
    path: '/p/account-delete/code',
    signedIn: true,
    view: 'code',
    pageKinds: ['header', 'code-entry'],
  },
  {
    name: 'final-confirmation',
    host: WWW_HOST,
    path: '/p/account-delete/confirm',
    signedIn: true,
    view: 'confirm',
    pageKinds: ['header', 'final-confirmation'],
  },
  {
    // The page was loaded signed in; the header still says "Account" until the next page load.
    name: 'deleted',
    host: WWW_HOST,
    path: '/p/account-delete/done',
    signedIn: true,
    view: 'done',
    pageKinds: ['header', 'deleted'],
  },
];

/** The login page path in a language (`lang` query), optionally with a return URL. */
function loginPath(lang: ReplicaPageLanguage, returnUrl?: string, pathname = '/'): string {
  const query = new URLSearchParams();
  if (returnUrl !== undefined) query.set('return_url', returnUrl);
  if (lang !== 'en') query.set('lang', lang);
  return query.size > 0 ? `${pathname}?${query.toString()}` : pathname;
}

/** An English route state moved to a language's host (login stays on login. with `?lang=`). */
function inLanguage(spec: ReplicaSpec, lang: ReplicaLanguage): ReplicaSpec {
  const onLogin = spec.host === LOGIN_HOST;
  const returnUrl = new URLSearchParams(spec.path.split('?')[1] ?? '').get('return_url');
  return {
    ...spec,
    name: `${spec.name}@${lang}`,
    host: onLogin ? LOGIN_HOST : desktopHost(lang),
    path: onLogin
      ? loginPath(
          lang,
          returnUrl?.replace('//www.aliexpress.com', `//${desktopHost(lang)}`),
          spec.path.split('?')[0],
        )
      : spec.path,
    lang,
  };
}

/** An English route state under a test switch. */
function withSwitch(spec: ReplicaSpec, suffix: string, flags: ReplicaFlags): ReplicaSpec {
  return { ...spec, name: `${spec.name}+${suffix}`, path: withFlags(spec.path, flags), flags };
}

const CODE_WIDGET_PATH = '/verify/code.html';
const LOGIN_FRAME_PATH = '/login/iframe.html';
const ACCOUNT_RETURN = `?return_url=${encodeURIComponent(`https://${WWW_HOST}/p/account/index.html`)}`;

/** The mobile-web route on one mobile host (URLs of settings and the deletion app on m. are INVENTED). */
function mobileStates(lang: ReplicaPageLanguage): ReplicaSpec[] {
  const host = mobileHost(lang);
  const at = lang === 'en' ? '' : `@${lang}`;
  const base = { host, viewport: 'mobile' as const, ...(lang === 'en' ? {} : { lang }) };
  return [
    {
      ...base,
      name: `m-home-signed-out${at}`,
      path: '/',
      signedIn: false,
      // Signed out, the mobile home looks exactly as signed in (the Account tab keeps its name
      // and its link; only the page behind it redirects to login): no guide can tell them apart.
      // The login page that the tab leads to is recognised and takes over.
      pageKinds: ['header', 'home'],
    },
    {
      ...base,
      name: `m-home-signed-in${at}`,
      path: '/',
      signedIn: true,
      pageKinds: ['header', 'home'],
    },
    {
      ...base,
      name: `m-account${at}`,
      path: '/account/index.html',
      signedIn: true,
      pageKinds: ['header', 'account'],
    },
    {
      ...base,
      name: `m-settings${at}`,
      path: '/account/setting/index.html',
      signedIn: true,
      pageKinds: ['settings'],
    },
    {
      ...base,
      name: `m-delete-explainer${at}`,
      path: '/p/account-delete/index.html',
      signedIn: true,
      view: 'explainer',
      pageKinds: ['delete-explainer'],
    },
    {
      ...base,
      name: `m-security-check${at}`,
      path: '/p/account-delete/security',
      signedIn: true,
      view: 'security',
      pageKinds: ['security-check'],
    },
    {
      ...base,
      name: `m-code-entry${at}`,
      path: '/p/account-delete/code',
      signedIn: true,
      view: 'code',
      pageKinds: ['code-entry'],
    },
    {
      ...base,
      name: `m-final-confirmation${at}`,
      path: '/p/account-delete/confirm',
      signedIn: true,
      view: 'confirm',
      pageKinds: ['final-confirmation'],
    },
    {
      ...base,
      name: `m-deleted${at}`,
      path: '/p/account-delete/done',
      signedIn: true,
      view: 'done',
      pageKinds: ['deleted'],
    },
  ];
}

function englishState(name: string): ReplicaSpec {
  const found = replicaStates.find((s) => s.name === name);
  if (found === undefined) throw new Error(`replica: no English state "${name}"`);
  return found;
}

/**
 * The variant states, kept apart from `replicaStates` so that tests over the English route stay as
 * they are. Names: `<english state>@<lang>` for the route in another language (every English state in every
 * language of REPLICA_LANGUAGES), `<english state>+<switch>` for a test switch, and own names for the other
 * pages. See the README for the list.
 */
export const replicaVariantStates: ReplicaSpec[] = [
  // the whole desktop route in every translated language
  ...REPLICA_LANGUAGES.flatMap((lang) => replicaStates.map((spec) => inLanguage(spec, lang))),
  // another build: every CSS-module hash differs
  ...replicaStates.map((spec) => withSwitch(spec, 'build2', { build: 2 })),
  // the settings page without its Delete account entry
  withSwitch(englishState('settings'), 'absent', { absent: ['delete-account'] }),
  // the code widget in an iframe: the TOP page (no code boxes in it) and the iframe document alone
  {
    ...withSwitch(englishState('code-entry'), 'code-iframe', { codeIframe: true }),
    frame: 'code-widget',
  },
  ...REPLICA_LANGUAGES.map((lang): ReplicaSpec => ({
    ...withSwitch(inLanguage(englishState('code-entry'), lang), 'code-iframe', {
      codeIframe: true,
    }),
    frame: `code-widget@${lang}`,
  })),
  {
    name: 'code-widget',
    host: RENDER_ACCOUNTS_HOST,
    path: CODE_WIDGET_PATH,
    signedIn: true,
    pageKinds: ['code-entry'],
  },
  ...REPLICA_LANGUAGES.map((lang): ReplicaSpec => ({
    name: `code-widget@${lang}`,
    host: RENDER_ACCOUNTS_HOST,
    path: `${CODE_WIDGET_PATH}?lang=${lang}`,
    signedIn: true,
    lang,
    pageKinds: ['code-entry'],
  })),
  // signed out, the login form in an iframe from render-accounts. on www/p/ug-login-page/login.html
  {
    name: 'ug-login',
    host: WWW_HOST,
    path: `/p/ug-login-page/login.html${ACCOUNT_RETURN}`,
    signedIn: false,
    pageKinds: ['login'],
    frame: 'login-frame',
  },
  {
    name: 'login-frame',
    host: RENDER_ACCOUNTS_HOST,
    path: `${LOGIN_FRAME_PATH}${ACCOUNT_RETURN}`,
    signedIn: false,
    pageKinds: ['login'],
  },
  // mobile web
  ...mobileStates('en'),
  ...mobileStates('es'),
  // AliExpress Russia: nothing to highlight
  ...RU_HOSTS.map((host, index): ReplicaSpec => ({
    name: index === 0 ? 'ru-home' : 'ru-home-www',
    host,
    path: '/',
    signedIn: false,
    lang: 'ru',
    pageKinds: ['not-covered'],
  })),
  // privacy center (hash routes)
  {
    name: 'privacy-center',
    host: PRIVACY_HOST,
    path: '/home#/',
    signedIn: true,
    view: 'home',
    // The privacy center's own top bar links to My Account: a signed-in page (header).
    pageKinds: ['header', 'privacy-center'],
  },
  {
    name: 'privacy-request',
    host: PRIVACY_HOST,
    path: '/home#/request/delete',
    signedIn: true,
    view: 'request-delete',
    // The privacy center's own top bar links to My Account: a signed-in page (header).
    pageKinds: ['header', 'privacy-request'],
  },
  {
    name: 'privacy-submitted',
    host: PRIVACY_HOST,
    path: '/home#/request/submitted',
    signedIn: true,
    view: 'request-submitted',
    // The privacy center's own top bar links to My Account: a signed-in page (header).
    pageKinds: ['header', 'privacy-submitted'],
  },
  // legacy account pages
  {
    name: 'legacy-profile',
    host: ACCOUNTS_HOST,
    path: '/user/organization/manage_person_profile.htm',
    signedIn: true,
    // Its top bar links to My Account: a signed-in page (header).
    pageKinds: ['header', 'legacy-account'],
  },
  {
    name: 'legacy-deactivate',
    host: ACCOUNTS_HOST,
    path: '/user/organization/deactive_account.htm',
    signedIn: true,
    pageKinds: ['header', 'legacy-account'],
  },
  // bot check
  {
    name: 'bot-check',
    host: WWW_HOST,
    path: `${PUNISH_PATH}?x5secdata=xd1f0c2a9e7b&redirect=${encodeURIComponent(`https://${WWW_HOST}/p/account/index.html`)}`,
    signedIn: true,
    pageKinds: ['bot-check'],
  },
];

/** The deletion pages that ?replica_wording=2 words otherwise (its partial has these views). */
const REWORDED_PAGES = [
  'delete-explainer',
  'security-check',
  'code-entry',
  'final-confirmation',
  'deleted',
] as const;
/** Languages of the second wording: English, and those with a `<lang>.reworded.json` table. */
export const REWORDED_LANGUAGES = ['en', 'es', 'de', 'fr'] as const;

/**
 * The deletion pages in their second wording , in English and three other languages:
 * `<english state>+reworded` and `<english state>@<lang>+reworded`. Kept apart from the variant
 * states: on these a step may be found by meaning, or explained in words, never pointed wrongly.
 */
export const replicaRewordedStates: ReplicaSpec[] = REWORDED_LANGUAGES.flatMap((lang) =>
  REWORDED_PAGES.map((name) => {
    const english = englishState(name);
    return withSwitch(lang === 'en' ? english : inLanguage(english, lang), 'reworded', {
      reworded: true,
    });
  }),
);

/** Pages off the route that carry the route's words (decoys.ts): a product, the address book. */
const OFF_ROUTE_DECOY_PAGES: ReplicaSpec[] = [
  {
    name: 'product',
    host: WWW_HOST,
    path: '/item/1005006841234567.html',
    signedIn: true,
    pageKinds: ['header', 'product'],
  },
  {
    name: 'addresses',
    host: WWW_HOST,
    path: '/p/address/index.html',
    signedIn: true,
    pageKinds: ['header'],
  },
];

/**
 * Every page of the route and the off-route pages above, in English and every translated
 * language, with decoys.ts's look-alikes on them (`+decoys`). Their `pageKinds` are what the
 * page truly is: the decoys change nothing of it.
 */
export const decoyStates: ReplicaSpec[] = ['en' as const, ...REPLICA_LANGUAGES].flatMap((lang) =>
  [...replicaStates, ...OFF_ROUTE_DECOY_PAGES].map((spec) => {
    const localized = lang === 'en' ? spec : inLanguage(spec, lang);
    return withSwitch(localized, 'decoys', { decoys: true });
  }),
);

/** The state with this name, English or variant (throws when there is none). */
export function replicaState(name: string): ReplicaSpec {
  const found =
    replicaStates.find((s) => s.name === name) ??
    replicaVariantStates.find((s) => s.name === name) ??
    replicaRewordedStates.find((s) => s.name === name) ??
    decoyStates.find((s) => s.name === name);
  if (found === undefined) throw new Error(`replica: no state named "${name}"`);
  return found;
}

/** `https://<host><path>`: the URL to give the JSDOM so that `location` matches the state. */
export function replicaUrl(spec: Pick<ReplicaSpec, 'host' | 'path'>): string {
  return `https://${spec.host}${spec.path}`;
}

/**
 * Same rule as replica.js: the template named like the last path segment (minus .html), else the first; on a
 * hash-routed page the hash names it ("#/request/delete" → "request-delete"). Null: the page has no views.
 */
function pickView(
  doc: Document,
  pathname: string,
  hash: string,
  wanted: string | undefined,
): HTMLTemplateElement | null {
  const templates = Array.from(doc.querySelectorAll<HTMLTemplateElement>('template[data-view]'));
  if (wanted !== undefined) {
    const named = templates.find((t) => t.getAttribute('data-view') === wanted);
    if (named === undefined) throw new Error(`replica: page has no view "${wanted}"`);
    return named;
  }
  if (templates.length === 0) return null;
  const hashRouted = doc.body.getAttribute('data-replica-router') === 'hash';
  const last = hashRouted
    ? hash.replace(/^#\/?/, '').replace(/\/+$/, '').replace(/\//g, '-')
    : (pathname.replace(/\/+$/, '').split('/').pop() ?? '').replace(/\.html?$/, '');
  const byPath = templates.find((t) => t.getAttribute('data-view') === last) ?? templates[0];
  if (byPath === undefined) throw new Error('replica: page has no view templates');
  return byPath;
}

/**
 * Fills `doc` (e.g. a JSDOM's document) with the page of `spec` as a user would see it, without running
 * replica.js: the rendered HTML (scripts removed), the view template cloned into #root and, with
 * spec.popover, the popover cloned into <body> (positioned under the account item as far as jsdom can tell).
 */
export function loadReplicaPage(doc: Document, spec: ReplicaSpec): void {
  const url = new URL(replicaUrl(spec));
  const flags = { ...flagsFromQuery(url.searchParams), ...spec.flags };
  const pathname = url.pathname;
  const result = renderPage(spec.host, pathname, {
    signedIn: spec.signedIn,
    lang: spec.lang ?? url.searchParams.get('lang') ?? undefined,
    flags,
    query: url.search.replace(/^\?/, ''),
  });
  if (result === null) throw new Error(`replica: no page at ${spec.host}${pathname}`);
  if (result.status !== 200) {
    throw new Error(
      `replica: ${spec.host}${pathname} answers ${result.status} (signedIn=${String(spec.signedIn)})`,
    );
  }

  const html = result.body;
  const htmlTag = /<html\b([^>]*)>/i.exec(html);
  const inner = /<html\b[^>]*>([\s\S]*)<\/html>/i.exec(html)?.[1];
  if (htmlTag === null || inner === undefined)
    throw new Error('replica: rendered page has no <html> element');

  const rootEl = doc.documentElement;
  for (const attr of Array.from(rootEl.attributes)) rootEl.removeAttribute(attr.name);
  for (const match of (htmlTag[1] ?? '').matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) {
    if (match[1] !== undefined) rootEl.setAttribute(match[1], match[2] ?? '');
  }
  // innerHTML never runs scripts; drop them anyway so nothing of the replica is left to execute.
  rootEl.innerHTML = inner;
  for (const script of Array.from(doc.querySelectorAll('script'))) script.remove();

  // Server-rendered pages (bot check, legacy pages, aliexpress.ru) have no views to render.
  const view = pickView(doc, pathname, url.hash, spec.view);
  if (view !== null) {
    const root = doc.getElementById('root') ?? doc.querySelector('[data-replica-root]');
    if (root === null) throw new Error('replica: page has no #root');
    root.replaceChildren(view.content.cloneNode(true));
  }

  if (spec.popover !== undefined) {
    const template = doc.querySelector<HTMLTemplateElement>(
      `template[data-popover="${spec.popover}"]`,
    );
    const popover = template?.content.firstElementChild?.cloneNode(true);
    if (popover === undefined || !isElement(popover)) {
      throw new Error(
        `replica: ${spec.name} has no "${spec.popover}" popover (signedIn=${String(spec.signedIn)})`,
      );
    }
    const trigger = doc.querySelector('[class*="my-account--menuItem--"]');
    const rect = trigger?.getBoundingClientRect();
    popover.style.position = 'absolute';
    popover.style.top = `${Math.round((rect?.bottom ?? 0) + 6)}px`;
    popover.style.left = `${Math.round(rect?.left ?? 0)}px`;
    doc.body.appendChild(popover);
  }
}

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === 1 && 'style' in node;
}
