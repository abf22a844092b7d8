import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/guide/evaluate';
import { labelsFor } from '../../core/labels';
import { PageSnapshot } from '../../core/locate/snapshot';
import { ROUTE } from '../../core/steps/route';
import { isVisibleWithoutLayout, progressAt, replicaMarks, watchedFeedPage } from './replica-page';

/** Counts the page's textContent reads from now until stop(). */
function countTextContentReads(doc: Document): { stop(): number } {
  const node = doc.defaultView?.Node.prototype;
  const own = node && Object.getOwnPropertyDescriptor(node, 'textContent');
  if (!node || !own?.get) throw new Error('no textContent to count');
  const read = own.get;
  let reads = 0;
  Object.defineProperty(node, 'textContent', {
    ...own,
    get(this: Node) {
      reads++;
      return read.call(this);
    },
  });
  return {
    stop: () => {
      Object.defineProperty(node, 'textContent', own);
      return reads;
    },
  };
}

/**
 * What a look costs when the site header appears on the churning feed (the bench's reaction
 * row), counted rather than timed: how many of the page's short texts each label is fitted to.
 * A text that holds none of the label set's words fits none of its labels, so only the few that
 * do (the header's items, a "Backlit" title) are fitted: far fewer than the page holds, while
 * the look answers as a fresh one does.
 */
describe('a look at the churning feed when its header appears', () => {
  it('fits far fewer texts than the page holds, and points at the header’s sign-in item', () => {
    const labels = labelsFor('en');
    const first = ROUTE[0];
    if (!first) throw new Error('an empty route');
    const progress = progressAt(first.id);
    const { doc, url, feed, index, hear, close } = watchedFeedPage();
    try {
      const look = () => {
        hear();
        const snapshot = new PageSnapshot(doc, url, isVisibleWithoutLayout, index);
        return { snapshot, decision: evaluate(snapshot, labels, progress) };
      };
      // The guide running with nothing to point at, the feed churning between its looks.
      expect(look().decision.pointer.element).toBeNull();
      feed.step();
      feed.batch();
      look();
      for (let i = 0; i < 6; i++) feed.step();
      doc.body.prepend(feed.header as Element);
      // The texts of the 120 cards rewritten since the last look are put together from their
      // parts, not read again from the page (each textContent read walks a card's subtree).
      const reads = countTextContentReads(doc);
      const { snapshot, decision } = look();
      expect(reads.stop()).toBeLessThan(50);

      expect(replicaMarks(decision.pointer.element)).toContain('sign-in');
      const fresh = evaluate(new PageSnapshot(doc, url, isVisibleWithoutLayout), labels, progress);
      expect(decision.pointer.element).toBe(fresh.pointer.element);

      // One walk of the whole page finds some 5,500 short texts, nearly all in product cards.
      const texts = new PageSnapshot(doc, url, isVisibleWithoutLayout).texts().length;
      expect(texts).toBeGreaterThan(5_000);
      // The guide's look takes a row of cards as opaque (unheard: partition.ts): not one of their
      // texts is kept, and the header's are.
      const cards = doc.querySelector('[class*="product-card--"]')?.parentElement;
      expect(snapshot.texts().some(({ element }) => cards?.contains(element))).toBe(false);
      expect(snapshot.texts().some(({ element }) => feed.header?.contains(element))).toBe(true);
      // Every label the look asked for, fitted to every text, was ~19 × 5,500 comparisons.
      expect(snapshot.work.textsFitted).toBeLessThan(texts);
      // The 500 product images are named by their titles: only the few with a label's word count.
      expect(snapshot.work.namesFitted).toBeLessThan(500);
    } finally {
      close();
    }
  }, 60_000);
});
