import { ARIA_ROLES, CLASS_WORDS, HTML_TAGS, KIT_PREFIXES, MODULE_STEMS } from './vocabulary';

/**
 * The shape of a page around one spot, safe to paste into a bug report: tags, roles, input types
 * and class-name prefixes only. No text, no values, no links, no ids, no data attributes, no
 * class that could carry a number (an order or a user id): only what AliExpress's own builds
 * name their parts by.
 */

/** How many levels above the spot the skeleton starts, and how far below it goes. */
const LEVELS_UP = 4;
const LEVELS_DOWN = 6;
/** Enough to see the structure, small enough to read: the rest is counted, not shown. */
const MAX_CHILDREN = 12;
const MAX_CLASSES = 4;

/** `verify-method--item--1Zr5hNc` → stem `verify-method`, part `item`, the hash dropped. */
const MODULE_CLASS = /^([a-z][a-z-]*)--([a-zA-Z]{1,40})--[\w-]+$/;
const SAFE_TYPES = new Set(['text', 'checkbox', 'radio', 'button', 'submit', 'email', 'tel']);
/** What makes a box a code box (core/steps/targets.ts CODE_INPUTS): fixed words, a digit. */
const SAFE_INPUT_HINTS: Readonly<Record<string, RegExp>> = {
  autocomplete: /^one-time-code$/,
  inputmode: /^numeric$/,
  maxlength: /^\d$/,
};
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'link', 'meta']);
/** `menuItem` → menu, item: every word must be one of the route's UI words. */
const isKnownPart = (part: string) =>
  part.split(/(?=[A-Z])/).every((word) => CLASS_WORDS.has(word.toLowerCase()));

/** A module class as `stem--part` (the part only when it is made of known words), or nothing. */
function moduleClass(name: string): string | null {
  const [, stem = '', part = ''] = MODULE_CLASS.exec(name) ?? [];
  if (!MODULE_STEMS.has(stem)) return null;
  return isKnownPart(part) ? `${stem}--${part}` : stem;
}

/** A UI kit's class (comet-v2-btn-primary): a known prefix, then known words only. */
function kitClass(name: string): string | null {
  for (const prefix of KIT_PREFIXES) {
    if (!name.startsWith(`${prefix}-`)) continue;
    const words = name.slice(prefix.length + 1).split('-');
    if (words.length > 0 && words.every((word) => CLASS_WORDS.has(word))) return name;
  }
  return null;
}

export function classPrefixes(element: Element): string[] {
  const prefixes = [...element.classList].flatMap((name) => {
    const safe = name.includes('--') ? moduleClass(name) : kitClass(name);
    return safe ? [safe] : [];
  });
  return [...new Set(prefixes)].slice(0, MAX_CLASSES);
}

/**
 * An element's tag: HTML's own as it is; a custom element (the page names those freely) by its
 * words when every one is a known UI word, digits dropped; else `x-element`.
 */
function safeTag(localName: string): string {
  if (HTML_TAGS.has(localName)) return localName;
  const words = localName.replace(/\d/g, '').split('-').filter(Boolean);
  const known =
    words.length > 1 && words.every((word) => CLASS_WORDS.has(word) || KIT_PREFIXES.has(word));
  return known ? words.join('-') : 'x-element';
}

/** One element as a line: `a.account-setting--item[role=link]`. */
export function describeElement(element: Element): string {
  const tag = safeTag(element.localName);
  const classes = classPrefixes(element).map((name) => `.${name}`);
  const role = element.getAttribute('role')?.trim().toLowerCase() ?? null;
  const type = element.localName === 'input' ? element.getAttribute('type') : null;
  const attributes = [
    role && ARIA_ROLES.has(role) ? `[role=${role}]` : '',
    type && SAFE_TYPES.has(type) ? `[type=${type}]` : '',
  ];
  if (element.localName === 'input') {
    for (const [name, safe] of Object.entries(SAFE_INPUT_HINTS)) {
      const value = element.getAttribute(name);
      if (value && safe.test(value)) attributes.push(`[${name}=${value}]`);
    }
  }
  return tag + classes.join('') + attributes.join('');
}

/**
 * The skeleton around `spot` (the element found, or the region it should be in) as indented
 * lines; the spot itself ends with `  <- here`.
 */
export function pageSkeleton(spot: Element): string {
  let top = spot;
  for (let level = 0; level < LEVELS_UP && top.parentElement; level++) top = top.parentElement;
  const lines: string[] = [];
  const walk = (element: Element, depth: number) => {
    if (SKIPPED.has(element.localName)) return;
    const mark = element === spot ? '  <- here' : '';
    lines.push(`${'  '.repeat(depth)}${describeElement(element)}${mark}`);
    if (depth >= LEVELS_UP + LEVELS_DOWN) return;
    const children = [...element.children].filter((child) => !SKIPPED.has(child.localName));
    for (const child of children.slice(0, MAX_CHILDREN)) walk(child, depth + 1);
    if (children.length > MAX_CHILDREN) {
      lines.push(`${'  '.repeat(depth + 1)}… ${children.length - MAX_CHILDREN} more`);
    }
  };
  walk(top, 0);
  return lines.join('\n');
}
