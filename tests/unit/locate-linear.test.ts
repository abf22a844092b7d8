import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../core/guide/evaluate';
import { labelsFor } from '../../core/labels';
import { en } from '../../core/labels/en';
import { PageSnapshot } from '../../core/locate/snapshot';
import { INITIAL_PROGRESS, complete, start } from '../../core/progress/state';
import { ROUTE } from '../../core/steps/route';
import { isVisibleWithoutLayout } from './replica-page';

/**
 * One evaluation must stay linear in the page's size on a page of many texts that fit a label
 * (the bench's /p/bench/labels.html): counted as work (characters of text read, text nodes and
 * ancestors visited, elements returned by queries, children listed), never timed.
 */
const FIRST = ROUTE[0];
if (!FIRST) throw new Error('empty route');
/** The step after the first: its element (the header's account link) has no region to search. */
const AT_SECOND_STEP = complete(start(INITIAL_PROGRESS), FIRST.id);

/**
 * n texts that fit the account label (its phrase and variant, as a hostile page could repeat
 * them; "Account 17 tips" no longer fits, so it no longer made any hit to climb from): half in
 * cards (with a link elsewhere), half siblings in one list.
 */
const LOOK_ALIKES = [...en.account.phrases, ...(en.account.variants ?? [])];
function lookAlikePage(n: number): Document {
  const dom = new JSDOM('<!doctype html><html lang="en"><body></body></html>', {
    url: 'https://www.aliexpress.com/p/bench/labels.html',
  });
  const doc = dom.window.document;
  const cards = doc.body.appendChild(doc.createElement('div'));
  const list = doc.body.appendChild(doc.createElement('div'));
  list.className = 'bench-labels--list--1tU2vW3';
  for (let i = 0; i < n; i++) {
    const text = LOOK_ALIKES[i % LOOK_ALIKES.length] ?? '';
    if (i % 2 === 0) {
      const card = cards.appendChild(doc.createElement('div'));
      card.className = 'bench-labels--card--8xY9zA1';
      card.appendChild(doc.createElement('span')).textContent = text;
      const link = card.appendChild(doc.createElement('a'));
      link.href = `/item/${i}.html`;
      link.appendChild(doc.createElement('span')).textContent = 'More';
    } else {
      const row = list.appendChild(doc.createElement('p'));
      row.className = 'bench-labels--row--9jK1lM2';
      row.appendChild(doc.createElement('span')).textContent = text;
      row.appendChild(doc.createElement('i')).textContent = ' ';
    }
  }
  return doc;
}

const restores: (() => void)[] = [];
afterEach(() => restores.splice(0).forEach((restore) => restore()));

/** Counts the DOM reads an evaluation makes, through the prototypes of the page's window. */
function countWork(win: Window & typeof globalThis): { readonly total: number } {
  const counter = { total: 0 };
  const getter = (proto: object, name: string, cost: (value: unknown) => number) => {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    const get = descriptor?.get;
    if (!descriptor || !get) throw new Error(`no getter ${name}`);
    Object.defineProperty(proto, name, {
      ...descriptor,
      get(this: unknown) {
        const value: unknown = get.call(this);
        counter.total += cost(value);
        return value;
      },
    });
    restores.push(() => Object.defineProperty(proto, name, descriptor));
  };
  const method = (proto: object, name: string, cost: (value: unknown) => number) => {
    const original = (proto as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
    (proto as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      const value = original.apply(this, args);
      counter.total += cost(value);
      return value;
    };
    restores.push(() => ((proto as Record<string, unknown>)[name] = original));
  };
  const length = (value: unknown) => (value as { length?: number } | null)?.length ?? 0;
  getter(win.Node.prototype, 'textContent', length);
  getter(win.Node.prototype, 'parentElement', () => 1);
  getter(win.Element.prototype, 'children', length);
  method(win.TreeWalker.prototype, 'nextNode', () => 1);
  method(win.Element.prototype, 'querySelectorAll', length);
  method(win.Document.prototype, 'querySelectorAll', length);
  return counter;
}

function evaluationWork(n: number): number {
  const doc = lookAlikePage(n);
  const win = doc.defaultView as Window & typeof globalThis;
  const work = countWork(win);
  const snapshot = new PageSnapshot(doc, new URL(doc.URL), isVisibleWithoutLayout);
  evaluate(snapshot, labelsFor('en'), AT_SECOND_STEP);
  // The page is what it claims: every one of its texts is a hit of the label, to climb from.
  expect(snapshot.fits(en.account).length).toBeGreaterThanOrEqual(n);
  return work.total;
}

describe('one evaluation on a page of many look-alike texts', () => {
  it('does work that grows linearly with the number of texts, not with its square', () => {
    const small = evaluationWork(200);
    const large = evaluationWork(800);
    // Four times the page: linear work is about four times as much, quadratic sixteen times.
    expect(large / small).toBeLessThan(6);
  });
});
