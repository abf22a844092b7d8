import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/guide/evaluate';
import { createMutationFilter } from '../../core/guide/mutation-filter';
import { nearScope, watchPage } from '../../core/guide/page-watch';
import { createPartition } from '../../core/guide/partition';
import { en } from '../../core/labels/en';
import { TextIndex } from '../../core/locate/text-index';
import { INITIAL_PROGRESS, start } from '../../core/progress/state';
import { targets } from '../../core/steps/targets';
import { replicaState } from '../replica/views';
import { PageSnapshot } from '../../core/locate/snapshot';
import { isVisibleWithoutLayout, replicaSnapshot } from './replica-page';

/** As the guide has them: the tree heard in parts, the filter told which parts go unheard. */
const partition = createPartition(Object.values(targets));
const filter = createMutationFilter(Object.values(targets), partition.isUnheard);

/**
 * The home page signed out, as the guide sees it at the first step (the header's "Sign in /
 * Register" highlighted), with a product grid that keeps changing like a live feed.
 */
function guidedHome() {
  const snapshot = replicaSnapshot(replicaState('home-signed-out'));
  const doc = snapshot.doc;
  const grid = doc.createElement('div');
  grid.className = 'product-list--grid--3Xu5Zwe';
  for (let i = 0; i < 20; i++) grid.append(card(doc, i));
  doc.body.append(grid);
  const decision = evaluate(snapshot, en, start(INITIAL_PROGRESS));
  return { doc, grid, watched: snapshot.watched, highlighted: decision.pointer.element };
}

/**
 * A tile in markup the guide's regions do not know (a store's tile: no product link, no card
 * class), so that only its words decide: the price three levels down, inside info and price rows.
 */
function deepCard(doc: Document): { card: HTMLElement; price: HTMLElement } {
  return deepTile(doc, 'https://www.aliexpress.com/store/1102099');
}

/** A product card as the live feed draws it: the same tile, linking to the product's page. */
function productCard(doc: Document): { card: HTMLElement; price: HTMLElement } {
  return deepTile(doc, 'https://www.aliexpress.com/item/1005006000099.html');
}

function deepTile(doc: Document, href: string): { card: HTMLElement; price: HTMLElement } {
  const link = doc.createElement('a');
  link.href = href;
  link.innerHTML =
    '<div class="info"><div class="title">Ceramic Coffee Mug</div>' +
    '<div class="prices"><span class="sale">US $1.00</span><span>-12%</span></div></div>';
  const price = link.querySelector<HTMLElement>('.sale');
  if (!price) throw new Error('no price');
  return { card: link, price };
}

function card(doc: Document, n: number): HTMLElement {
  const link = doc.createElement('a');
  link.className = 'product-card--card--2qPp6hU';
  link.href = `https://www.aliexpress.com/item/100500600000${n}.html`;
  const image = doc.createElement('img');
  image.alt = 'Ceramic Coffee Mug 350ml with Handle';
  const price = doc.createElement('span');
  price.className = 'product-card--sale--3aWm1Lr';
  price.textContent = `US $${n}.99`;
  link.append(image, 'Ceramic Coffee Mug 350ml with Handle', price);
  return link;
}

/** Runs a change and returns whether the guide would look at the page again because of it. */
async function mattersAfter(
  page: ReturnType<typeof guidedHome>,
  change: () => void,
): Promise<boolean> {
  const { heard, evaluate } = await sortedAfter(page, change);
  expect(heard).toBe(true);
  return evaluate;
}

/** Runs a change: whether the guide heard it at all, and whether it would look again. */
async function sortedAfter(
  page: ReturnType<typeof guidedHome>,
  change: () => void,
): Promise<{ heard: boolean; evaluate: boolean }> {
  // The replica page is its own JSDOM window: only its own observers see its changes.
  const view = page.doc.defaultView;
  if (!view) throw new Error('the replica page has no window');
  let evaluate = false;
  let heard = false;
  // As the guide watches: the tree sorted by the filter, the watched elements' surroundings not.
  const watch = watchPage(
    page.doc,
    filter,
    partition,
    {
      evaluate: () => {
        heard = true;
        evaluate = true;
      },
      moved: () => (heard = true),
      get evaluationPending() {
        return evaluate;
      },
      labels: en,
    },
    view.MutationObserver,
  );
  watch.around(page.watched);
  change();
  await new Promise((resolve) => view.setTimeout(resolve, 0));
  watch.disconnect();
  return { heard, evaluate };
}

