import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createMutationFilter } from '../../core/guide/mutation-filter';
import { watchPage } from '../../core/guide/page-watch';
import { createPartition } from '../../core/guide/partition';
import { en } from '../../core/labels/en';
import { targets } from '../../core/steps/targets';

/**
 * The running guide hears the page in parts: the insides of a row of product cards go unheard
 * (partition.ts), everything else as before. What a user would notice if this went wrong: a
 * sign-in form or a second screen arriving unheard (no highlight), or a card's churn heard
 * after all (the page's script slowed by the guide).
 */

const CARD = 'product-card--card--2qPp6hU';

function feedPage(cards = 6) {
  const dom = new JSDOM(`<!doctype html><html><body>
    <header id="header"><a href="/login">Sign in</a></header>
    <main><div class="grid"></div></main>
    <div class="cookie-banner--bar--1Aa2Bb"><p>We use cookies</p></div>
  </body></html>`);
  const doc = dom.window.document;
  const grid = doc.querySelector('.grid') as Element;
  const card = (n: number) => {
    const made = doc.createElement('a');
    made.className = CARD;
    made.innerHTML = `<div class="info"><div class="title">Mug ${n}</div><div><span class="sale">US $${n}</span></div></div>`;
    return made;
  };
  for (let i = 0; i < cards; i++) grid.append(card(i));
  const partition = createPartition(Object.values(targets));
  const heard: MutationRecord[] = [];
  const observer = new dom.window.MutationObserver(() => undefined);
  partition.placeAll(doc, observer);
  /** What the guide's tree observer was delivered since the last call (placing what came). */
  const take = () => {
    const records = observer.takeRecords();
    partition.heard(records, observer);
    heard.push(...records);
    return records;
  };
  return { doc, grid, card, partition, observer, take, close: () => dom.window.close() };
}

