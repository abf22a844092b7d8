/**
 * "Another build" of the site: every CSS-module class `prefix--name--HASH` gets a different HASH, the way a new
 * release of a CSS-modules bundle renames every class (FACT [src:css-modules]: AliExpress's hashes change between builds).
 * Applied to the HTML, the stylesheet and replica.js alike, as a real build changes all three together.
 */

// prefix (kebab-case) -- name (camelCase) -- hash (letters, digits, _ and -)
const HASHED_CLASS =
  /(?<![\w-])([a-z][a-z0-9]*(?:-[a-z0-9]+)*--[a-zA-Z][a-zA-Z0-9]*--)([A-Za-z0-9_-]+)/g;
const BASE62 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** FNV-1a: a small, stable hash of a text (the rebuilt names must be the same on every run). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A deterministic 7-character hash for this class in this build. */
function buildHash(prefixAndName: string, oldHash: string, build: number): string {
  let value = fnv1a(`${prefixAndName}${oldHash}#${String(build)}`);
  let out = '';
  for (let i = 0; i < 7; i++) {
    out += BASE62[value % 62] ?? '0';
    value = Math.floor(value / 62) + fnv1a(out) * (i + 1);
    value >>>= 0;
  }
  return out === oldHash ? `${out.slice(1)}x` : out;
}

/** Rewrites every hashed class in `text` (HTML, CSS or JS) for build `build` (1 = unchanged). */
export function rehashClasses(text: string, build: number | undefined): string {
  if (build === undefined || build <= 1) return text;
  return text.replace(HASHED_CLASS, (_whole: string, prefixAndName: string, hash: string) => {
    return `${prefixAndName}${buildHash(prefixAndName, hash, build)}`;
  });
}
