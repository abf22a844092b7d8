/**
 * Translation of replica pages. The page files are written in English; for another language, render.ts passes
 * the finished HTML through localizeHtml(), which swaps every text node and every placeholder / aria-label /
 * title / alt attribute whose (whitespace-normalised) English text is a key of site/_i18n/<lang>.json.
 * Text that has no entry stays English (product titles, prices, e-mail addresses).
 *
 * ALL TRANSLATIONS ARE INVENTED: no real localized strings of these screens are known (facts file [src:localized-labels-ours]). They are
 * the project's own wording, written the way a big shop would word them in that language, not a calque.
 *
 * The table's "script" section holds the strings replica.js shows (toasts, "Resend (n s)"); render.ts puts it
 * into the page as <script type="application/json" id="replica-i18n">.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReplicaLanguage } from './hosts.js';

export interface StringTable {
  /** Value of <html lang> (the site's own code for the language). */
  htmlLang: string;
  dir: 'ltr' | 'rtl';
  /** English text → translation. */
  text: Record<string, string>;
  /** [regex source, replacement] for texts with numbers, e.g. "5,000+ sold". */
  patterns?: [string, string][];
  /** Strings replica.js uses, by key. */
  script: Record<string, string>;
}

const cache = new Map<string, StringTable>();

export function stringTable(siteDir: string, lang: ReplicaLanguage): StringTable {
  const cached = cache.get(lang);
  if (cached !== undefined) return cached;
  const table = JSON.parse(
    readFileSync(path.join(siteDir, '_i18n', `${lang}.json`), 'utf8'),
  ) as StringTable;
  // The second wording of the deletion pages (?replica_wording=2) keeps its strings apart: its
  // English keys appear on no other page.
  const reworded = path.join(siteDir, '_i18n', `${lang}.reworded.json`);
  if (existsSync(reworded)) {
    const extra = JSON.parse(readFileSync(reworded, 'utf8')) as Pick<StringTable, 'text'>;
    Object.assign(table.text, extra.text);
  }
  cache.set(lang, table);
  return table;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '\u2014',
  ndash: '\u2013',
  lsaquo: '\u2039',
  rsaquo: '\u203a',
  times: '\u00d7',
  copy: '\u00a9',
  hellip: '\u2026',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole: string, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function normalize(text: string): string {
  return decodeEntities(text)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

function translate(table: StringTable, raw: string): string | null {
  const key = normalize(raw);
  if (key === '') return null;
  const direct = table.text[key];
  if (direct !== undefined) return direct;
  for (const [source, replacement] of table.patterns ?? []) {
    const pattern = new RegExp(source);
    if (pattern.test(key)) return key.replace(pattern, replacement);
  }
  return null;
}

/** Translates text nodes and text attributes; leaves <script>/<style> bodies and markup alone. */
export function localizeHtml(html: string, table: StringTable): string {
  const parts = html.split(/(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<[^>]*>)/i);
  return parts
    .map((part, index) => {
      if (index % 2 === 1) {
        // a tag (or a whole script/style element)
        if (/^<(script|style)\b/i.test(part)) return part;
        return part.replace(
          /\s(placeholder|aria-label|title|alt)="([^"]*)"/g,
          (whole: string, name: string, value: string) => {
            const done = translate(table, value);
            return done === null ? whole : ` ${name}="${escapeText(done).replace(/"/g, '&quot;')}"`;
          },
        );
      }
      const done = translate(table, part);
      if (done === null) return part;
      const lead = /^\s*/.exec(part)?.[0] ?? '';
      const trail = /\s*$/.exec(part)?.[0] ?? '';
      return `${lead}${escapeText(done)}${trail}`;
    })
    .join('');
}
