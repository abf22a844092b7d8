import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { RegionCache } from '../../core/locate/regions';

/**
 * A look judges the regions around the main content per ancestor of a hit, and asks the whole
 * page only once that costs less (regions.ts). What a user would notice if this went wrong: a
 * hit inside a review or a header taken for the page's own element (a wrong highlight), or the
 * right one dropped, once a page has many hits.
 */

/** Rows of the page's own content, reviews, product links and a footer, 8 elements a row. */
function pageOf(rows: number) {
  const dom = new JSDOM(`<!doctype html><html><body>
    <header><a href="/account">Account</a></header><main></main><footer><a>Account</a></footer>
  </body></html>`);
  const doc = dom.window.document;
  const main = doc.querySelector('main') as Element;
  for (let i = 0; i < rows; i++) {
    const row = main.appendChild(doc.createElement('div'));
    row.className = i % 3 === 0 ? `review-item--row--${i}` : `list--row--${i}`;
    row.innerHTML = `<p><span>Account</span></p><a href="/item/${i}.html"><span>More</span></a><div class="box"><b>${i}</b><i>·</i></div>`;
  }
  return { doc, close: () => dom.window.close() };
}

/** Each element's two judgements: by one look (`cache`), or each by a look of its own. */
function judged(doc: Document, elements: readonly Element[], cache?: RegionCache) {
  return elements.map((element) => [
    (cache ?? new RegionCache(doc)).isOutOfContext(element, doc.body, false),
    (cache ?? new RegionCache(doc)).isOutOfContext(element, doc.body, true),
  ]);
}

function countingWholePageQueries(doc: Document) {
  const counted = { queries: 0 };
  const query = doc.querySelectorAll.bind(doc);
  doc.querySelectorAll = ((selectors: string) => {
    counted.queries++;
    return query(selectors);
  }) as typeof doc.querySelectorAll;
  return counted;
}

describe('the regions of one look', () => {
  it('judges every element of a page as it would alone, once the whole page was asked', () => {
    const { doc, close } = pageOf(200);
    const elements = [...doc.body.querySelectorAll('*')];
    const alone = judged(doc, elements);
    const counted = countingWholePageQueries(doc);
    const together = judged(doc, elements, new RegionCache(doc));
    expect(together).toEqual(alone);
    // The page was judged whole: the answers above came from the page-wide query too.
    expect(counted.queries).toBeGreaterThan(0);
    // Both kinds are told apart: some hits are only in the frame of the page (header, footer).
    expect(alone.some(([around, intruding]) => around && !intruding)).toBe(true);
    expect(alone.some(([, intruding]) => intruding)).toBe(true);
    close();
  });

  it('does not ask the whole page for a few hundred hits on a large page', () => {
    const { doc, close } = pageOf(1000);
    const hits = [...doc.querySelectorAll('p > span')].slice(0, 300);
    const alone = judged(doc, hits);
    const counted = countingWholePageQueries(doc);
    const together = judged(doc, hits, new RegionCache(doc));
    expect(together).toEqual(alone);
    expect(counted.queries).toBe(0);
    close();
  });
});
