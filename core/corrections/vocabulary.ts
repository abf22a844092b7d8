import { SITE_LANGUAGE_CODES } from '../site/languages';
import { ACCOUNT_HREF, HEADER_REGIONS, POPOVER_REGIONS, SETTINGS_HREF } from '../steps/targets';

/**
 * The only words a correction may hold (types.ts). Each list is fixed here; anything a page
 * shows outside it is written as "other" or left out, so a correction can carry nothing of the
 * page's own but its shape.
 */

/**
 * Class stems of AliExpress's own builds, as captured [src:css-modules] [src:header-markup] (CSS-module
 * stems before the hash, and the UI kits' plain classes). A class outside this list is never
 * kept, whatever it looks like: a page may put a user's name or an order number in a class.
 */
export const KNOWN_STEMS = [
  'my-account--menuItem',
  'my-account--text',
  'my-account--signin',
  'my-account--menuBox',
  'my-account--menuInfo',
  'my-account--menuText',
  'my-account--newMenuItem',
  'my-account--popupCls',
  'my-account--accountWrap',
  'my-account--centerIcon',
  'pc-header--right',
  'pc-header--items',
  'comet-v2-btn',
  'comet-v2-popover',
  'comet-checkbox',
  'comet-tabs-nav-item',
  'comet-icon-myaccount',
  'next-btn-primary',
  'next-checkbox',
  'next-dialog',
  'verify-code-input',
  'login-submit',
] as const;

export const TAG_NAMES = [
  'a',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'summary',
  'li',
  'ul',
  'div',
  'span',
  'b',
  'p',
  'section',
  'nav',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'img',
  'other',
] as const;
export type TagName = (typeof TAG_NAMES)[number];

/** Where on the page: the site header, a menu or popover, the page's app, or elsewhere. */
export const REGIONS = ['header', 'menu', 'main', 'page'] as const;
export type Region = (typeof REGIONS)[number];

const REGION_SELECTORS: readonly (readonly [Region, string])[] = [
  ['menu', [...POPOVER_REGIONS, '[role="menu"]', '[role="listbox"]', '[role="dialog"]'].join(',')],
  ['header', [...HEADER_REGIONS, 'header'].join(',')],
  ['main', 'main, [role="main"], #root, #app'],
];

/** The path shapes the step model knows (core/steps/targets.ts); no other link is named. */
const HREF_SHAPES = { settings: SETTINGS_HREF, account: ACCOUNT_HREF } as const;
export type HrefShape = keyof typeof HREF_SHAPES;
export const HREF_SHAPE_NAMES = Object.keys(HREF_SHAPES) as HrefShape[];

/** The site's 17 languages (www is English): the label sets' keys, without importing them. */
export const LANGUAGES: readonly string[] = SITE_LANGUAGE_CODES;

export function tagName(element: Element | null): TagName {
  const name = element?.localName ?? 'other';
  return (TAG_NAMES as readonly string[]).includes(name) ? (name as TagName) : 'other';
}

export function regionOf(element: Element): Region {
  for (const [region, selector] of REGION_SELECTORS) {
    if (element.closest(selector)) return region;
  }
  return 'page';
}

export function hrefShapeOf(element: Element): HrefShape | null {
  const href = element.closest('a[href]')?.getAttribute('href');
  if (!href) return null;
  return HREF_SHAPE_NAMES.find((name) => HREF_SHAPES[name].test(href)) ?? null;
}

/** The known stems an element's classes carry: `my-account--menuItem--1GDZChA` → its stem. */
export function knownStems(element: Element): string[] {
  const classes = [...element.classList];
  return KNOWN_STEMS.filter((stem) =>
    classes.some((name) => name === stem || name.startsWith(`${stem}--`)),
  ).sort();
}