describe('changes the guide lets pass without a new look at the page', () => {
  it('a live feed rewriting prices, adding and removing cards', async () => {
    const page = guidedHome();
    expect(page.highlighted?.getAttribute('data-replica-target')).toContain('sign-in');
    const matters = await mattersAfter(page, () => {
      for (const price of page.grid.querySelectorAll('span')) price.textContent = 'US $1.23';
      page.grid.append(card(page.doc, 99), card(page.doc, 100));
      page.grid.firstElementChild?.remove();
      const text = page.grid.querySelector('a')?.childNodes[1];
      if (text) text.nodeValue = 'Ceramic Mug, new colours';
    });
    expect(matters).toBe(false);
  });

  it('a card whose price keeps changing, once its text was read and found to hold no label', async () => {
    const page = guidedHome();
    const { card, price } = deepCard(page.doc);
    page.grid.append(card);
    for (const value of ['US $2.00', 'US $3.00', 'US $1,234.56']) {
      expect(await mattersAfter(page, () => (price.textContent = value))).toBe(false);
    }
    const text = price.firstChild;
    if (!text) throw new Error('no price text');
    expect(await mattersAfter(page, () => (text.nodeValue = 'US $4.00'))).toBe(false);
  });

  it('classes toggled far from the highlighted element are not even watched', () => {
    const page = guidedHome();
    const scope = nearScope(page.watched);
    expect(scope.has(page.grid)).toBe(false);
    expect([...scope.keys()].some((element) => element.contains(page.grid))).toBe(true);
    // …only as ancestors: their own attributes, not their whole subtree.
    expect(scope.get(page.doc.body)).toBe(false);
  });
});

