import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../core/labels';
import { MAX_NAME_HITS, locate } from '../../core/locate/locate';
import { PageSnapshot } from '../../core/locate/snapshot';
import { targets } from '../../core/steps/targets';
import { isVisibleWithoutLayout } from './replica-page';

const en = labelsFor('en');
const EXPLAINER = 'https://www.aliexpress.com/p/account-delete/index.html';

/**
 * The explainer page under a long list of reviews (or questions) that repeat the button's words:
 * each review's text is a hit at its own element and at the short boxes around it.
 */
function pageUnderReviews(reviews: number): Document {
  const doc = new JSDOM('<!doctype html><html lang="en"><body></body></html>', { url: EXPLAINER })
    .window.document;
  const list = doc.body.appendChild(doc.createElement('div'));
  list.className = 'product-review--list--3kQ';
  for (let i = 0; i < reviews; i++) {
    const item = list.appendChild(doc.createElement('div'));
    item.className = 'product-review--item--9Lm';
    item.appendChild(doc.createElement('p')).textContent = 'Delete Your Account';
  }
  const main = doc.body.appendChild(doc.createElement('main'));
  const button = main.appendChild(doc.createElement('button'));
  button.type = 'button';
  button.textContent = 'Delete Your Account';
  return doc;
}

function found(doc: Document): Element | null {
  const snapshot = new PageSnapshot(doc, new URL(EXPLAINER), isVisibleWithoutLayout);
  return locate(snapshot, targets.deleteYourAccount, en)?.element ?? null;
}

describe('the cap on name hits', () => {
  // More reviews than hits are credited: before, the reviews' texts used the cap up.
  const many = MAX_NAME_HITS + 1;

  it('counts no hit inside a review against it: the button after them is found', () => {
    const doc = pageUnderReviews(many);
    expect(found(doc)).toBe(doc.querySelector('main button'));
  });
});
