import { JSDOM } from 'jsdom';
import { PageSnapshot } from '../../core/locate/snapshot';
import { loadReplicaPage, replicaUrl, type ReplicaSpec } from '../replica/views';

/**
 * jsdom has no layout: an element counts as visible unless it, or an ancestor, is hidden by
 * attribute or inline style. The real check (core/guide/visibility.ts) runs in the e2e walks.
 */
export function isVisibleWithoutLayout(element: Element): boolean {
  return element.closest('[hidden], [style*="display: none"], [style*="display:none"]') === null;
}

/** A replica state as a document and a snapshot of it, as the content script would see it. */
export function replicaSnapshot(spec: ReplicaSpec): PageSnapshot {
  const url = replicaUrl(spec);
  const dom = new JSDOM('', { url });
  loadReplicaPage(dom.window.document, spec);
  return new PageSnapshot(dom.window.document, new URL(url), isVisibleWithoutLayout);
}