describe('changes that make the guide look again', () => {
  it('a target appearing anywhere, even inside the feed', async () => {
    const page = guidedHome();
    const matters = await mattersAfter(page, () => {
      const button = page.doc.createElement('button');
      button.textContent = 'Delete Your Account';
      page.grid.append(button);
    });
    expect(matters).toBe(true);
  });

  it('a label split across elements, with no space between them', async () => {
    const page = guidedHome();
    const matters = await mattersAfter(page, () => {
      const holder = page.doc.createElement('div');
      holder.innerHTML = '<span>1</span><span>Delete Your Account</span>';
      page.grid.append(holder);
    });
    expect(matters).toBe(true);
  });

  it('text changing into a label', async () => {
    const page = guidedHome();
    const button = page.doc.createElement('button');
    button.textContent = 'Loading';
    page.grid.append(button);
    const matters = await mattersAfter(page, () => {
      button.textContent = 'Verify';
    });
    expect(matters).toBe(true);
  });

  it('text changing into a label inside a card already read as holding none', async () => {
    const page = guidedHome();
    const { card, price } = deepCard(page.doc);
    page.grid.append(card);
    expect(await mattersAfter(page, () => (price.textContent = 'US $2.00'))).toBe(false);
    // Replaced, edited in place, or brought in a new element: each may make the card fit.
    expect(await mattersAfter(page, () => (price.textContent = 'Sign in / Register'))).toBe(true);
    price.textContent = 'US $2.00';
    expect(await mattersAfter(page, () => (price.textContent = 'US $3.00'))).toBe(false);
    const text = price.firstChild;
    if (!text) throw new Error('no price text');
    expect(await mattersAfter(page, () => (text.nodeValue = 'Sign in / Register'))).toBe(true);
    text.nodeValue = 'US $2.00';
    expect(await mattersAfter(page, () => (text.nodeValue = 'US $3.00'))).toBe(false);
    expect(
      await mattersAfter(page, () => {
        const label = page.doc.createElement('b');
        label.textContent = 'Sign in / Register';
        price.replaceChildren(label);
      }),
    ).toBe(true);
  });

  it('the highlighted element leaving the page', async () => {
    const page = guidedHome();
    const matters = await mattersAfter(page, () => page.highlighted?.remove());
    expect(matters).toBe(true);
  });

  it('a change inside the highlighted element, or a class on one of its ancestors', async () => {
    const page = guidedHome();
    expect(await mattersAfter(page, () => page.highlighted?.append('!'))).toBe(true);
    expect(await mattersAfter(page, () => page.doc.body.classList.add('modal-open'))).toBe(true);
  });

  it('a popover region appended to the page', async () => {
    const page = guidedHome();
    const matters = await mattersAfter(page, () => {
      const popover = page.doc.createElement('div');
      popover.className = 'comet-v2-popover';
      page.doc.body.append(popover);
    });
    expect(matters).toBe(true);
  });

  it('a link that leads to the settings', async () => {
    const page = guidedHome();
    const matters = await mattersAfter(page, () => {
      const link = page.doc.createElement('a');
      link.href = '/account/setting/index.html';
      page.grid.append(link);
    });
    expect(matters).toBe(true);
  });

  it.each([
    [
      'an icon button named by its aria-label',
      '<button aria-label="Settings"><svg></svg></button>',
    ],
    ['an image whose alt says it', '<a href="#"><img alt="My Account"></a>'],
    ['a link whose title says it', '<a href="#" title="Sign in">→</a>'],
    ['a field (a <label> elsewhere may name it)', '<input type="search" name="q">'],
    ['an element named from elsewhere', '<div role="button" aria-labelledby="far"></div>'],
  ])('%s, come inside a card', async (_, html) => {
    const page = guidedHome();
    const matters = await mattersAfter(page, () => {
      const holder = page.doc.createElement('div');
      holder.innerHTML = html;
      page.grid.append(holder);
    });
    expect(matters).toBe(true);
  });

  it('a name that holds a label word only inside a longer one is let pass', async () => {
    const page = guidedHome();
    const matters = await mattersAfter(page, () => {
      const holder = page.doc.createElement('div');
      holder.innerHTML = '<img alt="Backlit Keyboard"><a href="#" aria-label="Feedback">★</a>';
      page.grid.append(holder);
    });
    expect(matters).toBe(false);
  });

  it('a style sheet added or edited', async () => {
    const page = guidedHome();
    const style = page.doc.createElement('style');
    expect(await mattersAfter(page, () => page.doc.head.append(style))).toBe(true);
    expect(await mattersAfter(page, () => (style.textContent = 'a { display: none }'))).toBe(true);
  });

  it('a style sheet taken away, also the only child of an element (its records are not read)', async () => {
    const page = guidedHome();
    const inHead = page.doc.head.appendChild(page.doc.createElement('style'));
    inHead.textContent = '.product-list--grid--3Xu5Zwe { display: none }';
    const holder = page.grid.appendChild(page.doc.createElement('div'));
    const inCard = holder.appendChild(page.doc.createElement('style'));
    inCard.textContent = 'a { visibility: hidden }';
    // Heard once, so that the sheets taken away below are the change.
    await mattersAfter(page, () => page.grid.append(page.doc.createTextNode('')));
    expect(await mattersAfter(page, () => inCard.remove())).toBe(true);
    expect(await mattersAfter(page, () => inHead.remove())).toBe(true);
  });
});

