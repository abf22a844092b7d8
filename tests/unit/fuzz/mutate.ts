import type { Random } from './prng';

/**
 * What identifies an element to the locator, and so what a site redesign changes. Visibility
 * (hidden, style) is left alone: un-hiding an element is a different page, not a renamed one.
 * The replica's own marks (data-replica-*) are the answer key and are never touched.
 */
function isMutable(name: string): boolean {
  if (name.startsWith('data-replica')) return false;
  return /^(class|id|role|href|type|name|title|alt|aria-.*|data-.*)$/.test(name);
}

function garble(random: Random, value: string): string {
  const junk = random.pick(['', 'x', '--Zq91', '\u200b', '🗑️']);
  if (random.chance(0.5)) return value + junk;
  return value.slice(0, random.int(value.length + 1)) + junk;
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = random.int(index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** A new build's hash on every CSS-module class: `menuItem--1Zr5h` → `menuItem--Qx81k`. */
function rehash(random: Random, className: string): string {
  return className.replace(/--([\w-]{5,})$/, () => `--${random.int(36 ** 6).toString(36)}x`);
}

/**
 * Changes a replica page the way a site change might: attributes removed, renamed, cut short,
 * given new hashes, reordered. Each element is touched with probability `rate`.
 */
export function mutatePage(random: Random, doc: Document, rate: number): void {
  for (const element of doc.querySelectorAll('body *')) {
    if (!random.chance(rate)) continue;
    const attributes = shuffled(
      random,
      [...element.attributes].map(({ name, value }) => ({ name, value })),
    );
    for (const { name } of attributes) element.removeAttribute(name);
    for (const { name, value } of attributes) {
      if (!isMutable(name)) {
        element.setAttribute(name, value);
        continue;
      }
      const change = random.int(5);
      if (change === 0) continue; // removed
      if (change === 1) element.setAttribute(`data-was-${name}`, value);
      else if (change === 2) element.setAttribute(name, garble(random, value));
      else if (change === 3 && name === 'class') {
        const classes = shuffled(random, value.split(/\s+/)).map((c) => rehash(random, c));
        element.setAttribute(name, classes.join(' '));
      } else element.setAttribute(name, value);
    }
  }
}
