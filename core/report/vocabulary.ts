import { DETECTORS } from '../pages';
import { ROUTE } from '../steps/route';
import { SIDE_GUIDES } from '../steps/side-guides';

/**
 * What a tester's report may name: fixed lists, never what a page happens to hold .
 * Anything not on a list is replaced, so that a page cannot smuggle a name, an email or an
 * order number into a report through a path segment, a tag, a class or a role.
 */

/** Path segments of the pages the guide knows: its detectors' sample URLs and the route's. */
const KNOWN_PATHS = [
  ...DETECTORS.flatMap((detector) => detector.samples.urls ?? []),
  ...ROUTE.flatMap((step) => (step.entry ? [step.entry.path] : [])),
  ...SIDE_GUIDES.flatMap((guide) => (guide.link ? [guide.link.path] : [])),
].map((url) => new URL(url, 'https://www.aliexpress.com').pathname);

export const PATH_SEGMENTS: ReadonlySet<string> = new Set(
  KNOWN_PATHS.flatMap((path) => path.split('/')).filter(Boolean),
);

/** A path with every segment not on the list replaced by `*`: the page's kind, nothing of yours. */
export function safePath(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => (segment === '' || PATH_SEGMENTS.has(segment) ? segment : '*'))
    .join('/');
}

/**
 * Stems of the CSS modules AliExpress's pages on the route are built from (`stem--part--hash`),
 * as captured [src:css-modules] and rebuilt in the replica.
 */
export const MODULE_STEMS: ReadonlySet<string> = new Set([
  'account-delete',
  'account-index',
  'account-layout',
  'account-setting',
  'delete-confirm',
  'delete-result',
  'home',
  'legacy',
  'login',
  'login-frame',
  'login-header',
  'm-account',
  'm-home',
  'm-nav',
  'm-setting',
  'm-tabbar',
  'my-account',
  'order-list',
  'pc-header',
  'privacy',
  'privacy-request',
  'punish',
  'simple-header',
  'site-footer',
  'ug-login',
  'verify-code',
  'verify-frame',
  'verify-method',
]);

/** The UI kits' own class families (comet-v2-btn-primary, next-checkbox, nc-container, fm-button). */
export const KIT_PREFIXES: ReadonlySet<string> = new Set([
  'comet',
  'comet-v2',
  'next',
  'nc',
  'fm',
  'login',
  'pc',
  'ui',
  'verify',
]);

/**
 * The words the part of a module class (`my-account--menuItem` → menu, item) and a UI kit's
 * class after its prefix are made of: the UI words of the route's pages.
 */
export const CLASS_WORDS: ReadonlySet<string> = new Set([
  'account',
  'actions',
  'active',
  'agree',
  'all',
  'apple',
  'arrow',
  'art',
  'avatar',
  'back',
  'banner',
  'banners',
  'bar',
  'body',
  'bottom',
  'box',
  'breadcrumb',
  'btn',
  'bubble',
  'button',
  'cancel',
  'card',
  'cards',
  'center',
  'checkbox',
  'checked',
  'choice',
  'close',
  'cnt',
  'col',
  'container',
  'content',
  'copy',
  'counters',
  'danger',
  'delete',
  'desc',
  'dialog',
  'disabled',
  'discount',
  'email',
  'error',
  'facebook',
  'field',
  'flag',
  'foot',
  'footer',
  'forgot',
  'form',
  'frame',
  'gear',
  'grid',
  'head',
  'header',
  'helper',
  'hero',
  'hint',
  'hot',
  'icon',
  'image',
  'info',
  'inner',
  'input',
  'inputs',
  'item',
  'keyword',
  'kicker',
  'label',
  'lang',
  'large',
  'left',
  'link',
  'list',
  'login',
  'logo',
  'main',
  'menu',
  'meta',
  'modal',
  'more',
  'msg',
  'name',
  'nav',
  'new',
  'normal',
  'notice',
  'number',
  'option',
  'options',
  'or',
  'order',
  'origin',
  'page',
  'panel',
  'paragraph',
  'pc',
  'placement',
  'popover',
  'price',
  'primary',
  'profile',
  'promo',
  'quick',
  'radio',
  'rating',
  'recent',
  'register',
  'right',
  'row',
  'sale',
  'sb',
  'search',
  'section',
  'select',
  'send',
  'service',
  'shortcuts',
  'side',
  'signin',
  'since',
  'skeleton',
  'small',
  'social',
  'sold',
  'static',
  'sub',
  'submit',
  'svg',
  'tab',
  'tabs',
  'tag',
  'terms',
  'text',
  'thumb',
  'tile',
  'tiles',
  'tip',
  'title',
  'top',
  'total',
  'user',
  'verify',
  'wrap',
  'wrapper',
]);

/** The roles of WAI-ARIA 1.2: a `role` attribute shows up in a report only as one of them. */
export const ARIA_ROLES: ReadonlySet<string> = new Set(
  (
    'alert alertdialog application article banner blockquote button caption cell checkbox code ' +
    'columnheader combobox complementary contentinfo definition deletion dialog directory ' +
    'document emphasis feed figure form generic grid gridcell group heading img insertion link ' +
    'list listbox listitem log main marquee math menu menubar menuitem menuitemcheckbox ' +
    'menuitemradio meter navigation none note option paragraph presentation progressbar radio ' +
    'radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider ' +
    'spinbutton status strong subscript superscript switch tab table tablist tabpanel term ' +
    'textbox time timer toolbar tooltip tree treegrid treeitem'
  ).split(' '),
);

/** The elements of HTML: a report names any other (a custom element) only by fixed words. */
export const HTML_TAGS: ReadonlySet<string> = new Set(
  (
    'a abbr address area article aside audio b bdi bdo blockquote body br button canvas caption ' +
    'cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html i iframe img input ins ' +
    'kbd label legend li main map mark menu meter nav object ol optgroup option output p picture ' +
    'pre progress q rp rt ruby s samp search section select slot small source span strong sub ' +
    'summary sup table tbody td textarea tfoot th thead time tr track u ul var video wbr'
  ).split(' '),
);