describe("changes deep inside a product card, where no step's element ever is", () => {
  it('a price that says a label is not even heard, and a look would not point at it either', async () => {
    const page = guidedHome();
    // Only the card says it now: the header's own "Sign in / Register" is gone.
    page.highlighted?.remove();
    const { card, price } = productCard(page.doc);
    page.grid.append(card);
    expect(await sortedAfter(page, () => (price.textContent = 'Sign in / Register'))).toEqual({
      heard: false,
      evaluate: false,
    });
    const snapshot = new PageSnapshot(page.doc, new URL(page.doc.URL), isVisibleWithoutLayout);
    const pointed = evaluate(snapshot, en, start(INITIAL_PROGRESS)).pointer.element;
    expect(pointed === undefined || !card.contains(pointed)).toBe(true);
    // The same words in a tile the regions do not know are read, and looked at again.
    const tile = deepCard(page.doc);
    page.grid.append(tile.card);
    expect(await mattersAfter(page, () => (tile.price.textContent = 'Sign in / Register'))).toBe(
      true,
    );
  });

  it('its price rewritten is not even read', () => {
    const page = guidedHome();
    const view = page.doc.defaultView;
    if (!view) throw new Error('the replica page has no window');
    const own = createMutationFilter(Object.values(targets));
    const { card, price } = productCard(page.doc);
    page.grid.append(card);
    const { batch, observer } = countedBatches(view, card, own);
    for (const value of ['US $2.00', 'Sign in / Register', 'US $3.00']) {
      const text = page.doc.createTextNode(value);
      expect(batch(() => price.replaceChildren(text))).toEqual({ matters: false, reads: 0 });
      expect(batch(() => (text.nodeValue = `${value} `))).toEqual({ matters: false, reads: 0 });
    }
    observer.disconnect();
  });

  type Tile = ReturnType<typeof productCard> & { title: Element };
  it.each<[string, (tile: Tile) => void, (tile: Tile) => void]>([
    [
      'the card holds a form (a region a step looks in)',
      ({ card }) => card.append(card.ownerDocument.createElement('form')),
      ({ price }) => price.replaceChildren('Sign in / Register'),
    ],
    [
      'a heading (a region) came into the card since',
      ({ title }) => title.after(title.ownerDocument.createElement('h3')),
      ({ price }) => price.replaceChildren('Sign in / Register'),
    ],
    [
      'the price was moved out of the card, into the page',
      ({ card, price }) => card.after(price),
      ({ price }) => price.replaceChildren('Sign in / Register'),
    ],
    [
      // Read once deep in the card; moved up into it, its text is read up to the box around it.
      'the price was moved up inside the card, and the card sits alone in a short box',
      ({ card, price }) => {
        const box = card.ownerDocument.createElement('div');
        card.replaceWith(box);
        box.append(card);
        card.querySelector('.info')?.replaceWith(price);
      },
      ({ price }) => price.replaceChildren('Sign in / Register'),
    ],
    [
      // Its title is read up to the box: the box, not in the card, says what the title says.
      'the card sits alone in a short box, and its title is rewritten',
      ({ card, price }) => {
        const box = card.ownerDocument.createElement('div');
        card.replaceWith(box);
        box.append(card);
        price.parentElement?.replaceChildren();
      },
      ({ title }) => title.replaceChildren('Sign in / Register'),
    ],
  ])('still brought to a look when %s', (_, arrange, change) => {
    const page = guidedHome();
    const view = page.doc.defaultView;
    if (!view) throw new Error('the replica page has no window');
    // One filter across the batches, as the running guide's: what it judged of the card is kept.
    const own = createMutationFilter(Object.values(targets));
    const { card, price } = productCard(page.doc);
    const title = card.querySelector('.title');
    if (!title) throw new Error('no title');
    const tile = { card, price, title };
    // Its text reads are counted (and textContent made read-only): replaceChildren writes.
    const { batch, observer } = countedBatches(view, card, own);
    expect(batch(() => page.grid.append(card)).matters).toBe(false);
    expect(batch(() => price.replaceChildren('US $2.00')).matters).toBe(false);
    batch(() => arrange(tile));
    expect(batch(() => change(tile)).matters).toBe(true);
    observer.disconnect();
  });

  it('a page whose <body> or root carries such a class is not silenced by it', () => {
    for (const [root, body] of [
      ['', ' class="reviews-page"'],
      [' class="recommend-theme"', ''],
    ]) {
      const dom = new JSDOM(
        `<html${root}><body${body}><main><div><div><div><span>Loading</span></div></div></div></main></body></html>`,
      );
      const doc = dom.window.document;
      const own = createMutationFilter(Object.values(targets));
      const observer = new dom.window.MutationObserver(() => undefined);
      observer.observe(doc.documentElement, {
        childList: true,
        subtree: true,
        characterData: true,
      });
      const span = doc.querySelector('span');
      span?.replaceChildren('US $1.00');
      expect(own.mayMatter(observer.takeRecords(), en)).toBe(false);
      span?.replaceChildren('Delete Your Account');
      // The locator's walk from a hit stops at the body: a class there rules nothing out.
      expect(own.mayMatter(observer.takeRecords(), en), `${root}${body}`).toBe(true);
      observer.disconnect();
      dom.window.close();
    }
  });

  it('a style sheet it holds, edited or taken away, is still a change', async () => {
    const page = guidedHome();
    const { card } = productCard(page.doc);
    const style = page.doc.createElement('style');
    card.querySelector('.prices')?.append(style);
    page.grid.append(card);
    expect(await mattersAfter(page, () => (style.textContent = 'a { display: none }'))).toBe(true);
    expect(await mattersAfter(page, () => style.remove())).toBe(true);
  });

  it('a style sheet brought into a card left unheard is a change at the next batch heard', async () => {
    const page = guidedHome();
    const { card } = productCard(page.doc);
    page.grid.append(card);
    const style = page.doc.createElement('style');
    style.textContent = 'a { display: none }';
    // Heard at once or not, the grid's empty text alone is no change: the sheet is.
    expect(await mattersAfter(page, () => page.grid.append(page.doc.createTextNode('')))).toBe(
      false,
    );
    expect(
      await mattersAfter(page, () => {
        card.querySelector('.prices')?.append(style);
        page.grid.append(page.doc.createTextNode(''));
      }),
    ).toBe(true);
  });
});

