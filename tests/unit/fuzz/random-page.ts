import type { Random } from './prng';

/**
 * Random and malformed pages for the fuzz tests. Nothing generated here is a right answer for any
 * step: texts are made of syllables no site word contains, links go nowhere AliExpress names, and
 * no form control (the privacy form's text box, the code boxes) is ever created. Real class
 * prefixes do appear, with garbage hashes: a prefix alone must never be enough.
 */

const TAGS = [
  'div',
  'span',
  'a',
  'button',
  'p',
  'ul',
  'li',
  'section',
  'header',
  'h1',
  'h2',
  'h3',
  'label',
  'form',
  'nav',
  'dialog',
  'table',
  'td',
  'svg',
  'img',
  'select',
  'option',
  'custom-element',
  'x-\u05d0',
] as const;

/** Prefixes the route really looks for, plus look-alikes. */
const CLASS_STEMS = [
  'my-account--menuItem',
  'my-account--signin',
  'my-account--menuBox',
  'pc-header--',
  'comet-v2-popover',
  'verify-method--item',
  'next-card-title',
  'comet-btn',
  'nc-container',
  'login-submit-x',
  'zz',
] as const;

const ROLES = ['button', 'link', 'checkbox', 'menuitem', 'dialog', 'none', 'presentation', '%%'];

/** Characters that trip naive text handling: RTL marks, zero-width, emoji, lone surrogates. */
const ODD_CHARS = [
  '\u200f',
  '\u200e',
  '\u202e',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u00a0',
  '👩‍👩‍👧',
  '🗑️',
  '\ud800',
  '\udfff',
  '\u0000',
  '\u0301',
  '\u0645\u0631',
  '\u3000',
  '&amp;',
  '<b>',
  '"\'`',
];

/** Syllables chosen so that no label of any language can appear in generated text. */
const SYLLABLES = ['zq', 'xv', 'qj', 'vvk', 'jx', 'wq', 'kz', 'xq'];

export function randomText(random: Random, maxLength = 40): string {
  let text = '';
  const length = random.int(maxLength);
  while (text.length < length) {
    text += random.chance(0.3) ? random.pick(ODD_CHARS) : random.pick(SYLLABLES);
    if (random.chance(0.2)) text += ' ';
  }
  return text;
}

/** `button[class*="my-account--signin--"]` is the header's Sign in button: a right answer. */
const BUTTON_CLASS_STEMS = CLASS_STEMS.filter((stem) => stem !== 'my-account--signin');

function randomClass(random: Random, stems: readonly string[] = CLASS_STEMS): string {
  const stem = random.pick(stems);
  // Never empty: a bare stem such as `nc-container` is the bot check's own class, a right answer.
  const hash = random.pick(SYLLABLES) + randomText(random, 12).replace(/\s/g, '');
  return random.chance(0.5) ? `${stem}--${hash}` : `${stem}${hash}`;
}

/** A value that is sometimes huge (100 000 characters). */
function attributeValue(random: Random): string {
  if (random.chance(0.05)) return randomText(random, 20).repeat(5000).slice(0, 100_000);
  return randomText(random);
}

function setRandomAttributes(random: Random, element: Element): void {
  const count = random.int(4);
  for (let index = 0; index < count; index++) {
    const kind = random.int(7);
    if (kind === 0) {
      const stems = element.localName === 'button' ? BUTTON_CLASS_STEMS : CLASS_STEMS;
      element.setAttribute('class', `${randomClass(random, stems)} ${randomClass(random, stems)}`);
    } else if (kind === 1) element.setAttribute('role', random.pick(ROLES));
    else if (kind === 2) element.setAttribute('aria-label', attributeValue(random));
    else if (kind === 3) element.setAttribute('href', `/zq/${randomText(random, 10)}`);
    else if (kind === 4) element.setAttribute('id', `fz-${random.int(1e6)}`);
    else if (kind === 5) element.setAttribute('title', attributeValue(random));
    else element.setAttribute(`data-${random.int(100)}`, attributeValue(random));
  }
}

function randomElement(random: Random, doc: Document): Element {
  const element = doc.createElement(random.pick(TAGS));
  setRandomAttributes(random, element);
  if (random.chance(0.6)) element.append(doc.createTextNode(randomText(random)));
  return element;
}

/** A random tree of `size` elements under `root`, some of them behind shadow roots. */
export function growRandomTree(random: Random, root: Element, size: number): void {
  const doc = root.ownerDocument;
  const parents: (Element | ShadowRoot)[] = [root];
  for (let index = 0; index < size; index++) {
    const parent = random.pick(parents);
    const child = randomElement(random, doc);
    parent.append(child);
    parents.push(child);
    if (random.chance(0.05) && child.localName === 'div' && !child.shadowRoot) {
      parents.push(child.attachShadow({ mode: random.chance(0.5) ? 'open' : 'closed' }));
    }
  }
}

/** A chain `depth` elements deep with a text at the bottom. */
export function growDeepChain(random: Random, root: Element, depth: number): void {
  const doc = root.ownerDocument;
  let parent = root;
  for (let level = 0; level < depth; level++) {
    const child = doc.createElement(random.chance(0.5) ? 'div' : 'span');
    if (random.chance(0.1)) child.setAttribute('class', randomClass(random));
    parent.append(child);
    parent = child;
  }
  parent.append(doc.createTextNode(randomText(random)));
}
