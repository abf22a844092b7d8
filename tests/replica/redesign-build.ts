/**
 * "The redesign" (?replica_redesign=1): a front-end rebuild of the whole site. Every class word and
 * id is renamed (CSS-module prefixes, comet-v2-…, verify-code-input, #_global_header_23_, #root,
 * #fm-login-id, …) and the account page, the settings page and the deletion flow move to other
 * URLs; texts, roles, ARIA and the layout are kept. INVENTED entirely: that front-end rebuilds rename
 * hashed classes is [src:css-modules]; a rebuild of this size has not been seen on the real site.
 *
 * One transform over the same source files (no copied HTML): the rendered HTML, the stylesheet and
 * replica.js are rewritten together, as one new build changes all three. The old URLs answer 404.
 * The replica's own marks (data-replica-*, data-view, data-popover, #replica-*) are machinery, not
 * the site, and are kept: tests read data-replica-target to know the true control.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fnv1a } from './rehash';

/** Old path → new path, longest first (a path may contain another: /p/account/ holds /account/). */
const MOVED_PATHS: readonly (readonly [string, string])[] = [
  ['/p/account/index.html', '/me/overview'],
  ['/account/setting/index.html', '/me/preferences/profile'],
  ['/account/setting/', '/me/preferences/'],
  ['/account/index.html', '/me/home'],
  ['/p/account-delete/', '/me/close-account/'],
];

/** The deletion app's views get other path segments too (and its templates the same names). */
const MOVED_VIEWS: readonly (readonly [string, string])[] = [
  ['index.html', 'start'],
  ['security', 'identity'],
  ['code', 'passcode'],
  ['confirm', 'final'],
  ['done', 'closed'],
];

/** A deletion view's name in the redesign (its template and its path segment). */
export function redesignView(view: string): string {
  return MOVED_VIEWS.find(([old]) => old === view)?.[1] ?? view;
}

/** A short, stable, meaningless name: the same word always gets the same one. */
function opaque(word: string, length = 6): string {
  let value = fnv1a(`${word}#redesign`);
  let out = '';
  while (out.length < length) {
    out += (value % 36).toString(36);
    value = Math.floor(value / 36) || fnv1a(out);
  }
  return out;
}

/** `prefix--name--` (a CSS-module class without its hash) → `_xxxxxx_`. */
const HASHED_CLASS =
  /(?<![\w-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*--[a-zA-Z][a-zA-Z0-9]*--([A-Za-z0-9_-]*)/g;

function renameHashed(text: string): string {
  return text.replace(HASHED_CLASS, (whole: string, hash: string) => {
    const stem = whole.slice(0, whole.length - hash.length);
    return `_${opaque(stem)}_${hash === '' ? '' : opaque(hash, 5)}`;
  });
}

const classToken = (token: string): string => `k${opaque(token)}`;
const idToken = (id: string): string => `n${opaque(id)}`;
const isReplicaId = (id: string): boolean => id.startsWith('replica-');

/** Class words and ids of the site's own sources (pages, partials, decoys, the page script). */
interface Words {
  readonly classes: readonly string[];
  readonly ids: ReadonlySet<string>;
}

let cachedWords: Words | undefined;

function sourceTexts(siteDir: string): string[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(html?|js)$/.test(entry.name)) texts.push(readFileSync(full, 'utf8'));
    }
  };
  walk(siteDir);
  texts.push(readFileSync(path.join(siteDir, '..', 'decoys.ts'), 'utf8'));
  return texts;
}