describe('sorting one batch of the tree observer', () => {
  it('reads a long ancestor shared by many changed texts once, not once per change', async () => {
    const page = guidedHome();
    const { doc } = page;
    const view = doc.defaultView;
    if (!view) throw new Error('the replica page has no window');
    // A long list of rows, each a price: the list and its parent are far longer than any label.
    const outer = doc.body.appendChild(doc.createElement('section'));
    const list = outer.appendChild(doc.createElement('div'));
    const prices: Text[] = [];
    for (let i = 0; i < 200; i++) {
      const row = list.appendChild(doc.createElement('p'));
      const price = row.appendChild(doc.createElement('span'));
      prices.push(price.appendChild(doc.createTextNode(`US $${i}.99`)));
    }
    const observer = new view.MutationObserver(() => undefined);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    // A live feed's frame: every price rewritten.
    prices.forEach((price, i) => (price.nodeValue = `US $${i}.49`));
    const records = observer.takeRecords();
    observer.disconnect();
    expect(records).toHaveLength(prices.length);

    const long = new Set<Node>([outer, list]);
    let longReads = 0;
    const createTreeWalker = doc.createTreeWalker.bind(doc);
    doc.createTreeWalker = (root: Node, ...rest: [number?, NodeFilter?]) => {
      if (long.has(root)) longReads++;
      return createTreeWalker(root, ...rest);
    };
    const matters = filter.mayMatter(records, en);
    expect(matters).toBe(false);
    // Each long ancestor at most once in the batch (was: once per changed price).
    expect(longReads).toBeGreaterThan(0);
    expect(longReads).toBeLessThanOrEqual(long.size);
  });
});

describe('while a step element is shown with confidence', () => {
  /** What the guide hears of a change, watching only around what the evaluation rested on. */
  async function heardAfter(change: (page: ReturnType<typeof guidedHome>) => void) {
    const page = guidedHome();
    const view = page.doc.defaultView;
    if (!view) throw new Error('the replica page has no window');
    const heard = { evaluate: 0, moved: 0 };
    const watch = watchPage(
      page.doc,
      filter,
      partition,
      {
        evaluate: () => heard.evaluate++,
        moved: () => heard.moved++,
        evaluationPending: false,
        labels: en,
      },
      view.MutationObserver,
    );
    watch.around(page.watched, false);
    change(page);
    await new Promise((resolve) => view.setTimeout(resolve, 0));
    watch.disconnect();
    return heard;
  }

  it('a live feed elsewhere is not even delivered to the guide', async () => {
    const heard = await heardAfter(({ doc, grid }) => {
      for (let i = 0; i < 10; i++) grid.append(card(doc, 100 + i));
      grid.firstElementChild?.remove();
      const price = grid.querySelector('.product-card--sale--3aWm1Lr');
      if (price) price.textContent = 'US $0.01';
    });
    expect(heard).toEqual({ evaluate: 0, moved: 0 });
  });

  it('the shown element changing or leaving, or a portal on the body, still brings a new look', async () => {
    const changes: ((page: ReturnType<typeof guidedHome>) => void)[] = [
      ({ highlighted }) => highlighted?.append(' '),
      ({ highlighted }) => highlighted?.remove(),
      ({ doc }) => doc.body.append(doc.createElement('div')),
    ];
    for (const change of changes) expect((await heardAfter(change)).evaluate).toBeGreaterThan(0);
  });
});