describe('the page heard in parts', () => {
  it('hears nothing of a price rewritten inside a card of a row, and hears a card come and go', () => {
    const { grid, card, partition, take, close } = feedPage();
    const first = grid.firstElementChild as Element;
    (first.querySelector('.sale') as Element).textContent = 'Sign in';
    first.querySelector('.title')?.append(' and more');
    expect(take()).toEqual([]);
    expect(partition.isUnheard(first)).toBe(true);
    const added = grid.appendChild(card(99));
    expect(take().length).toBeGreaterThan(0);
    // Come beside its kind, it goes unheard too.
    expect(partition.isUnheard(added)).toBe(true);
    (added.querySelector('.sale') as Element).textContent = 'US $1';
    expect(take()).toEqual([]);
    first.remove();
    expect(take().length).toBeGreaterThan(0);
    close();
  });

  it('hears the rest of the page whole: the header, a lone cookie bar, a text beside the cards', () => {
    const { doc, grid, take, partition, close } = feedPage();
    doc.querySelector('#header a')?.append(' / Register');
    expect(take().length).toBeGreaterThan(0);
    const bar = doc.querySelector('[class*="cookie"]') as Element;
    expect(partition.isUnheard(bar)).toBe(false);
    bar.querySelector('p')?.append(' to sign in');
    expect(take().length).toBeGreaterThan(0);
    // A text right in the row's holder, changed in place.
    const text = grid.appendChild(doc.createTextNode('Loading'));
    expect(take().length).toBeGreaterThan(0);
    text.nodeValue = 'Sign in to see more';
    expect(take().map((record) => record.type)).toEqual(['characterData']);
    close();
  });

  it('hears a card that holds a region or a style sheet, and anything else come to the row', () => {
    const { doc, grid, card, partition, take, close } = feedPage();
    const withForm = card(7);
    withForm.append(doc.createElement('form'));
    const withSheet = card(8);
    withSheet.append(doc.createElement('style'));
    const button = doc.createElement('button');
    grid.append(withForm, withSheet, button);
    take();
    for (const element of [withForm, withSheet, button]) {
      expect(partition.isUnheard(element)).toBe(false);
    }
    withForm.querySelector('form')?.append(doc.createElement('input'));
    expect(take().length).toBeGreaterThan(0);
    withSheet.querySelector('style')?.append('a { display: none }');
    expect(take().length).toBeGreaterThan(0);
    button.textContent = 'Sign in';
    expect(take().length).toBeGreaterThan(0);
    close();
  });

  it('hears a card again once it leaves its row, and a lone card in a box of its own', () => {
    const { doc, grid, card, partition, take, close } = feedPage();
    const moved = grid.firstElementChild as Element;
    doc.querySelector('#header')?.append(moved);
    take();
    expect(partition.isUnheard(moved)).toBe(false);
    moved.querySelector('.sale')?.append('!');
    expect(take().length).toBeGreaterThan(0);
    const box = doc.body.appendChild(doc.createElement('section'));
    const lone = box.appendChild(card(5));
    take();
    expect(partition.isUnheard(lone)).toBe(false);
    lone.querySelector('.sale')?.append('!');
    expect(take().length).toBeGreaterThan(0);
    close();
  });

  it('says when a row arrived inside a part heard whole, and leaves it unheard once placed again', () => {
    const { doc, card, partition, observer, take, close } = feedPage(0);
    // A lone card first: placing again would leave nothing unheard, so it is not asked for.
    const lone = doc.createElement('section');
    lone.append(card(0));
    doc.querySelector('.grid')?.append(lone);
    take();
    expect(partition.worthPlacingAgain).toBe(false);
    const late = doc.createElement('div');
    late.append(card(1), card(2), card(3));
    doc.querySelector('.grid')?.append(late);
    take();
    expect(partition.worthPlacingAgain).toBe(true);
    late.querySelector('.sale')?.append('!');
    expect(take().length).toBeGreaterThan(0);
    // As the guide places the page again: let go, then placed from the root.
    observer.disconnect();
    partition.placeAll(doc, observer);
    expect(partition.worthPlacingAgain).toBe(false);
    expect(partition.isUnheard(late.firstElementChild as Element)).toBe(true);
    late.querySelector('.sale')?.append('!');
    expect(take()).toEqual([]);
    close();
  });

  it('observes a page whose cards each hold one product link as one part, not card by card', () => {
    // Each card a lone intrusion's holder (a link elsewhere): nothing there can go unheard, and
    // taking the page apart would cost an observation per card and per child for nothing.
    const dom = new JSDOM(
      `<!doctype html><html><body><main><div class="cards"></div></main></body></html>`,
    );
    const doc = dom.window.document;
    const cards = doc.querySelector('.cards') as Element;
    for (let i = 0; i < 20; i++) {
      const card = cards.appendChild(doc.createElement('div'));
      card.innerHTML = `<span>Account</span><a href="/item/${i}.html"><span>More</span></a><em>US $1</em>`;
    }
    const observed: Node[] = [];
    const observer = new dom.window.MutationObserver(() => undefined);
    const observe = observer.observe.bind(observer);
    observer.observe = (node, options) => {
      observed.push(node);
      observe(node, options);
    };
    const partition = createPartition(Object.values(targets));
    partition.placeAll(doc, observer);
    expect(observed).toEqual([doc.documentElement]);
    // Still heard inside: a link's text, a card's children.
    const more = cards.querySelector('a span')?.firstChild as Text;
    more.nodeValue = 'Sign in';
    cards.firstElementChild?.append(doc.createElement('b'));
    expect(observer.takeRecords().map((record) => record.type)).toEqual([
      'characterData',
      'childList',
    ]);
    dom.window.close();
  });
});

describe('the guide’s page watch', () => {
  it('places the page again right before a look once a row arrived in a part heard whole', async () => {
    const { doc, card, close } = feedPage(0);
    const view = doc.defaultView as unknown as typeof globalThis;
    const partition = createPartition(Object.values(targets));
    const filter = createMutationFilter(Object.values(targets), partition.isUnheard);
    let heard = 0;
    const watch = watchPage(
      doc,
      filter,
      partition,
      { evaluate: () => heard++, moved: () => heard++, evaluationPending: false, labels: en },
      view.MutationObserver,
    );
    const late = doc.createElement('div');
    late.append(card(1), card(2), card(3));
    doc.querySelector('.grid')?.append(late);
    await new Promise((resolve) => view.setTimeout(resolve, 0));
    const price = late.querySelector('.sale') as Element;
    price.append('!');
    await new Promise((resolve) => view.setTimeout(resolve, 0));
    const before = heard;
    expect(before).toBeGreaterThan(0);
    // A look is due: what it reads is placed first.
    watch.catchUp();
    price.append('!');
    await new Promise((resolve) => view.setTimeout(resolve, 0));
    expect(heard).toBe(before);
    watch.disconnect();
    close();
  });
});