function wordsOf(siteDir: string): Words {
  if (cachedWords) return cachedWords;
  const classes = new Set<string>();
  const ids = new Set<string>();
  for (const text of sourceTexts(siteDir)) {
    for (const [, value = ''] of text.matchAll(/\bclass(?:Name)?\s*=\s*["']([^"'{}$]*)["']/g))
      for (const token of value.split(/\s+/)) if (token !== '') classes.add(token);
    for (const [, token = ''] of text.matchAll(/classList\.\w+\('([\w-]+)'/g)) classes.add(token);
    for (const [, id = ''] of text.matchAll(/\bid="([\w-]+)"/g)) if (!isReplicaId(id)) ids.add(id);
  }
  for (const token of classes) if (token.includes('--')) classes.delete(token);
  // Longest first: a word may be the start of a longer one (comet-v2-btn, comet-v2-btn-primary).
  cachedWords = {
    classes: [...classes].sort((a, b) => b.length - a.length),
    ids,
  };
  return cachedWords;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every word of the list, whole (not inside a longer class word), as one alternation. */
function wholeWords(words: readonly string[], before = ''): RegExp {
  return new RegExp(`(?<![\\w-])${before}(${words.map(escapeRegExp).join('|')})(?![\\w-])`, 'g');
}

/** An old path of the site as the redesign's (links, redirects, script). */
export function redesignPaths(text: string): string {
  const moved = new RegExp(MOVED_PATHS.map(([from]) => escapeRegExp(from)).join('|'), 'g');
  return text
    .replace(moved, (from: string) => MOVED_PATHS.find(([old]) => old === from)?.[1] ?? from)
    .replace(/\/me\/close-account\/([a-z.]+)/g, (whole: string, view: string) => {
      const renamed = MOVED_VIEWS.find(([old]) => old === view)?.[1];
      return renamed ? `/me/close-account/${renamed}` : whole;
    });
}

/**
 * The path the redesign's request stands for in the original site: null for an old path the
 * redesign moved (it answers 404 there), the same path for everything that did not move.
 */
export function originalPath(pathname: string): string | null {
  for (const [from, to] of MOVED_PATHS) {
    if (pathname.startsWith(from) && (from.endsWith('/') || pathname === from)) return null;
    if (to.endsWith('/') ? pathname.startsWith(to) : pathname === to) {
      const rest = pathname.slice(to.length);
      const view = MOVED_VIEWS.find(([, renamed]) => renamed === rest)?.[0];
      return `${from}${view ?? rest}`;
    }
  }
  return pathname;
}

/** The rendered HTML of a page in the redesign: classes, ids, inline styles' selectors, paths. */
export function redesignHtml(html: string, siteDir: string): string {
  const words = wordsOf(siteDir);
  const idAttr = (value: string) =>
    value
      .split(/\s+/)
      .map((id) => (id === '' || isReplicaId(id) ? id : idToken(id)))
      .join(' ');
  // The jsdom loader finds the app's mount by the replica's own mark once #root is renamed.
  const renamed = renameHashed(html.replace(/\sid="root"/g, '$& data-replica-root'))
    .replace(/(<[^>]*?\sclass=")([^"]*)"/g, (_whole: string, start: string, value: string) => {
      const tokens = value
        .split(/\s+/)
        .map((token) => (/^_\w+_/.test(token) || token === '' ? token : classToken(token)));
      return `${start}${tokens.join(' ')}"`;
    })
    .replace(
      /(\s(?:id|for|aria-labelledby|aria-describedby|aria-controls|aria-owns)=")([^"]*)"/g,
      (_whole: string, start: string, value: string) => `${start}${idAttr(value)}"`,
    )
    .replace(/(\shref="#)([\w-]+)"/g, (whole: string, start: string, id: string) =>
      words.ids.has(id) ? `${start}${idToken(id)}"` : whole,
    )
    .replace(/<style\b[^>]*>([\s\S]*?)<\/style>/g, (whole: string, css: string) =>
      whole.replace(css, redesignCss(css, siteDir)),
    )
    .replace(/(\sdata-view=")([\w-]+)"/g, (whole: string, start: string, view: string) => {
      const to = MOVED_VIEWS.find(([old]) => old === view)?.[1];
      return to ? `${start}${to}"` : whole;
    });
  return redesignPaths(renamed);
}

/** The stylesheet in the redesign: every class and id selector renamed as in the HTML. */
export function redesignCss(css: string, siteDir: string): string {
  const words = wordsOf(siteDir);
  return renameHashed(css)
    .replace(
      wholeWords(words.classes, '\\.'),
      (_whole: string, token: string) => `.${classToken(token)}`,
    )
    .replace(wholeWords([...words.ids], '#'), (_whole: string, id: string) => `#${idToken(id)}`);
}

/**
 * replica.js in the redesign: the class words it looks for (compound ones: a single word may be a
 * name of the script's own), the ids it asks for, the paths it goes to.
 */
export function redesignScript(js: string, siteDir: string): string {
  const words = wordsOf(siteDir);
  const compound = words.classes.filter((token) => /[-_]/.test(token));
  const ids = [...words.ids];
  return redesignPaths(
    renameHashed(js)
      .replace(wholeWords(compound), (_whole: string, token: string) => classToken(token))
      .replace(wholeWords(ids, '#'), (_whole: string, id: string) => `#${idToken(id)}`)
      .replace(/getElementById\('([\w-]+)'\)/g, (whole: string, id: string) =>
        words.ids.has(id) ? `getElementById('${idToken(id)}')` : whole,
      )
      // The views it re-renders, by their new names (only that list: 'code' is also a frame's name).
      .replace(
        /(RERENDERED_VIEWS = \[)([^\]]*)\]/,
        (_whole: string, start: string, list: string) => {
          const renamed = list.replace(/'(\w+)'/g, (whole: string, view: string) => {
            const to = MOVED_VIEWS.find(([old]) => old === view)?.[1];
            return to ? `'${to}'` : whole;
          });
          return `${start}${renamed}]`;
        },
      ),
  );
}
