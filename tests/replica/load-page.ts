/**
 * Puts a replica state into a jsdom Document as a user would see it, WITHOUT running replica.js.
 * The page HTML comes from renderPage(); the chosen view template is cloned into #root and,
 * optionally, the account popover template is cloned into <body>: exactly what replica.js does
 * in a browser. The states themselves are views.ts's table.
 *
 *   const dom = new JSDOM('', { url: replicaUrl(state) });
 *   loadReplicaPage(dom.window.document, state);
 *
 * Scripts are removed (nothing of the replica runs), so the page is static: clicking does nothing.
 */
import { flagsFromQuery } from './flags.js';
import { renderPage } from './render.js';
import type { ReplicaSpec } from './views.js';

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
