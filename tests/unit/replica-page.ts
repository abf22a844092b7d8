/**
 * The replica set-up the unit tests share: a replica state loaded into a jsdom document, the
 * snapshot the content script would take of it, the progress of a user on a step, the replica's
 * own marks on an element, the states a step happens on, and a page whose changes are heard as the
 * guide's whole-page observer hears them.
 */
import { JSDOM } from 'jsdom';
import { labelsFor, pageLanguage } from '../../core/labels';
import type { LabelSet } from '../../core/labels/types';
import { PageSnapshot } from '../../core/locate/snapshot';
import { TextIndex } from '../../core/locate/text-index';
import { createPartition } from '../../core/guide/partition';
import { targets } from '../../core/steps/targets';
import { INITIAL_PROGRESS, complete, start, type Progress } from '../../core/progress/state';
import { ROUTE } from '../../core/steps/route';
import { SIDE_GUIDES } from '../../core/steps/side-guides';
import type { StepDef, StepId } from '../../core/steps/types';
import { loadReplicaPage, replicaUrl } from '../replica/load-page';
import { renderPage } from '../replica/render';
import { replicaStates, replicaVariantStates, type ReplicaSpec } from '../replica/views';

/**
 * jsdom has no layout: an element counts as visible unless it, or an ancestor, is hidden by
 * attribute or inline style. The real check (core/guide/visibility.ts) runs in the e2e walks.
 */
export function isVisibleWithoutLayout(element: Element): boolean {
  return element.closest('[hidden], [style*="display: none"], [style*="display:none"]') === null;
}

/** A replica state in a fresh document, at its own URL (plus `query`: a search and/or hash). */
export function replicaDocument(spec: ReplicaSpec, query = ''): { doc: Document; url: URL } {
  const url = replicaUrl(spec) + query;
  const dom = new JSDOM('', { url });
  loadReplicaPage(dom.window.document, spec);
  return { doc: dom.window.document, url: new URL(url) };
}

/**
 * A named replica state in its own window, with a TextIndex that hears its changes as the guide's
 * whole-page observer hears them: `hear()` hands the index what the page changed since the last.
 */
export function watchedReplicaPage(name: string) {
  const spec = replicaStates.find((state) => state.name === name);
  if (!spec) throw new Error(`no replica state ${name}`);
  const { doc, url } = replicaDocument(spec);
  return { doc, url, ...watched(doc) };
}

/**
 * A TextIndex told the document's changes as the guide's whole-page observer hears them: in
 * parts, the insides of a row of product cards unheard (partition.ts). `isOpaque` is what the
 * index takes as unread: one walk of the page with it (gatherTexts) is what the index must give.
 */
function watched(doc: Document) {
  const partition = createPartition(Object.values(targets));
  const index = new TextIndex(partition.isUnheard);
  const view = doc.defaultView;
  if (!view) throw new Error('a jsdom document without its window');
  const observer = new view.MutationObserver(() => {});
  partition.placeAll(doc, observer);
  index.listening(true);
  const hear = () => {
    const records = observer.takeRecords();
    partition.heard(records, observer);
    index.changed(records);
  };
  return { index, hear, isOpaque: partition.isUnheard };
}

/** The feed's own handle (its inline script): one frame's churn, one batch, the removed header. */
interface Feed {
  step(): void;
  batch(): void;
  readonly header?: Element;
}

/**
 * The benchmark's churning feed (/p/bench/feed.html: ~500 product cards, ~6,000 elements) without
 * its header, its own script run (jsdom's, churn by hand: `feed.step()`, `feed.batch()`), watched
 * as the guide watches a page. `close()` ends its window (its animation frames).
 */
export function watchedFeedPage() {
  const query = 'header=off&churn=manual';
  const rendered = renderPage('www.aliexpress.com', '/p/bench/feed.html', {
    signedIn: false,
    query,
  });
  if (!rendered) throw new Error('no bench feed page');
  const href = `https://www.aliexpress.com/p/bench/feed.html?${query}`;
  const dom = new JSDOM(rendered.body, {
    url: href,
    runScripts: 'dangerously',
    pretendToBeVisual: true,
  });
  const doc = dom.window.document;
  const feed = (dom.window as unknown as { __feed?: Feed }).__feed;
  if (!feed?.header) throw new Error('the feed page kept no header');
  return { doc, url: new URL(href), feed, ...watched(doc), close: () => dom.window.close() };
}

/** A replica state as a document and a snapshot of it, as the content script would see it. */
export function replicaSnapshot(spec: ReplicaSpec): PageSnapshot {
  const { doc, url } = replicaDocument(spec);
  return new PageSnapshot(doc, url, isVisibleWithoutLayout);
}

/** The label set the content script would pick for the snapshot's page. */
export function pageLabels(snapshot: PageSnapshot): LabelSet {
  return labelsFor(pageLanguage(snapshot.doc, snapshot.url.hostname));
}

/** Progress with the user on `id`: started, every step before it passed over. */
export function progressAt(id: StepId): Progress {
  const index = ROUTE.findIndex((step) => step.id === id);
  if (index < 0) throw new Error(`no step "${id}" on the route`);
  const previous = ROUTE[index - 1];
  return previous ? complete(start(INITIAL_PROGRESS), previous.id) : start(INITIAL_PROGRESS);
}

/** The replica's own marks on an element (`data-replica-target`): `step` or `step:phase`. */
export function replicaMarks(element: Element | null | undefined): string[] {
  return element?.getAttribute('data-replica-target')?.split(/\s+/) ?? [];
}

/** Pages a side guide owns (privacy center, legacy pages, bot check): tested on their own. */
export const SIDE_PAGES: ReadonlySet<string> = new Set(
  SIDE_GUIDES.flatMap((guide) => guide.placements.map((placement) => placement.page)),
);

/**
 * The route and variant states where `step` has an element to point at, in the page's own
 * document: not a page whose element sits in an iframe (tested on the iframe's document), not a
 * page without the element, not a side guide's page.
 */
export function statesPointingAt(step: StepDef): ReplicaSpec[] {
  const pages = new Set<string>(
    step.placements.filter((p) => p.phases.length > 0).map((p) => p.page),
  );
  return [...replicaStates, ...replicaVariantStates].filter(
    (state) =>
      !state.frame &&
      !state.flags?.absent &&
      !state.pageKinds.some((kind) => SIDE_PAGES.has(kind)) &&
      state.pageKinds.some((kind) => pages.has(kind)),
  );
}
