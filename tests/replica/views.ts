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
import { LOGIN_HOST, WWW_HOST, renderPage } from './render.js';

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
  | 'deleted';

export interface ReplicaSpec {
  /** Unique, stable name of the state, e.g. "home-signed-in-menu". */
  name: string;
  /** "www.aliexpress.com" or "login.aliexpress.com". */
  host: string;
  /** Path, optionally with a query string (the query is ignored when rendering). */
  path: string;
  signedIn: boolean;
  /** The <template data-view> to show in #root; default: the one replica.js would pick for the path. */
  view?: string;
  /** Open the header popover as replica.js does on hover. */
  popover?: 'account-menu' | 'signin-menu';
  /** What a user sees in this state (a state can have several kinds). */
  pageKinds: ReplicaPageKind[];
}

/** Every state of the replica that a guide can meet, in route order. */
export const replicaStates: ReplicaSpec[] = [
  {
    name: 'home-signed-out',
    host: WWW_HOST,
    path: '/',
    signedIn: false,
    pageKinds: ['signed-out'],
  },
  {
    name: 'home-signed-out-menu',
    host: WWW_HOST,
    path: '/',
    signedIn: false,
    popover: 'signin-menu',
    pageKinds: ['signed-out'],
  },
  { name: 'login', host: LOGIN_HOST, path: '/', signedIn: false, pageKinds: ['login'] },
  {
    name: 'login-return-url',
    host: LOGIN_HOST,
    path: '/?return_url=https%3A%2F%2Fwww.aliexpress.com%2Fp%2Faccount%2Findex.html',
    signedIn: false,
    pageKinds: ['login'],
  },
  { name: 'home-signed-in', host: WWW_HOST, path: '/', signedIn: true, pageKinds: ['header'] },
  {
    name: 'home-signed-in-menu',
    host: WWW_HOST,
    path: '/',
    signedIn: true,
    popover: 'account-menu',
    pageKinds: ['header', 'account-menu'],
  },
  {
    name: 'orders',
    host: WWW_HOST,
    path: '/p/order/index.html',
    signedIn: true,
    pageKinds: ['header'],
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

/** The state with this name (throws when there is none). */
export function replicaState(name: string): ReplicaSpec {
  const found = replicaStates.find((s) => s.name === name);
  if (found === undefined) throw new Error(`replica: no state named "${name}"`);
  return found;
}

/** `https://<host><path>`: the URL to give the JSDOM so that `location` matches the state. */
export function replicaUrl(spec: Pick<ReplicaSpec, 'host' | 'path'>): string {
  return `https://${spec.host}${spec.path}`;
}

/** Same rule as replica.js: the template named like the last path segment (minus .html), else the first. */
function pickView(
  doc: Document,
  pathname: string,
  wanted: string | undefined,
): HTMLTemplateElement {
  const templates = Array.from(doc.querySelectorAll<HTMLTemplateElement>('template[data-view]'));
  if (wanted !== undefined) {
    const named = templates.find((t) => t.getAttribute('data-view') === wanted);
    if (named === undefined) throw new Error(`replica: page has no view "${wanted}"`);
    return named;
  }
  const last = (pathname.replace(/\/+$/, '').split('/').pop() ?? '').replace(/\.html?$/, '');
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
  const pathname = spec.path.split(/[?#]/)[0] ?? '/';
  const result = renderPage(spec.host, pathname, { signedIn: spec.signedIn });
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

  const root = doc.getElementById('root');
  if (root === null) throw new Error('replica: page has no #root');
  const view = pickView(doc, pathname, spec.view);
  root.replaceChildren(view.content.cloneNode(true));

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