describe("the overlay's own host", () => {
  it('coming and going beside the shown element brings no new look; a page element does', async () => {
    const page = guidedHome();
    const view = page.doc.defaultView;
    if (!view) throw new Error('the replica page has no window');
    let evaluations = 0;
    const watch = watchPage(
      page.doc,
      filter,
      partition,
      {
        evaluate: () => evaluations++,
        moved: () => undefined,
        evaluationPending: false,
        labels: en,
      },
      view.MutationObserver,
    );
    watch.around(page.watched);
    const host = page.doc.createElement('aliexit-overlay');
    host.append(page.doc.createElement('style'));
    page.doc.body.append(host);
    await new Promise((resolve) => view.setTimeout(resolve, 0));
    host.remove();
    await new Promise((resolve) => view.setTimeout(resolve, 0));
    expect(evaluations).toBe(0);
    page.doc.body.append(page.doc.createElement('div'));
    await new Promise((resolve) => view.setTimeout(resolve, 0));
    watch.disconnect();
    expect(evaluations).toBeGreaterThan(0);
  });
});

/**
 * The card's elements with their text reads counted, a tree observer on the whole page, and a
 * runner that hands one change's records to the filter as one batch: whether it may matter, and
 * how often the card was read to decide.
 */
function countedBatches(
  view: Window & typeof globalThis,
  card: Element,
  own: ReturnType<typeof createMutationFilter>,
) {
  let reads = 0;
  const getter = Object.getOwnPropertyDescriptor(view.Node.prototype, 'textContent')?.get;
  for (const element of [card, ...card.querySelectorAll('*')]) {
    Object.defineProperty(element, 'textContent', {
      get(this: Node) {
        reads++;
        return getter?.call(this) as string;
      },
    });
  }
  const observer = new view.MutationObserver(() => undefined);
  observer.observe(view.document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  const batch = (change: () => void) => {
    change();
    const before = reads;
    const matters = own.mayMatter(observer.takeRecords(), en);
    return { matters, reads: reads - before };
  };
  return { batch, observer };
}

describe('what sorting a live feed reads', () => {
  /** The records as the filter gets them, with reads of their node lists counted. */
  function countingNodeLists(records: readonly MutationRecord[]) {
    let reads = 0;
    const counted = records.map((record) => {
      const copy = Object.create(record) as MutationRecord;
      for (const name of ['type', 'target', 'attributeName', 'oldValue'] as const) {
        Object.defineProperty(copy, name, { get: () => record[name] });
      }
      for (const name of ['addedNodes', 'removedNodes'] as const) {
        Object.defineProperty(copy, name, {
          get: () => {
            reads++;
            return record[name];
          },
        });
      }
      return copy;
    });
    return { counted, reads: () => reads };
  }

  it('reads no node list of a price rewritten in place (each node read costs a wrapper)', () => {
    const page = guidedHome();
    const view = page.doc.defaultView;
    if (!view) throw new Error('the replica page has no window');
    const own = createMutationFilter(Object.values(targets));
    const observer = new view.MutationObserver(() => undefined);
    observer.observe(page.doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    const prices = [...page.grid.querySelectorAll('span')];
    for (const price of prices) price.textContent = 'US $1.23';
    const rewrites = countingNodeLists(observer.takeRecords());
    expect(rewrites.counted.length).toBe(prices.length);
    // As the tree observer hands them on: to the kept texts, then to the filter.
    const texts = new TextIndex();
    texts.listening(true);
    texts.changed(rewrites.counted);
    expect(own.mayMatter(rewrites.counted, en)).toBe(false);
    expect(rewrites.reads()).toBe(0);
    // The count is real: cards coming are read through their record's node list.
    page.grid.append(card(page.doc, 98));
    const arrival = countingNodeLists(observer.takeRecords());
    expect(own.mayMatter(arrival.counted, en)).toBe(false);
    expect(arrival.reads()).toBeGreaterThan(0);
    observer.disconnect();
  });
});

describe('the quiet marks, kept across batches', () => {
  /**
   * A page with a wordless card whose price changes, and a card whose title holds a label's
   * word by chance ("Backlit" holds "back"). Each batch is handed to the filter as the tree
   * observer would. Reads of the card's text are counted on its elements.
   */
  function quietPage() {
    const page = guidedHome();
    const view = page.doc.defaultView;
    if (!view) throw new Error('the replica page has no window');
    const own = createMutationFilter(Object.values(targets));
    const { card, price } = deepCard(page.doc);
    // The price as two texts: "Sign in / Register" beside " 5" fits no label; alone, it does.
    price.replaceChildren(page.doc.createTextNode('US $1.00'), page.doc.createTextNode(' 5'));
    const [first, second] = [...price.childNodes] as Text[];
    if (!first || !second) throw new Error('no price texts');
    const backlit = deepCard(page.doc);
    backlit.card.querySelector('.title')?.replaceChildren('Mechanical Keyboard RGB Backlit');
    page.grid.append(card, backlit.card);
    const { batch, observer } = countedBatches(view, card, own);
    /** Runs the change as a batch the tree observer heard but did not sort. */
    const unsorted = (change: () => void) => {
      change();
      own.unsorted(observer.takeRecords(), en);
    };
    return { page, own, first, second, backlit, batch, unsorted, observer };
  }

  it('a wordless card is read once, not again after batches elsewhere that hold label words', () => {
    const { page, first, backlit, batch, observer } = quietPage();
    const once = batch(() => (first.nodeValue = 'US $2.00'));
    expect(once).toEqual({ matters: false, reads: expect.any(Number) as number });
    expect(once.reads).toBeGreaterThan(0);
    // Elsewhere: the "Backlit" card's price rewritten, new cards holding the word added.
    const elsewhere = batch(() => {
      backlit.price.textContent = 'US $9.99';
      const more = deepCard(page.doc);
      more.card.querySelector('.title')?.replaceChildren('Backlit Keyboard');
      page.grid.append(more.card);
    });
    expect(elsewhere).toEqual({ matters: false, reads: 0 });
    expect(batch(() => (first.nodeValue = 'US $3.00'))).toEqual({ matters: false, reads: 0 });
    observer.disconnect();
  });

  it.each([
    ['a wordless card', 'Ceramic Coffee Mug'],
    ['a card whose words are only inside longer ones', 'Mechanical Keyboard RGB Backlit'],
  ])('%s is read as it comes to the page, not again at its first price rewrite', (_, title) => {
    const page = guidedHome();
    const view = page.doc.defaultView;
    if (!view) throw new Error('the replica page has no window');
    const own = createMutationFilter(Object.values(targets));
    const { card, price } = deepCard(page.doc);
    card.querySelector('.title')?.replaceChildren(title);
    const { batch, observer } = countedBatches(view, card, own);
    const arrival = batch(() => page.grid.append(card));
    expect(arrival.matters).toBe(false);
    expect(arrival.reads).toBeGreaterThan(0);
    const text = price.firstChild;
    if (!text) throw new Error('no price text');
    expect(batch(() => (text.nodeValue = 'US $2.00'))).toEqual({ matters: false, reads: 0 });
    observer.disconnect();
  });

  it('a text gaining a label word makes its card read again: the change that brings a target is heard', () => {
    const { first, second, batch, observer } = quietPage();
    expect(batch(() => (first.nodeValue = 'US $2.00')).matters).toBe(false);
    // The word arrives, but "Sign in / Register 5" fits nothing yet…
    expect(batch(() => (first.nodeValue = 'Sign in / Register')).matters).toBe(false);
    // …and a wordless change makes it fit: the card is no longer quiet.
    expect(batch(() => (second.nodeValue = '')).matters).toBe(true);
    observer.disconnect();
  });

  it('a word brought in a batch left unsorted, or after the batch was settled early, still counts', () => {
    const { page, first, second, batch, unsorted, observer } = quietPage();
    expect(batch(() => (first.nodeValue = 'US $2.00')).matters).toBe(false);
    unsorted(() => (first.nodeValue = 'Sign in / Register'));
    expect(batch(() => (second.nodeValue = '')).matters).toBe(true);

    first.nodeValue = 'US $2.00';
    second.nodeValue = ' 5';
    expect(batch(() => (first.nodeValue = 'US $3.00')).matters).toBe(false);
    const settled = batch(() => {
      // A target first: the rest of the batch is not sorted.
      const button = page.doc.createElement('button');
      button.textContent = 'Delete Your Account';
      page.grid.append(button);
      first.nodeValue = 'Sign in / Register';
    });
    expect(settled.matters).toBe(true);
    expect(batch(() => (second.nodeValue = '')).matters).toBe(true);
    observer.disconnect();
  });

  it('a card taken off the page, edited there and brought back, is read again', async () => {
    const { page, own, first, second, batch, observer } = quietPage();
    const card = first.parentElement?.closest('a');
    if (!card) throw new Error('no card');
    expect(batch(() => (first.nodeValue = 'US $2.00')).matters).toBe(false);
    expect(batch(() => card.remove()).matters).toBe(false);
    // Off the page once the removal was delivered, so unheard; then back.
    await new Promise((resolve) => page.doc.defaultView?.setTimeout(resolve, 0));
    first.nodeValue = 'Sign in / Register';
    expect(observer.takeRecords()).toEqual([]);
    expect(batch(() => page.grid.append(card)).matters).toBe(false);
    expect(batch(() => (second.nodeValue = '')).matters).toBe(true);

    // Changes no observer heard: forget() lets no mark outlive them.
    first.nodeValue = 'US $2.00';
    second.nodeValue = ' 5';
    expect(batch(() => (first.nodeValue = 'US $3.00')).matters).toBe(false);
    observer.disconnect();
    first.nodeValue = 'Sign in / Register';
    own.forget(page.doc);
    observer.observe(page.doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    expect(batch(() => (second.nodeValue = '')).matters).toBe(true);
    observer.disconnect();
  });
});

describe('a card holding a label word only inside a longer one ("Backlit" holds "back")', () => {
  /** The feed's "Backlit" card, its reads counted, and one batch handed to the filter. */
  function backlitPage() {
    const page = guidedHome();
    const view = page.doc.defaultView;
    if (!view) throw new Error('the replica page has no window');
    const own = createMutationFilter(Object.values(targets));
    const { card, price } = deepCard(page.doc);
    card.querySelector('.title')?.replaceChildren('Mechanical Keyboard 87 Keys RGB Backlit');
    page.grid.append(card);
    const { batch, observer } = countedBatches(view, card, own);
    const text = price.firstChild as Text;
    return { page, card, text, batch, observer };
  }

  it('is read once, not again on every rewrite of its price', () => {
    const { text, batch, observer } = backlitPage();
    const once = batch(() => (text.nodeValue = 'US $2.00'));
    expect(once.matters).toBe(false);
    expect(once.reads).toBeGreaterThan(0);
    for (const value of ['US $3.00', 'US $4.50', 'US $1,234.56']) {
      expect(batch(() => (text.nodeValue = value))).toEqual({ matters: false, reads: 0 });
    }
    observer.disconnect();
  });

  it('still brings a look when the word stands alone: a text that says it, or a node that ends there', () => {
    const { page, card, text, batch, observer } = backlitPage();
    expect(batch(() => (text.nodeValue = 'US $2.00')).matters).toBe(false);
    // Glued to the title's "…Backlit" in the card's whole text, a word of its own in the price.
    expect(batch(() => (text.nodeValue = 'Back')).matters).toBe(true);
    text.nodeValue = 'US $2.00';
    expect(batch(() => (text.nodeValue = 'US $3.00')).matters).toBe(false);
    // "Back" in a span of its own, "lit" glued after it: the span's text is the label.
    expect(
      batch(() => {
        const title = page.doc.createElement('div');
        title.innerHTML = '<span>Back</span><span>lit Keyboard</span>';
        card.append(title);
      }).matters,
    ).toBe(true);
    // The word formed across two glued nodes, "lit" glued on after: "Ba" + "ck" is the label.
    expect(
      batch(() => {
        const title = page.doc.createElement('div');
        title.innerHTML = '<span><b>Ba</b><b>ck</b></span>lit';
        card.append(title);
      }).matters,
    ).toBe(true);
    observer.disconnect();
  });
});
