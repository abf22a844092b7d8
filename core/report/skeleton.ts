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

/** `verify-method--item--1Zr5hNc` → `verify-method--item`; a plain `comet-btn` stays. */
const MODULE_CLASS = /^([a-z][a-z-]*--[a-zA-Z]+)--[\w-]+$/;
/** Plain classes of AliExpress's UI kits (comet-btn, next-card-title, nc-container, fm-button). */
const PLAIN_CLASS = /^(comet|next|nc|fm|login|pc|es|ae|ui|verify)-[a-z-]{1,40}$/;
const SAFE_ROLES = /^[a-z]{2,20}$/;
const SAFE_TYPES = new Set(['text', 'checkbox', 'radio', 'button', 'submit', 'email', 'tel']);
/** What makes a box a code box (core/steps/targets.ts CODE_INPUTS): fixed words, a digit. */
const SAFE_INPUT_HINTS: Readonly<Record<string, RegExp>> = {
  autocomplete: /^one-time-code$/,
  inputmode: /^numeric$/,
  maxlength: /^\d$/,
};
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'link', 'meta']);
/** A tag name as the page wrote it, when it is an ordinary one (custom elements included). */
const SAFE_TAG = /^[a-z][a-z0-9]{0,15}(-[a-z0-9]{1,20}){0,3}$/;

export function classPrefixes(element: Element): string[] {
  const prefixes = [...element.classList].flatMap((name) => {
    const module = MODULE_CLASS.exec(name);
    if (module?.[1]) return [module[1]];
    return PLAIN_CLASS.test(name) ? [name] : [];
  });
  return [...new Set(prefixes)].slice(0, MAX_CLASSES);
}

/** One element as a line: `a.account-setting--item[role=link]`. */
export function describeElement(element: Element): string {
  const tag = SAFE_TAG.test(element.localName) ? element.localName : 'x-element';
  const classes = classPrefixes(element).map((name) => `.${name}`);
  const role = element.getAttribute('role');
  const type = element.localName === 'input' ? element.getAttribute('type') : null;
  const attributes = [
    role && SAFE_ROLES.test(role) ? `[role=${role}]` : '',
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
